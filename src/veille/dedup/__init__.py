"""Deduplication: fingerprints now; near duplicates, versions and stories to come."""
