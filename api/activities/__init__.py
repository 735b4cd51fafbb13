"""HTTP routes for activities of MOU areas 2-5."""
