"""Smart intake endpoints."""
