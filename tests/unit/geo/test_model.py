"""Unit tests for the GeoPoint value object and haversine distance."""

from __future__ import annotations

import dataclasses
import math
import pickle

import pytest

from domain.errors import DomainError, InvalidValue
from domain.geo import GeoPoint, distance_m


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(13.7649, 100.5383), (0.0, 0.0), (90.0, 180.0), (-90.0, -180.0), (13, 100)],
)
def test_accepts_points_in_range(lat: float, lon: float) -> None:
    point = GeoPoint(lat, lon)

    assert (point.lat, point.lon) == (lat, lon)


@pytest.mark.parametrize(
    ("lat", "lon", "bad_loc"),
    [
        (90.0001, 100.0, ("lat",)),
        (-90.0001, 100.0, ("lat",)),
        (13.7, 180.0001, ("lon",)),
        (13.7, -180.0001, ("lon",)),
        (math.nan, 100.0, ("lat",)),
        (math.inf, 100.0, ("lat",)),
        (13.7, -math.inf, ("lon",)),
        (13.7, math.nan, ("lon",)),
    ],
)
def test_rejects_out_of_range_or_non_finite(
    lat: float, lon: float, bad_loc: tuple[str, ...]
) -> None:
    with pytest.raises(InvalidValue) as caught:
        GeoPoint(lat, lon)

    assert [e.loc for e in caught.value.errors] == [bad_loc]
    assert isinstance(caught.value, DomainError)


def test_reports_both_coordinates_at_once() -> None:
    with pytest.raises(InvalidValue) as caught:
        GeoPoint(100.5383, 13.7649 + 200)

    assert [e.loc for e in caught.value.errors] == [("lat",), ("lon",)]
    assert {e.type for e in caught.value.errors} == {"out_of_range"}


def test_non_finite_has_its_own_error_type() -> None:
    with pytest.raises(InvalidValue) as caught:
        GeoPoint(math.nan, 100.0)

    assert caught.value.errors[0].type == "finite_number"


@pytest.mark.parametrize("bad", [True, "13.7", None])
def test_rejects_non_numbers(bad: object) -> None:
    with pytest.raises(InvalidValue) as caught:
        GeoPoint(bad, 100.0)  # type: ignore[arg-type]

    assert caught.value.errors[0].loc == ("lat",)


def test_is_an_immutable_hashable_value() -> None:
    point = GeoPoint(13.7567, 100.5018)

    with pytest.raises(dataclasses.FrozenInstanceError):
        point.lat = 0.0  # type: ignore[misc]
    assert point == GeoPoint(13.7567, 100.5018)
    assert len({point, GeoPoint(13.7567, 100.5018)}) == 1
    assert pickle.loads(pickle.dumps(point)) == point


def test_distance_to_itself_is_zero() -> None:
    point = GeoPoint(13.7649, 100.5383)

    assert distance_m(point, point) == 0.0


def test_distance_is_symmetric() -> None:
    a, b = GeoPoint(13.7649, 100.5383), GeoPoint(13.7567, 100.5018)

    assert distance_m(a, b) == pytest.approx(distance_m(b, a))


def test_one_degree_of_latitude_is_about_111_km() -> None:
    assert distance_m(GeoPoint(0, 0), GeoPoint(1, 0)) == pytest.approx(111_195, rel=1e-4)


def test_victory_to_democracy_monument() -> None:
    # ≈0.91 km north-south and ≈3.94 km east-west on a flat map: ≈4.05 km.
    d = distance_m(GeoPoint(13.7649, 100.5383), GeoPoint(13.7567, 100.5018))

    assert d == pytest.approx(4_046, rel=0.005)


def test_antipodes_are_half_the_circumference() -> None:
    d = distance_m(GeoPoint(0, 0), GeoPoint(0, 180))

    assert d == pytest.approx(math.pi * 6_371_008.8)


def test_across_the_antimeridian_is_short() -> None:
    d = distance_m(GeoPoint(0, 179.9), GeoPoint(0, -179.9))

    assert d == pytest.approx(22_239, rel=1e-3)
