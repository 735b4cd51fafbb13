"""Districts and MOU areas over HTTP, on both databases."""

from __future__ import annotations

import httpx


async def test_all_50_districts_in_one_page_with_exact_thai_names(
    client: httpx.AsyncClient,
) -> None:
    r = await client.get("/api/v1/districts")
    assert r.status_code == 200
    body = r.json()
    assert len(body["items"]) == 50
    assert body["next_cursor"] is None
    names = {d["code"]: d["name_th"] for d in body["items"]}
    assert names["1026"] == "ดินแดง"
    assert names["1034"] == "สวนหลวง"
    assert [d["code"] for d in body["items"]] == sorted(names)


async def test_cursor_pages_cover_every_district_once(client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        r = await client.get("/api/v1/districts", params=params)
        assert r.status_code == 200
        page = r.json()
        assert len(page["items"]) <= 7
        seen += [d["code"] for d in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 50 and len(set(seen)) == 50


async def test_search_districts_by_thai_substring(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/districts", params={"q": "แดง"})
    assert [d["code"] for d in r.json()["items"]] == ["1026"]
    r = await client.get("/api/v1/districts", params={"q": "din"})
    assert [d["name_en"] for d in r.json()["items"]] == ["Din Daeng"]


async def test_get_district_and_unknown_code(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/districts/1026")
    assert r.json()["name_en"] == "Din Daeng"
    r = await client.get("/api/v1/districts/9999")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "district.not_found"


async def test_limit_bounds_and_bad_cursor_are_problems(client: httpx.AsyncClient) -> None:
    for params in ({"limit": 0}, {"limit": 201}, {"cursor": "garbage!"}):
        r = await client.get("/api/v1/districts", params=params)
        assert r.status_code == 422, params
        body = r.json()
        assert body["errors"] and body["errors"][0]["loc"][0] == "query"


async def test_mou_areas(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/mou-areas")
    items = r.json()["items"]
    assert [a["id"] for a in items] == [1, 2, 3, 4, 5]
    assert items[0]["name_en"] == "FAST TRACK OMB & BMA"
    assert items[4]["name_th"] == "วินัยจราจรและทางม้าลาย"
    r = await client.get("/api/v1/mou-areas/6")
    assert r.status_code == 404 and r.json()["code"] == "mou_area.not_found"


async def test_district_boundaries_are_50_light_polygons_for_maps(
    client: httpx.AsyncClient,
) -> None:
    r = await client.get("/api/v1/districts/boundaries")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/geo+json"
    assert "public" in r.headers["cache-control"]
    assert len(r.content) < 120_000  # simplified: the bundled layer is over 1 MB
    body = r.json()
    assert body["type"] == "FeatureCollection"
    codes = [f["properties"]["code"] for f in body["features"]]
    assert codes == sorted(codes) and len(codes) == 50
    din_daeng = next(f for f in body["features"] if f["properties"]["code"] == "1026")
    assert din_daeng["properties"]["name_th"] == "ดินแดง"
    assert din_daeng["geometry"]["type"] in ("Polygon", "MultiPolygon")
    ring = (
        din_daeng["geometry"]["coordinates"][0]
        if din_daeng["geometry"]["type"] == "Polygon"
        else din_daeng["geometry"]["coordinates"][0][0]
    )
    lon, lat = ring[0]
    assert 100.3 < lon < 101.0 and 13.4 < lat < 14.0
    assert ring[0] == ring[-1]  # closed rings survive the simplification
