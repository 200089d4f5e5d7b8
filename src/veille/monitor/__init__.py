"""Monitoring: saved searches, alerts kept from the change log, and their delivery
(see docs/monitoring.md)."""
