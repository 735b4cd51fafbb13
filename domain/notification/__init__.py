"""E-mail notifications: who hears of which event, in which language, and their sending."""
