from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_policy_read_fast_track_targets import SlaPolicyReadFastTrackTargets
    from ..models.sla_policy_read_targets import SlaPolicyReadTargets


T = TypeVar("T", bound="SlaPolicyRead")


@_attrs_define
class SlaPolicyRead:
    """
    Attributes:
        sla_class (str):
        version (int): Send it back as If-Match (ETag) to replace the policy
        always_open (bool):
        weekdays (list[int]):
        start (str): Wall-clock time in Asia/Bangkok, HH:MM[:SS]
        end (str): Wall-clock time in Asia/Bangkok, HH:MM[:SS]
        targets (SlaPolicyReadTargets):
        fast_track_targets (SlaPolicyReadFastTrackTargets):
        due_soon_share (float):
    """

    sla_class: str
    version: int
    always_open: bool
    weekdays: list[int]
    start: str
    end: str
    targets: SlaPolicyReadTargets
    fast_track_targets: SlaPolicyReadFastTrackTargets
    due_soon_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sla_class = self.sla_class

        version = self.version

        always_open = self.always_open

        weekdays = self.weekdays

        start = self.start

        end = self.end

        targets = self.targets.to_dict()

        fast_track_targets = self.fast_track_targets.to_dict()

        due_soon_share = self.due_soon_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sla_class": sla_class,
                "version": version,
                "always_open": always_open,
                "weekdays": weekdays,
                "start": start,
                "end": end,
                "targets": targets,
                "fast_track_targets": fast_track_targets,
                "due_soon_share": due_soon_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_policy_read_fast_track_targets import SlaPolicyReadFastTrackTargets  # noqa: PLC0415
        from ..models.sla_policy_read_targets import SlaPolicyReadTargets  # noqa: PLC0415

        d = dict(src_dict)
        sla_class = d.pop("sla_class")

        version = d.pop("version")

        always_open = d.pop("always_open")

        weekdays = cast(list[int], d.pop("weekdays"))

        start = d.pop("start")

        end = d.pop("end")

        targets = SlaPolicyReadTargets.from_dict(d.pop("targets"))

        fast_track_targets = SlaPolicyReadFastTrackTargets.from_dict(d.pop("fast_track_targets"))

        due_soon_share = d.pop("due_soon_share")

        sla_policy_read = cls(
            sla_class=sla_class,
            version=version,
            always_open=always_open,
            weekdays=weekdays,
            start=start,
            end=end,
            targets=targets,
            fast_track_targets=fast_track_targets,
            due_soon_share=due_soon_share,
        )

        sla_policy_read.additional_properties = d
        return sla_policy_read

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
