"""The LINE Messaging API adapters, on the official line-bot-sdk (v3)."""
