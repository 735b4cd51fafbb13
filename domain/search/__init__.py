"""Search support that is independent of any database: text normalisation."""

from domain.search.normalize import normalize_for_search

__all__ = ["normalize_for_search"]
