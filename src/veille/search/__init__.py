"""Search: the one library entry point the CLI, the API and the web UI all call."""

from veille.search.types import Facet, Hit, SearchRequest, SearchResponse

__all__ = ["Facet", "Hit", "SearchRequest", "SearchResponse"]
