"""Use cases of a data subject's rights (PDPA ss. 30-36), for OMB officers and administrators:
find, export, rectify, erase (anonymise) and restrict (legal hold). Every call is written to
the admin audit log under a pseudonym of the identifiers, never the identifiers themselves."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from domain.attachment.ports import FileStorage, delete_files
from domain.audit.model import AuditEntry
from domain.complaint.model import (
    REDACTION_KEEPS,
    Complaint,
    EventKind,
    TimelineEntry,
    Visibility,
)
from domain.complaint.view import access_entry
from domain.errors import Conflict, FieldError, Forbidden, InvalidValue, NotFound
from domain.policy import Action, Resource, ResourceKind, may
from domain.privacy.masking import ContactDetails
from domain.privacy.subject import (
    SUBJECT_AUTHORS,
    LegalHold,
    SubjectAttachment,
    SubjectCase,
    SubjectEntry,
    SubjectKeys,
    SubjectRecord,
    keys_of,
    masked_contact,
    normalize_email,
    normalize_phone,
    scrub_others,
    scrub_subject,
    text_of,
)
from domain.shared.clock import Clock
from domain.shared.paging import PageRequest
from domain.shared.principal import Principal
from domain.uow import UnitOfWork

ALL_VISIBILITIES = frozenset(Visibility)
ERASED_PARTICIPANT = "(ลบข้อมูลตามคำขอของเจ้าของข้อมูล)"
CONTACT_FIELDS = ("name", "phone", "email", "line_user_id")


class DataSubjectForbidden(Forbidden):
    code = "data_subject.forbidden"
    title = "Only OMB officers and administrators handle data-subject requests"
    title_th = "เฉพาะเจ้าหน้าที่ผู้ตรวจการแผ่นดินและผู้ดูแลระบบดำเนินการคำขอของเจ้าของข้อมูล"


class UnderLegalHold(Conflict):
    code = "data_subject.legal_hold"
    title = "Processing of these cases is restricted (legal hold)"
    title_th = "เรื่องร้องเรียนนี้ถูกระงับการประมวลผล (คำสั่งระงับทางกฎหมาย)"


class LegalHoldNotFound(NotFound):
    code = "legal_hold.not_found"
    title = "The case has no legal hold"
    title_th = "เรื่องร้องเรียนนี้ไม่มีคำสั่งระงับการประมวลผล"


class NoSuchCase(NotFound):
    code = "complaint.not_found"
    title = "Complaint not found"
    title_th = "ไม่พบเรื่องร้องเรียน"


@dataclass(frozen=True)
class CaseChange:
    """What a rectification or an erasure did to one case."""

    complaint_id: uuid.UUID
    case_number: str
    fields: tuple[str, ...]
    redacted_entries: int = 0
    deleted_attachments: int = 0


@dataclass(frozen=True)
class ErasureResult:
    cases: tuple[CaseChange, ...]
    participations: int


def _require_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise InvalidValue(
            "reason must not be empty", errors=[FieldError(("reason",), "empty", "missing")]
        )
    return text


def _case(c: Complaint, matched: tuple[str, ...], hold: LegalHold | None) -> SubjectCase:
    return SubjectCase(
        complaint_id=c.id,
        case_number=c.case_number,
        status=c.status.value,
        created_at=c.created_at,
        closed_at=c.lifecycle.closed_at,
        title=c.title,
        description=c.description,
        contact=c.complainant.contact,
        matched_on=matched,
        consent_version=c.consent.version if c.consent else None,
        consent_at=c.consent.given_at if c.consent else None,
        legal_hold=hold,
    )


def _entry(e: TimelineEntry, by_subject: bool, matched: tuple[str, ...]) -> SubjectEntry:
    return SubjectEntry(
        id=e.id,
        complaint_id=e.complaint_id,
        at=e.at,
        kind=e.kind.value,
        visibility=e.visibility.value,
        by_subject=by_subject,
        matched_on=matched,
        data=dict(e.data),
        redacted=e.redaction is not None,
    )


async def _all_entries(uow: UnitOfWork, complaint_id: uuid.UUID) -> list[TimelineEntry]:
    out: list[TimelineEntry] = []
    after = None
    while True:
        page = await uow.complaints.timeline(
            complaint_id, PageRequest(200, after), ALL_VISIBILITIES
        )
        out.extend(page.items)
        if page.next_key is None:
            return out
        after = page.next_key


def _has_words(e: TimelineEntry) -> bool:
    """Whether a redaction would hide anything of the entry."""
    return any(k not in REDACTION_KEEPS and v not in (None, "") for k, v in e.data.items())


class DataSubjectService:
    def __init__(
        self, uow: Callable[[], UnitOfWork], clock: Clock, storage: FileStorage | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._storage = storage

    @staticmethod
    def _authorize(actor: Principal) -> None:
        if not may(actor, Action.handle_data_subject, Resource(ResourceKind.data_subject)):
            raise DataSubjectForbidden(
                "Only OMB officers and administrators handle data-subject requests."
            )

    async def _audit(
        self,
        uow: UnitOfWork,
        actor: Principal,
        action: str,
        entity_type: str,
        entity_id: object,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        await uow.audit.append(
            AuditEntry.record(
                actor, self._clock.now(), action, entity_type, entity_id, before, after
            )
        )

    async def _collect(self, uow: UnitOfWork, keys: SubjectKeys) -> SubjectRecord:
        found: list[tuple[Complaint, tuple[str, ...]]] = []
        for c in await uow.data_subjects.cases_matching(keys):
            matched = keys.matches_contact(c.complainant.contact)
            if matched:
                found.append((c, matched))
        found.sort(key=lambda f: (f[0].created_at, f[0].id))
        own = {c.id for c, _ in found}
        holds = {h.complaint_id: h for h in await uow.data_subjects.holds(list(own))}
        entries: list[SubjectEntry] = []
        attachments: list[SubjectAttachment] = []
        for c, _ in found:
            for e in await _all_entries(uow, c.id):
                by_subject = e.actor_kind in SUBJECT_AUTHORS
                matched = keys.mentioned_in(text_of(e.data))
                # What the subject wrote, what names them, and what they were told.
                if by_subject or matched or e.visibility is Visibility.public:
                    entries.append(_entry(e, by_subject, matched))
            for a in await uow.attachments.list_for(c.id, ALL_VISIBILITIES):
                attachments.append(
                    SubjectAttachment(
                        a.id,
                        a.complaint_id,
                        a.filename,
                        a.content_type,
                        a.size,
                        a.created_at,
                        a.uploaded_by_kind in SUBJECT_AUTHORS,
                    )
                )
        mentions = []
        for e in await uow.data_subjects.entries_mentioning(keys):
            if e.complaint_id in own or e.redaction is not None:
                continue
            matched = keys.mentioned_in(text_of(e.data))
            if matched:
                mentions.append(_entry(e, False, matched))
        participations = await uow.data_subjects.participants_named(keys.name) if keys.name else []
        return SubjectRecord(
            keys=keys,
            cases=tuple(_case(c, m, holds.get(c.id)) for c, m in found),
            entries=tuple(entries),
            attachments=tuple(attachments),
            participations=tuple(participations),
            mentions=tuple(sorted(mentions, key=lambda e: (e.at, e.id))),
        )

    async def _log_access(
        self, uow: UnitOfWork, actor: Principal, keys: SubjectKeys, purpose: str
    ) -> None:
        for c in await _own_cases(uow, keys):
            entry = access_entry(actor, c, self._clock.now(), purpose)
            if entry is not None:
                await uow.pd_access.append_many([entry])

    # --- access ----------------------------------------------------------------------------

    async def find(self, actor: Principal, keys: SubjectKeys) -> SubjectRecord:
        """Everything held about the person, in full (the caller is an officer); logged as an
        access to each case's personal data and audited."""
        return await self._read(actor, keys, "find")

    async def export(self, actor: Principal, keys: SubjectKeys) -> SubjectRecord:
        """What the subject receives (PDPA s. 30-31): their own data only. Staff-only
        entries are left out, other people's phone numbers, e-mails and ids in the text
        that is included are replaced, staff are not named, and cases of other people that
        mention the subject are listed by date and kind alone (`mentions`)."""
        return _for_subject(await self._read(actor, keys, "export"))

    async def _read(self, actor: Principal, keys: SubjectKeys, what: str) -> SubjectRecord:
        """Everything held about the person, logged as an access to each case's personal
        data (`data_subject_<what>`) and audited (`data_subject.<what>`)."""
        self._authorize(actor)
        async with self._uow() as uow:
            record = await self._collect(uow, keys)
            await self._log_access(uow, actor, keys, f"data_subject_{what}")
            await self._audit(
                uow,
                actor,
                f"data_subject.{what}",
                "data_subject",
                keys.reference,
                after={"identifiers": sorted(keys.given), **record.counts()},
            )
            await uow.commit()
        return record

    # --- rectification ---------------------------------------------------------------------

    async def rectify(
        self, actor: Principal, keys: SubjectKeys, changes: dict[str, str | None], reason: str
    ) -> tuple[CaseChange, ...]:
        """Correct the subject's contact fields on every case they complained in; each case
        changed is audited with its before and after (masked: the log is never erased)."""
        self._authorize(actor)
        why = _require_reason(reason)
        fresh = _checked_contact_changes(changes)
        done: list[CaseChange] = []
        async with self._uow() as uow:
            for c in await _own_cases(uow, keys):
                before = c.complainant.contact
                after = replace(before, **fresh)
                changed = tuple(
                    f for f in CONTACT_FIELDS if getattr(before, f) != getattr(after, f)
                )
                if not changed:
                    continue
                now = self._clock.now()
                await _rewrite(
                    uow,
                    actor,
                    c,
                    now,
                    [f"complainant.{f}" for f in changed],
                    complainant=replace(c.complainant, contact=after),
                )
                await self._audit(
                    uow,
                    actor,
                    "data_subject.rectify",
                    "complaint",
                    c.id,
                    before={k: masked_contact(before)[k] for k in changed},
                    after={
                        **{k: masked_contact(after)[k] for k in changed},
                        "reason": why,
                        "subject": keys.reference,
                    },
                )
                done.append(CaseChange(c.id, c.case_number, changed))
            await uow.commit()
        return tuple(done)

    # --- erasure ---------------------------------------------------------------------------

    async def erase(self, actor: Principal, keys: SubjectKeys, reason: str) -> ErasureResult:
        """Anonymise the subject (PDPA s. 33): their contact fields are emptied, the words
        they wrote on each timeline and any entry naming them are redacted (appended
        `redacted` entries; the chain is untouched), their attachments and rating comment are
        deleted, named participations renamed. Cases, states, dates and counts stay, so the
        statistics do not change. Refused as a whole while any of their cases is on hold."""
        self._authorize(actor)
        why = _require_reason(reason)
        async with self._uow() as uow:
            record = await self._collect(uow, keys)
            held = [c for c in record.cases if c.legal_hold is not None]
            if held:
                raise UnderLegalHold(
                    "Processing of the subject's cases is restricted; release the legal hold "
                    "first.",
                    extra={"case_numbers": [c.case_number for c in held]},
                )
            changes: list[CaseChange] = []
            storage_keys: list[str] = []
            for sc in record.cases:
                change, keys_to_delete = await self.anonymise(
                    uow, actor, sc.complaint_id, f"PDPA erasure request: {why}", keys
                )
                storage_keys.extend(keys_to_delete)
                if change is not None:
                    changes.append(change)
            for p in record.participations:
                await uow.data_subjects.rename_participant(p.participant_id, ERASED_PARTICIPANT)
                await self._audit(
                    uow,
                    actor,
                    "data_subject.erase",
                    "activity_participant",
                    p.participant_id,
                    before={"fields": ["name"]},
                    after={"activity_id": str(p.activity_id), "subject": keys.reference},
                )
            await uow.commit()
        await delete_files(self._storage, storage_keys)
        return ErasureResult(tuple(changes), len(record.participations))

    async def anonymise(
        self,
        uow: UnitOfWork,
        actor: Principal,
        complaint_id: uuid.UUID,
        why: str,
        keys: SubjectKeys | None = None,
    ) -> tuple[CaseChange | None, list[str]]:
        """Anonymise one case's complainant in `uow` (the caller commits and then deletes the
        returned storage keys): the erasure's and the retention purge's one rule. Entries the
        complainant wrote are redacted, and so are staff entries naming them (by the request's
        identifiers, or else by the case's own contact fields)."""
        c = await uow.complaints.get(complaint_id)
        if c is None:
            raise NoSuchCase(f"No complaint {complaint_id}.")
        now = self._clock.now()
        before = c.complainant.contact
        subject_ref = keys.reference if keys else None
        keys = keys or keys_of(before)
        fields = tuple(f for f in CONTACT_FIELDS if getattr(before, f) is not None)
        redacted = 0
        for e in await _all_entries(uow, c.id):
            if not e.redactable or not _has_words(e):
                continue
            names = keys.mentioned_in(text_of(e.data)) if keys else ()
            if e.actor_kind in SUBJECT_AUTHORS or names:
                await uow.complaints.append_event(
                    _system_entry(
                        actor,
                        c,
                        now,
                        EventKind.redacted,
                        {"entry_id": str(e.id), "reason": why[:2000]},
                    )
                )
                redacted += 1
        removed: list[str] = []
        for a in await uow.attachments.list_for(c.id, ALL_VISIBILITIES):
            if a.uploaded_by_kind in SUBJECT_AUTHORS:
                await uow.data_subjects.delete_attachment(a.id)
                removed.append(a.storage_key)
        comment = await uow.data_subjects.clear_rating_comment(c.id)
        texts = {
            k: scrub_subject(getattr(c, k), keys, before) if keys else getattr(c, k)
            for k in ("title", "description")
        }
        texts = {k: v for k, v in texts.items() if v != getattr(c, k)}
        if not fields and not texts and not redacted and not removed and not comment:
            return None, []
        if fields or texts:
            anonymous = replace(
                c.complainant, contact=ContactDetails(None, None, None, None), no_contact=True
            )
            await _rewrite(
                uow,
                actor,
                c,
                now,
                [f"complainant.{f}" for f in fields] + sorted(texts),
                complainant=anonymous,
                **texts,
            )
        fields = fields + tuple(sorted(texts))
        await self._audit(
            uow,
            actor,
            "data_subject.erase" if subject_ref else "retention.anonymise",
            "complaint",
            c.id,
            before={"fields": list(fields)},
            after={
                "redacted_entries": redacted,
                "deleted_attachments": len(removed),
                "rating_comment_deleted": comment,
                "reason": why,
                **({"subject": subject_ref} if subject_ref else {}),
            },
        )
        return CaseChange(c.id, c.case_number, fields, redacted, len(removed)), removed

    # --- restriction -----------------------------------------------------------------------

    async def restrict(
        self, actor: Principal, keys: SubjectKeys, reason: str
    ) -> tuple[LegalHold, ...]:
        """Place a legal hold on every case of the subject (PDPA s. 34): no erasure and no
        retention purge touches them until it is released."""
        self._authorize(actor)
        why = _require_reason(reason)
        placed: list[LegalHold] = []
        async with self._uow() as uow:
            for c in await _own_cases(uow, keys):
                hold = LegalHold(
                    c.id, why, self._clock.now(), actor.recorded_id, case_number=c.case_number
                )
                if await uow.data_subjects.add_hold(hold):
                    await self._audit(
                        uow,
                        actor,
                        "legal_hold.place",
                        "complaint",
                        c.id,
                        after={"reason": why, "subject": keys.reference},
                    )
                    placed.append(hold)
            await uow.commit()
        return tuple(placed)

    async def place_hold(self, actor: Principal, complaint_id: uuid.UUID, reason: str) -> LegalHold:
        self._authorize(actor)
        why = _require_reason(reason)
        async with self._uow() as uow:
            c = await uow.complaints.get(complaint_id)
            if c is None:
                raise NoSuchCase(f"No complaint {complaint_id}.")
            hold = LegalHold(
                c.id, why, self._clock.now(), actor.recorded_id, case_number=c.case_number
            )
            if not await uow.data_subjects.add_hold(hold):
                raise Conflict("The case is already on legal hold.", code="legal_hold.exists")
            await self._audit(
                uow, actor, "legal_hold.place", "complaint", c.id, after={"reason": why}
            )
            await uow.commit()
        return hold

    async def holds(self, actor: Principal) -> list[LegalHold]:
        self._authorize(actor)
        async with self._uow() as uow:
            return await uow.data_subjects.holds(None)

    async def release(self, actor: Principal, complaint_id: uuid.UUID) -> LegalHold:
        self._authorize(actor)
        async with self._uow() as uow:
            hold = await uow.data_subjects.remove_hold(complaint_id)
            if hold is None:
                raise LegalHoldNotFound(f"Complaint {complaint_id} has no legal hold.")
            await self._audit(
                uow,
                actor,
                "legal_hold.release",
                "complaint",
                complaint_id,
                before={"reason": hold.reason, "placed_at": hold.placed_at.isoformat()},
            )
            await uow.commit()
        return hold


async def _own_cases(uow: UnitOfWork, keys: SubjectKeys) -> list[Complaint]:
    """The cases the subject complained in (not those that only mention them)."""
    return [
        c
        for c in await uow.data_subjects.cases_matching(keys)
        if keys.matches_contact(c.complainant.contact)
    ]


async def _rewrite(
    uow: UnitOfWork,
    actor: Principal,
    c: Complaint,
    now: datetime,
    fields: list[str],
    **changes: Any,
) -> None:
    """Save the case with `changes` and name the changed `fields` on its internal timeline."""
    saved = await uow.complaints.update(c.with_changes(updated_at=now, **changes), c.version)
    await uow.complaints.append_event(
        _system_entry(actor, saved, now, EventKind.updated, {"fields": fields})
    )


def _system_entry(
    actor: Principal, c: Complaint, at: datetime, kind: EventKind, data: dict[str, Any]
) -> TimelineEntry:
    return TimelineEntry(
        id=uuid.uuid4(),
        complaint_id=c.id,
        at=at,
        kind=kind,
        visibility=Visibility.internal,
        actor_kind=actor.kind.value,
        actor_id=actor.recorded_id,
        request_id=actor.request_id,
        data=data,
    )


def _checked_contact_changes(changes: dict[str, str | None]) -> dict[str, str | None]:
    errors: list[FieldError] = []
    fresh: dict[str, str | None] = {}
    for key, value in changes.items():
        if key not in CONTACT_FIELDS:
            errors.append(FieldError(("changes", key), "not a contact field", "extra_forbidden"))
            continue
        text = value.strip() if value is not None else None
        text = text or None
        if key == "phone" and text is not None and normalize_phone(text) is None:
            errors.append(FieldError(("changes", key), "not a Thai phone number", "value_error"))
        if key == "email" and text is not None and normalize_email(text) is None:
            errors.append(FieldError(("changes", key), "not an e-mail address", "value_error"))
        fresh[key] = text
    if errors:
        raise InvalidValue("The corrections are not valid.", errors=errors)
    if not fresh:
        raise InvalidValue(
            "Give at least one field to correct.",
            errors=[FieldError(("changes",), "at least one field", "missing")],
        )
    return fresh


def _for_subject(record: SubjectRecord) -> SubjectRecord:
    """The record as the subject receives it: only what is theirs."""
    keys = record.keys
    cases = tuple(
        replace(
            c,
            title=scrub_others(c.title, keys),
            description=scrub_others(c.description, keys),
            legal_hold=None,
        )
        for c in record.cases
    )
    entries = tuple(
        replace(
            e,
            data={
                k: scrub_others(v, keys) if isinstance(v, str) else v
                for k, v in e.data.items()
                if k not in ("agency_id", "coordinator_id", "assignee_id", "counterpart")
            },
        )
        for e in record.entries
        if e.visibility == Visibility.public.value or e.by_subject
    )
    mentions = tuple(replace(e, data={}) for e in record.mentions)
    return replace(record, cases=cases, entries=entries, mentions=mentions)
