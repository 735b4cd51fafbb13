"""Partner webhook adapters: Standard Webhooks signing and the guarded HTTP transport."""
