"""Statistics managers trust: counts, SLA compliance and durations, scoped like the cases."""
