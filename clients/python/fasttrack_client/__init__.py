"""A client library for accessing Fast Track OMB & BMA API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
