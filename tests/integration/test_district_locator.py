"""Integration tests of the shapely district locator on the bundled Bangkok boundaries."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import shapely

from domain.errors import InvalidValue
from domain.geo import DistrictLocator, GeoPoint
from infra.geo import ShapelyDistrictLocator, default_boundaries_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def locator() -> ShapelyDistrictLocator:
    return ShapelyDistrictLocator.from_geojson(default_boundaries_path())


def _districts_csv() -> list[dict[str, str]]:
    with (FIXTURES / "bangkok_districts.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _square(x0: float, y0: float, size: float) -> list[list[list[float]]]:
    # GeoJSON ring, x = lon, y = lat, counter-clockwise and closed.
    x1, y1 = x0 + size, y0 + size
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]


def _write_squares(path: Path, squares: dict[str, tuple[float, float, float]]) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"code": code},
            "geometry": {"type": "Polygon", "coordinates": _square(*corner)},
        }
        for code, corner in squares.items()
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_implements_the_port(locator: ShapelyDistrictLocator) -> None:
    assert isinstance(locator, DistrictLocator)


def test_default_data_is_bundled_with_the_app() -> None:
    path = default_boundaries_path()

    assert path.is_file()
    assert "shared" not in path.parts


@pytest.mark.parametrize(
    ("name", "lat", "lon", "code"),
    [
        ("Victory Monument", 13.7649, 100.5383, "1037"),
        ("Democracy Monument", 13.7567, 100.5018, "1001"),
        ("Chatuchak Park", 13.8036, 100.5530, "1030"),
        ("Siam Paragon", 13.7462, 100.5347, "1007"),
    ],
)
def test_landmarks(
    locator: ShapelyDistrictLocator, name: str, lat: float, lon: float, code: str
) -> None:
    assert locator.district_at(GeoPoint(lat, lon)) == code, name


def test_suvarnabhumi_airport_is_outside_bangkok(locator: ShapelyDistrictLocator) -> None:
    assert locator.district_at(GeoPoint(13.6900, 100.7501)) is None


def test_far_away_point_is_outside(locator: ShapelyDistrictLocator) -> None:
    assert locator.district_at(GeoPoint(18.7883, 98.9853)) is None  # Chiang Mai


def test_every_district_representative_point(locator: ShapelyDistrictLocator) -> None:
    rows = _districts_csv()

    found = {
        row["code"]: locator.district_at(GeoPoint(float(row["lat"]), float(row["lon"])))
        for row in rows
    }

    assert len(rows) == 50
    assert found == {row["code"]: row["code"] for row in rows}
    assert locator.codes == set(found)


def test_sliver_gaps_between_districts_resolve_to_a_district(
    locator: ShapelyDistrictLocator,
) -> None:
    # The bundled layer has a few sub-metre holes where neighbours do not quite meet.
    data = json.loads(default_boundaries_path().read_text(encoding="utf-8"))
    polygons = [shapely.geometry.shape(f["geometry"]) for f in data["features"]]
    city = shapely.union_all(polygons)
    holes = [shapely.Polygon(ring) for part in shapely.get_parts(city) for ring in part.interiors]
    assert holes, "expected the known slivers in the bundled data"

    for hole in holes:
        inside = hole.representative_point()
        assert locator.district_at(GeoPoint(inside.y, inside.x)) is not None


def test_overlap_goes_to_the_lowest_code(tmp_path: Path) -> None:
    # "1002" listed first so the answer cannot come from file order.
    path = _write_squares(
        tmp_path / "overlap.geojson",
        {"1002": (100.0, 13.0, 1.0), "1001": (100.5, 13.5, 1.0)},
    )
    locator = ShapelyDistrictLocator.from_geojson(path)

    assert locator.district_at(GeoPoint(13.75, 100.75)) == "1001"
    assert locator.district_at(GeoPoint(13.25, 100.25)) == "1002"
    assert locator.district_at(GeoPoint(14.25, 101.25)) == "1001"


def test_point_on_shared_border_goes_to_the_lower_code(tmp_path: Path) -> None:
    path = _write_squares(
        tmp_path / "border.geojson",
        {"1002": (100.0, 13.0, 1.0), "1001": (101.0, 13.0, 1.0)},
    )
    locator = ShapelyDistrictLocator.from_geojson(path, gap_tolerance_deg=0)

    assert locator.district_at(GeoPoint(13.5, 101.0)) == "1001"
    assert locator.district_at(GeoPoint(13.0, 101.0)) == "1001"  # shared corner
    assert locator.district_at(GeoPoint(14.0, 100.5)) == "1002"  # outer edge is inside too


def test_tiny_gap_is_bridged_but_real_outside_is_not(tmp_path: Path) -> None:
    gap = 2.0**-18  # ≈0.4 m, and exact in binary so the midpoint below is a true tie
    path = _write_squares(
        tmp_path / "gap.geojson",
        {"1002": (100.0, 13.0, 1.0), "1001": (101.0 + gap, 13.0, 1.0)},
    )
    locator = ShapelyDistrictLocator.from_geojson(path)
    strict = ShapelyDistrictLocator.from_geojson(path, gap_tolerance_deg=0)
    just_right_of_1002 = GeoPoint(13.5, 101.0 + gap / 4)

    assert locator.district_at(just_right_of_1002) == "1002"  # nearest, not merely lowest
    assert locator.district_at(GeoPoint(13.5, 101.0 + gap / 2)) == "1001"  # tie → lowest
    assert strict.district_at(just_right_of_1002) is None
    assert locator.district_at(GeoPoint(13.5, 99.999)) is None  # ≈110 m outside


def test_multipolygon_and_integer_codes_are_accepted(tmp_path: Path) -> None:
    feature = {
        "type": "Feature",
        "properties": {"code": 1050},
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": [_square(100.0, 13.0, 0.1), _square(100.5, 13.5, 0.1)],
        },
    }
    path = tmp_path / "multi.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    locator = ShapelyDistrictLocator.from_geojson(path)

    assert locator.district_at(GeoPoint(13.55, 100.55)) == "1050"
    assert locator.district_at(GeoPoint(13.3, 100.3)) is None


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"type": "Feature"}),
        json.dumps({"type": "FeatureCollection", "features": []}),
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": "10"},
                        "geometry": {"type": "Polygon", "coordinates": _square(0, 0, 1)},
                    }
                ],
            }
        ),
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": "1001"},
                        "geometry": {"type": "Point", "coordinates": [100.5, 13.7]},
                    }
                ],
            }
        ),
    ],
)
def test_bad_boundary_files_raise_invalid_value(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.geojson"
    path.write_text(content)

    with pytest.raises(InvalidValue) as caught:
        ShapelyDistrictLocator.from_geojson(path)

    assert caught.value.code == "geo.boundaries_invalid"


def test_missing_boundary_file_raises_invalid_value(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        ShapelyDistrictLocator.from_geojson(tmp_path / "nope.geojson")
