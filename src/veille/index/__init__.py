"""Full-text search index: the protocol, the tantivy backend, analysis and the query language.

``open_index(path)`` opens (or creates) the embedded index; the web app and the CLI both
use it, so they read the same files the same way.
"""

from veille.index.base import Index, IndexDoc, IndexHit, IndexResult
from veille.index.query import ParsedQuery, parse_query
from veille.index.tantivy_index import TantivyIndex, open_index

__all__ = ["Index", "IndexDoc", "IndexHit", "IndexResult", "ParsedQuery", "TantivyIndex",
           "open_index", "parse_query"]
