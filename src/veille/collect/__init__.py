"""Collection: where raw inputs come from. Files and standard input (``files``), the web
through a polite, guarded fetcher (``fetch``, ``netguard``, ``robots``), feeds and sitemaps
(``feeds``, ``poll``), the source schedule (``watch``), WARC archives (``warc``) and wire
files (``wire``). Only this package touches the network and the file system."""
