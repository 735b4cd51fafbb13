from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_source import CategorySource
from ..models.place_source import PlaceSource

if TYPE_CHECKING:
    from ..models.agency_suggestion_read import AgencySuggestionRead
    from ..models.category_candidate_read import CategoryCandidateRead
    from ..models.place_candidate_read import PlaceCandidateRead


T = TypeVar("T", bound="IntakeSuggestionRead")


@_attrs_define
class IntakeSuggestionRead:
    """Suggestions only: nothing is stored. Send the top ones you showed back as `suggestion`
    when filing the case, so accepted and overridden suggestions are counted.

        Attributes:
            place_source (None | PlaceSource): `point` or `chosen`: the district was given and is kept; `text`: found
            places (list[PlaceCandidateRead]):
            category_source (CategorySource):
            model_version (int | None):
            categories (list[CategoryCandidateRead]):
            agency (AgencySuggestionRead | None):
            warnings (list[str]):
    """

    place_source: None | PlaceSource
    places: list[PlaceCandidateRead]
    category_source: CategorySource
    model_version: int | None
    categories: list[CategoryCandidateRead]
    agency: AgencySuggestionRead | None
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_suggestion_read import AgencySuggestionRead  # noqa: PLC0415

        place_source: None | str
        if isinstance(self.place_source, PlaceSource):
            place_source = self.place_source.value
        else:
            place_source = self.place_source

        places = []
        for places_item_data in self.places:
            places_item = places_item_data.to_dict()
            places.append(places_item)

        category_source = self.category_source.value

        model_version: int | None
        model_version = self.model_version

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        agency: dict[str, Any] | None
        if isinstance(self.agency, AgencySuggestionRead):
            agency = self.agency.to_dict()
        else:
            agency = self.agency

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "place_source": place_source,
                "places": places,
                "category_source": category_source,
                "model_version": model_version,
                "categories": categories,
                "agency": agency,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_suggestion_read import AgencySuggestionRead  # noqa: PLC0415
        from ..models.category_candidate_read import CategoryCandidateRead  # noqa: PLC0415
        from ..models.place_candidate_read import PlaceCandidateRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_place_source(data: object) -> None | PlaceSource:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                place_source_type_0 = PlaceSource(data)

                return place_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaceSource, data)

        place_source = _parse_place_source(d.pop("place_source"))

        places = []
        _places = d.pop("places")
        for places_item_data in _places:
            places_item = PlaceCandidateRead.from_dict(places_item_data)

            places.append(places_item)

        category_source = CategorySource(d.pop("category_source"))

        def _parse_model_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        model_version = _parse_model_version(d.pop("model_version"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryCandidateRead.from_dict(categories_item_data)

            categories.append(categories_item)

        def _parse_agency(data: object) -> AgencySuggestionRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agency_type_0 = AgencySuggestionRead.from_dict(data)

                return agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgencySuggestionRead | None, data)

        agency = _parse_agency(d.pop("agency"))

        warnings = cast(list[str], d.pop("warnings"))

        intake_suggestion_read = cls(
            place_source=place_source,
            places=places,
            category_source=category_source,
            model_version=model_version,
            categories=categories,
            agency=agency,
            warnings=warnings,
        )

        intake_suggestion_read.additional_properties = d
        return intake_suggestion_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
