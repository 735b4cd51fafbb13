"""Partner webhooks (Standard Webhooks): subscriptions per API client, signed deliveries."""
