"""Hostile input at growing sizes (issue #11): time and peak memory at 1x, 10x and 100x."""
