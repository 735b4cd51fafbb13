"""The e-mail channel: complaints and replies that arrive as mail at the published address."""
