"""What of a case's personal data one reader is shown: the one rule behind every representation
(single read, lists and queues, the change feed, duplicates, CSV and GeoJSON exports).

The complainant's contact data is shown in full, masked or not at all (`PiiAccess`). On a
confidential case the place (address and point) and the channel reference (a fax number, a
phone line, a LINE message) identify the complainant as surely as a name, so they follow the
contact data: shown with full access only, otherwise left out. On other cases they are the
work itself (where the pothole is) and are shown to every reader of the case.
"""

from __future__ import annotations

import enum
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from domain.privacy.masking import ContactLike, mask_complainant


class PiiAccess(enum.StrEnum):
    full = "full"
    masked = "masked"
    hidden = "hidden"


class LocationLike(Protocol):
    """Any dataclass with a point and an address, e.g. a complaint's location."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def address(self) -> str | None: ...


C = TypeVar("C", bound=ContactLike)
L = TypeVar("L", bound=LocationLike)

# The parts of a confidential case that identify the complainant besides the contact data.
CONFIDENTIAL_PLACE_FIELDS = ("address", "location", "channel_ref")


@dataclass(frozen=True)
class Disclosure(Generic[C, L]):
    """A case's personal data as one reader may see it."""

    access: PiiAccess
    contact: C
    location: L
    channel_ref: str | None
    place_withheld: bool


def disclose(
    access: PiiAccess, *, confidential: bool, contact: C, location: L, channel_ref: str | None
) -> Disclosure[C, L]:
    if access is PiiAccess.full:
        shown_contact = contact
    elif access is PiiAccess.masked:
        shown_contact = mask_complainant(contact)
    else:
        shown_contact = replace(contact, name=None, phone=None, email=None, line_user_id=None)
    withheld = confidential and access is not PiiAccess.full
    if withheld:
        location = replace(location, lat=None, lon=None, address=None)
        channel_ref = None
    return Disclosure(access, shown_contact, location, channel_ref, withheld)


def confidential_place_fields(
    confidential: bool, location: LocationLike, channel_ref: str | None
) -> tuple[str, ...]:
    """The place fields a full view of the case shows that count as personal data (for the
    access log): on a confidential case, those that have a value."""
    if not confidential:
        return ()
    present = {
        "address": bool(location.address),
        "location": location.lat is not None and location.lon is not None,
        "channel_ref": bool(channel_ref),
    }
    return tuple(f for f in CONFIDENTIAL_PLACE_FIELDS if present[f])
