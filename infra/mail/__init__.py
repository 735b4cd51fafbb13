"""Mailer adapters: SMTP for production, an outbox folder for development, memory for tests."""
