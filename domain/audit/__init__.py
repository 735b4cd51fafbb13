"""The append-only admin audit log."""
