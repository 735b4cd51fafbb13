"""A case as one principal sees it: the one function (`view_of`) behind every representation —
the single read, queues and lists, the change feed, similar cases, CSV and GeoJSON exports.

What is decided where: `domain/policy.py` says how much personal data the principal gets
(`personal_data`) and which actions they may take; `domain/privacy/disclosure.py` applies it
(full, masked by `domain/privacy/masking.py`, or hidden; a confidential case's place too).
Webhook payloads are built from domain events (`domain/complaint/events.py`), which carry no
personal data at all: `personal_data(..., Representation.event)` is hidden for everyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.complaint.feedback import Rating
from domain.complaint.lifecycle import ComplaintAction
from domain.complaint.model import Complaint, Location
from domain.complaint.sla import CaseSla
from domain.policy import (
    Representation,
    Resource,
    ResourceKind,
    complaint_action_needs,
    may,
    personal_data,
)
from domain.privacy.disclosure import (
    Disclosure,
    PiiAccess,
    confidential_place_fields,
    disclose,
)
from domain.privacy.masking import ContactDetails
from domain.privacy.model import PersonalDataAccess
from domain.shared.principal import Principal


def complaint_resource(c: Complaint) -> Resource:
    """The case as the policy sees it: its agencies, who leads and works it, who filed it."""
    return Resource(
        ResourceKind.complaint,
        agency_ids=c.agency_ids,
        lead_agency_id=c.lead_agency_id,
        assignee_id=c.assignee_id,
        submitted_by=c.submitted_by_id,
        confidential=c.complainant.confidential,
    )


@dataclass(frozen=True)
class ComplaintView:
    """A case as one principal may see it: how much personal data, and which actions."""

    complaint: Complaint
    pii: PiiAccess
    allowed_actions: frozenset[ComplaintAction]
    replayed: bool = False
    sla: CaseSla | None = None
    rating: Rating | None = None
    # The secret to rate and reopen the case: only in the answer that filed it, never again.
    complainant_secret: str | None = None

    @property
    def disclosed(self) -> Disclosure[ContactDetails, Location]:
        """The personal data this reader is shown (contact, place, channel reference): every
        representation of the case takes it from here."""
        c = self.complaint
        return disclose(
            self.pii,
            confidential=c.complainant.confidential,
            contact=c.complainant.contact,
            location=c.location,
            channel_ref=c.channel_ref,
        )


def allowed_actions(
    principal: Principal, c: Complaint, now: datetime, reopen_window: timedelta
) -> frozenset[ComplaintAction]:
    """The lifecycle actions the case allows now that `principal` may take."""
    resource = complaint_resource(c)
    return frozenset(
        a
        for a in c.lifecycle.available_actions(now, reopen_window)
        if may(principal, complaint_action_needs(a), resource)
    )


def view_of(
    c: Complaint,
    principal: Principal,
    *,
    now: datetime,
    reopen_window: timedelta,
    shown_in: Representation = Representation.case,
    sla: CaseSla | None = None,
    rating: Rating | None = None,
    replayed: bool = False,
) -> ComplaintView:
    """The case as `principal` may see it in `shown_in`. The caller has checked that they may
    read it; showing personal data in full is the caller's to log (`access_entry`)."""
    return ComplaintView(
        c,
        personal_data(principal, complaint_resource(c), shown_in),
        allowed_actions(principal, c, now, reopen_window),
        replayed,
        sla,
        rating,
    )


CONTACT_FIELDS = ("name", "phone", "email", "line_user_id")


def access_entry(
    actor: Principal, c: Complaint, at: datetime, purpose: str
) -> PersonalDataAccess | None:
    """The access-log entry for showing `actor` the complainant's unmasked data, if any."""
    contact = c.complainant.contact
    fields = tuple(f for f in CONTACT_FIELDS if getattr(contact, f))
    fields += confidential_place_fields(c.complainant.confidential, c.location, c.channel_ref)
    if not fields:
        return None
    return PersonalDataAccess.record(actor, at, fields, purpose, complaint_id=c.id)
