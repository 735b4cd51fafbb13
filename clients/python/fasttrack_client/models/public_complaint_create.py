from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.language import Language
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_in import LocationIn
    from ..models.public_consent_in import PublicConsentIn
    from ..models.public_contact_in import PublicContactIn
    from ..models.suggestion_shown_in import SuggestionShownIn


T = TypeVar("T", bound="PublicComplaintCreate")


@_attrs_define
class PublicComplaintCreate:
    """A citizen's complaint; contact details are optional, consent is required.

    Attributes:
        title (str):
        description (str):
        category_id (None | Unset | UUID):
        district_code (None | str | Unset):
        location (LocationIn | None | Unset):
        contact (PublicContactIn | Unset):
        confidential (bool | Unset): Default: `false`.
        no_contact (bool | Unset): Default: `false`.
        language (Language | Unset):
        consent (None | PublicConsentIn | Unset): Required: consent to the current privacy notice's version; none, an
            unknown or a superseded version is refused (422, with `current_version`)
        subdistrict_code (None | str | Unset): DOPA sub-district (แขวง) code
        suggestion (None | SuggestionShownIn | Unset): The top smart-intake suggestions shown to the citizen
    """

    title: str
    description: str
    category_id: None | Unset | UUID = UNSET
    district_code: None | str | Unset = UNSET
    location: LocationIn | None | Unset = UNSET
    contact: PublicContactIn | Unset = UNSET
    confidential: bool | Unset = UNSET
    no_contact: bool | Unset = UNSET
    language: Language | Unset = UNSET
    consent: None | PublicConsentIn | Unset = UNSET
    subdistrict_code: None | str | Unset = UNSET
    suggestion: None | SuggestionShownIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_in import LocationIn  # noqa: PLC0415
        from ..models.public_consent_in import PublicConsentIn  # noqa: PLC0415
        from ..models.suggestion_shown_in import SuggestionShownIn  # noqa: PLC0415

        title = self.title

        description = self.description

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

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        confidential = self.confidential

        no_contact = self.no_contact

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, PublicConsentIn):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

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
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if district_code is not UNSET:
            field_dict["district_code"] = district_code
        if location is not UNSET:
            field_dict["location"] = location
        if contact is not UNSET:
            field_dict["contact"] = contact
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if no_contact is not UNSET:
            field_dict["no_contact"] = no_contact
        if language is not UNSET:
            field_dict["language"] = language
        if consent is not UNSET:
            field_dict["consent"] = consent
        if subdistrict_code is not UNSET:
            field_dict["subdistrict_code"] = subdistrict_code
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_in import LocationIn  # noqa: PLC0415
        from ..models.public_consent_in import PublicConsentIn  # noqa: PLC0415
        from ..models.public_contact_in import PublicContactIn  # noqa: PLC0415
        from ..models.suggestion_shown_in import SuggestionShownIn  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

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

        _contact = d.pop("contact", UNSET)
        contact: PublicContactIn | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = PublicContactIn.from_dict(_contact)

        confidential = d.pop("confidential", UNSET)

        no_contact = d.pop("no_contact", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language(_language)

        def _parse_consent(data: object) -> None | PublicConsentIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = PublicConsentIn.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicConsentIn | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

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

        public_complaint_create = cls(
            title=title,
            description=description,
            category_id=category_id,
            district_code=district_code,
            location=location,
            contact=contact,
            confidential=confidential,
            no_contact=no_contact,
            language=language,
            consent=consent,
            subdistrict_code=subdistrict_code,
            suggestion=suggestion,
        )

        return public_complaint_create
