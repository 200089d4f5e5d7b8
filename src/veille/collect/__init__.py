"""Collection: where raw inputs come from (files and standard input now; feeds, sitemaps,
URLs, WARC archives and wire formats to come)."""
