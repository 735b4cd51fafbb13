"""The LINE Official Account's webhook."""
