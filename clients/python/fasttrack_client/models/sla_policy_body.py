from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_policy_body_fast_track_targets import SlaPolicyBodyFastTrackTargets
    from ..models.sla_policy_body_targets import SlaPolicyBodyTargets


T = TypeVar("T", bound="SlaPolicyBody")


@_attrs_define
class SlaPolicyBody:
    """Working hours (or 24x7) and targets in minutes of business time per urgency.

    Attributes:
        targets (SlaPolicyBodyTargets):
        fast_track_targets (SlaPolicyBodyFastTrackTargets):
        always_open (bool | Unset): Default: `false`.
        weekdays (list[int] | Unset): 0 = Monday Default: `[0, 1, 2, 3, 4]`.
        start (str | Unset): Wall-clock time in Asia/Bangkok, HH:MM[:SS] Default: `08:30:00`.
        end (str | Unset): Wall-clock time in Asia/Bangkok, HH:MM[:SS] Default: `16:30:00`.
        due_soon_share (float | Unset): Default: `0.25`.
    """

    targets: SlaPolicyBodyTargets
    fast_track_targets: SlaPolicyBodyFastTrackTargets
    always_open: bool | Unset = UNSET
    weekdays: list[int] | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    due_soon_share: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        targets = self.targets.to_dict()

        fast_track_targets = self.fast_track_targets.to_dict()

        always_open = self.always_open

        weekdays: list[int] | Unset = UNSET
        if not isinstance(self.weekdays, Unset):
            weekdays = self.weekdays

        start = self.start

        end = self.end

        due_soon_share = self.due_soon_share

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "targets": targets,
                "fast_track_targets": fast_track_targets,
            }
        )
        if always_open is not UNSET:
            field_dict["always_open"] = always_open
        if weekdays is not UNSET:
            field_dict["weekdays"] = weekdays
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if due_soon_share is not UNSET:
            field_dict["due_soon_share"] = due_soon_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_policy_body_fast_track_targets import SlaPolicyBodyFastTrackTargets  # noqa: PLC0415
        from ..models.sla_policy_body_targets import SlaPolicyBodyTargets  # noqa: PLC0415

        d = dict(src_dict)
        targets = SlaPolicyBodyTargets.from_dict(d.pop("targets"))

        fast_track_targets = SlaPolicyBodyFastTrackTargets.from_dict(d.pop("fast_track_targets"))

        always_open = d.pop("always_open", UNSET)

        weekdays = cast(list[int], d.pop("weekdays", UNSET))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        due_soon_share = d.pop("due_soon_share", UNSET)

        sla_policy_body = cls(
            targets=targets,
            fast_track_targets=fast_track_targets,
            always_open=always_open,
            weekdays=weekdays,
            start=start,
            end=end,
            due_soon_share=due_soon_share,
        )

        return sla_policy_body
