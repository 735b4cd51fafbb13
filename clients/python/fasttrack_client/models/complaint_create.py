from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.urgency import Urgency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complainant_in import ComplainantIn
    from ..models.consent_in import ConsentIn
    from ..models.location_in import LocationIn
    from ..models.suggestion_shown_in import SuggestionShownIn


T = TypeVar("T", bound="ComplaintCreate")


@_attrs_define
class ComplaintCreate:
    """A complaint recorded by staff or a partner system, from any channel.

    Attributes:
        title (str):
        description (str):
        channel (Channel):
        channel_ref (None | str | Unset): LINE message id, call id, fax number or e-mail message id
        category_id (None | Unset | UUID):
        district_code (None | str | Unset):
        location (LocationIn | None | Unset):
        complainant (ComplainantIn | Unset): The complainant's contact details (all optional) and wishes.
        fast_track (bool | Unset): Default: `false`.
        urgency (Urgency | Unset):
        mou_area_id (int | None | Unset):
        consent (ConsentIn | None | Unset):
        activity_id (None | Unset | UUID):
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code; must lie in the case's district
        suggestion (None | SuggestionShownIn | Unset): The top smart-intake suggestions shown, to record
            accepted/overridden
    """

    title: str
    description: str
    channel: Channel
    channel_ref: None | str | Unset = UNSET
    category_id: None | Unset | UUID = UNSET
    district_code: None | str | Unset = UNSET
    location: LocationIn | None | Unset = UNSET
    complainant: ComplainantIn | Unset = UNSET
    fast_track: bool | Unset = UNSET
    urgency: Urgency | Unset = UNSET
    mou_area_id: int | None | Unset = UNSET
    consent: ConsentIn | None | Unset = UNSET
    activity_id: None | Unset | UUID = UNSET
    subdistrict_code: None | str | Unset = UNSET
    suggestion: None | SuggestionShownIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_in import ConsentIn  # noqa: PLC0415
        from ..models.location_in import LocationIn  # noqa: PLC0415
        from ..models.suggestion_shown_in import SuggestionShownIn  # noqa: PLC0415

        title = self.title

        description = self.description

        channel = self.channel.value

        channel_ref: None | str | Unset
        if isinstance(self.channel_ref, Unset):
            channel_ref = UNSET
        else:
            channel_ref = self.channel_ref

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationIn):
            location = self.location.to_dict()
        else:
            location = self.location

        complainant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.complainant, Unset):
            complainant = self.complainant.to_dict()

        fast_track = self.fast_track

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        mou_area_id: int | None | Unset
        if isinstance(self.mou_area_id, Unset):
            mou_area_id = UNSET
        else:
            mou_area_id = self.mou_area_id

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, ConsentIn):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        activity_id: None | str | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        elif isinstance(self.activity_id, UUID):
            activity_id = str(self.activity_id)
        else:
            activity_id = self.activity_id

        subdistrict_code: None | str | Unset
        if isinstance(self.subdistrict_code, Unset):
            subdistrict_code = UNSET
        else:
            subdistrict_code = self.subdistrict_code

        suggestion: dict[str, Any] | None | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        elif isinstance(self.suggestion, SuggestionShownIn):
            suggestion = self.suggestion.to_dict()
        else:
            suggestion = self.suggestion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "description": description,
                "channel": channel,
            }
        )
        if channel_ref is not UNSET:
            field_dict["channel_ref"] = channel_ref
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if location is not UNSET:
            field_dict["location"] = location
        if complainant is not UNSET:
            field_dict["complainant"] = complainant
        if fast_track is not UNSET:
            field_dict["fast_track"] = fast_track
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if mou_area_id is not UNSET:
            field_dict["mou_area_id"] = mou_area_id
        if consent is not UNSET:
            field_dict["consent"] = consent
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if subdistrict_code is not UNSET:
            field_dict["subdistrict_code"] = subdistrict_code
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complainant_in import ComplainantIn  # noqa: PLC0415
        from ..models.consent_in import ConsentIn  # noqa: PLC0415
        from ..models.location_in import LocationIn  # noqa: PLC0415
        from ..models.suggestion_shown_in import SuggestionShownIn  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        channel = Channel(d.pop("channel"))

        def _parse_channel_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_ref = _parse_channel_ref(d.pop("channel_ref", UNSET))

        def _parse_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_district_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district_code = _parse_district_code(d.pop("district_code", UNSET))

        def _parse_location(data: object) -> LocationIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LocationIn.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationIn | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        _complainant = d.pop("complainant", UNSET)
        complainant: ComplainantIn | Unset
        if isinstance(_complainant, Unset):
            complainant = UNSET
        else:
            complainant = ComplainantIn.from_dict(_complainant)

        fast_track = d.pop("fast_track", UNSET)

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

        def _parse_mou_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mou_area_id = _parse_mou_area_id(d.pop("mou_area_id", UNSET))

        def _parse_consent(data: object) -> ConsentIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentIn.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentIn | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        def _parse_activity_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_id_type_0 = UUID(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        activity_id = _parse_activity_id(d.pop("activity_id", UNSET))

        def _parse_subdistrict_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subdistrict_code = _parse_subdistrict_code(d.pop("subdistrict_code", UNSET))

        def _parse_suggestion(data: object) -> None | SuggestionShownIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggestion_type_0 = SuggestionShownIn.from_dict(data)

                return suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionShownIn | Unset, data)

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        complaint_create = cls(
            title=title,
            description=description,
            channel=channel,
            channel_ref=channel_ref,
            category_id=category_id,
            district_code=district_code,
            location=location,
            complainant=complainant,
            fast_track=fast_track,
            urgency=urgency,
            mou_area_id=mou_area_id,
            consent=consent,
            activity_id=activity_id,
            subdistrict_code=subdistrict_code,
            suggestion=suggestion,
        )

        return complaint_create
