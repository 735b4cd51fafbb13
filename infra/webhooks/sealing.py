"""Webhook signing secrets are sealed at rest (Fernet, keyed from the app's secret key):
a copy of the database alone cannot forge deliveries."""

from __future__ import annotations

import base64
import hashlib
from typing import Protocol

from cryptography.fernet import Fernet


class Sealer(Protocol):
    def seal(self, value: str) -> str: ...

    def open(self, value: str) -> str: ...


class PlainSealer:
    """No sealing (units of work built without the app's key, e.g. in maintenance scripts)."""

    def seal(self, value: str) -> str:
        return value

    def open(self, value: str) -> str:
        if value.startswith(FernetSealer.PREFIX):
            raise RuntimeError("a sealed webhook secret needs the app's key to open")
        return value


class FernetSealer:
    PREFIX = "sealed:v1:"

    def __init__(self, secret_key: str) -> None:
        digest = hashlib.sha256(b"fasttrack webhook secrets\0" + secret_key.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(digest))

    def seal(self, value: str) -> str:
        return self.PREFIX + self._fernet.encrypt(value.encode()).decode()

    def open(self, value: str) -> str:
        if not value.startswith(self.PREFIX):
            return value  # stored before sealing existed
        return self._fernet.decrypt(value[len(self.PREFIX) :].encode()).decode()
