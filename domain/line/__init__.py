"""The LINE Official Account channel: citizens file and follow complaints in a chat."""
