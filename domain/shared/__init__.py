"""Building blocks shared by every feature: principals, clocks, paging."""
