"""Executors run a pipeline over items: in-process by default; a process pool or a cluster
engine can stand in, since stages are pure and records serialise with ``to_dict``."""

from veille.executors.local import LocalExecutor

__all__ = ["LocalExecutor"]
