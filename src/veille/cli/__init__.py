"""The ``veille`` command: thin adapters that parse arguments, call the library, render."""
