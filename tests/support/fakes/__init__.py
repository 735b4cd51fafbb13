"""In-memory fakes of the narrow ports the use cases name (kept honest by contract tests)."""
