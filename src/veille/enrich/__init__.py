"""Enrichment: who, where, when, and who said what (docs/enrichment.md).

A family of pure stages over :class:`~veille.record.Article`: entities (spaCy plus an alias
table), places (a gazetteer), dates mentioned in the text, and quotes with their speakers.
Their output is the article's ``enrichment`` section; a derived view (:mod:`.view`) keeps it
in the store's tables by following the change log.
"""
