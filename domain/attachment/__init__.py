"""Attachments of complaint cases: photos and documents, sniffed, sanitised and stored."""
