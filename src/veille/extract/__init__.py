"""Extraction: raw input (text capture, HTML page, JSON record) to article content."""
