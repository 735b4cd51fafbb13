"""Inbound e-mail: raw messages from an MTA pipe or a mail provider's inbound webhook."""
