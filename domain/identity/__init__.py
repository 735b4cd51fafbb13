"""Staff identity: accounts, roles scoped to agencies, self-service and admin management."""
