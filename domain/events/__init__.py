"""Domain events: what happened that others must hear, recorded with the change itself."""
