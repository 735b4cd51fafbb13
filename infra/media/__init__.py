"""Content sniffing and image sanitising."""
