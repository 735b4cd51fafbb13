"""Partner systems' API clients: the entity, its admin use cases and client-credentials tokens."""
