"""Address -> place on a small hand-made gazetteer: markers, abbreviations, English, postal
codes that narrow, roads learnt from cases, a fixed district."""

from __future__ import annotations

from domain.intake.model import District, EvidenceKind, RoadIndex, Subdistrict
from domain.intake.place import PlaceMatcher

DISTRICTS = [
    District("1045", "วังทองหลาง", "Wang Thonglang", ("Wangthonglang",)),
    District("1017", "ห้วยขวาง", "Huai Khwang", ("Huay Kwang",)),
    District("1038", "ลาดพร้าว", "Lat Phrao"),
    District("1014", "พญาไท", "Phaya Thai", ("พญาไทย",)),
    District("1037", "ราชเทวี", "Ratchathewi"),
    District("1026", "ดินแดง", "Din Daeng"),
]
SUBDISTRICTS = [
    Subdistrict("104501", "1045", "วังทองหลาง", "Wang Thonglang", ("10310",)),
    Subdistrict("104502", "1045", "สะพานสอง", "Saphan Song", ("10310",)),
    Subdistrict("101701", "1017", "ห้วยขวาง", "Huai Khwang", ("10310",)),
    Subdistrict("103801", "1038", "ลาดพร้าว", "Lat Phrao", ("10230",)),
    Subdistrict("103701", "1037", "ทุ่งพญาไท", "Thung Phaya Thai", ("10400",)),
    Subdistrict("103702", "1037", "ถนนพญาไท", "Thanon Phaya Thai", ("10400",)),
    Subdistrict("101401", "1014", "สามเสนใน", "Sam Sen Nai", ("10400",)),
    Subdistrict("102601", "1026", "ดินแดง", "Din Daeng", ("10400",)),
]
M = PlaceMatcher(DISTRICTS, SUBDISTRICTS)


def top(text: str, roads: RoadIndex | None = None) -> tuple[str, str | None]:
    found = M.match(text, roads)
    assert found, text
    return found[0].district_code, found[0].subdistrict_code


def test_full_address_with_markers_and_postal_code() -> None:
    found = M.match("ฝาท่อหายปากซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง 10310")
    assert (found[0].district_code, found[0].subdistrict_code) == ("1045", "104502")
    kinds = {e.kind for e in found[0].evidence}
    assert kinds == {
        EvidenceKind.subdistrict_name,
        EvidenceKind.district_name,
        EvidenceKind.postal_code,
    }
    # ลาดพร้าว after ซอย is a road named after a district, weak evidence only
    lat_phrao = next(c for c in found if c.district_code == "1038")
    assert lat_phrao.confidence < 0.1


def test_abbreviations_and_names_without_the_words() -> None:
    assert top("ขยะไม่เก็บ ถ.พญาไท ข.ราชเทวี")[0] == "1037"
    assert top("ไฟดับ ข วังทองหลาง") == ("1045", "104501")
    assert top("ไฟดับ สะพานสอง วังทองหลาง") == ("1045", "104502")
    assert top("แถวสามเสนใน") == ("1014", "101401")
    assert top("เขตพญาไทย")[0] == "1014"  # a common misspelling, as an alias


def test_a_bare_letter_marks_only_as_a_word() -> None:
    # "รถ" ends with ถ but is not the road abbreviation: ดินแดง counts as a bare name
    found = M.match("รถติดดินแดง")
    assert found[0].district_code == "1026" and found[0].evidence[0].weight == 1.5
    # a bare name shared by a district and its sub-district names the district
    assert found[0].subdistrict_code is None


def test_english_names_with_word_boundaries_and_aliases() -> None:
    assert top("Street light out in Saphan Song, Wang Thonglang district") == ("1045", "104502")
    assert top("flooding at Huay Kwang")[0] == "1017"
    assert not M.match("the dindaengxyz building")  # not a name inside a longer word


def test_a_postal_code_that_spans_districts_narrows_without_deciding() -> None:
    found = M.match("น้ำท่วม 10310")
    assert {c.district_code for c in found} == {"1045", "1017"}
    assert found[0].confidence == found[1].confidence < 0.5
    # with a name, the postal code only adds to the district it agrees with
    assert top("น้ำท่วม ห้วยขวาง 10310")[0] == "1017"


def test_roads_learnt_from_located_cases() -> None:
    roads = RoadIndex(1, None, {"ซอย:ลาดพร้าว 71": {"1045": 5}, "ถนน:ประชาสงเคราะห์": {"1026": 1}})
    found = M.match("ไฟดับ ซ.ลาดพร้าว 71 มืดมาก", roads)
    assert found[0].district_code == "1045"
    road = next(e for e in found[0].evidence if e.kind is EvidenceKind.road)
    assert road.text == "ลาดพร้าว 71" and "5 of 5" in (road.detail or "")
    # one located case is weaker evidence than three
    one = M.match("ถนนประชาสงเคราะห์", roads)[0]
    assert one.district_code == "1026" and one.confidence < found[0].confidence


def test_a_fixed_district_is_kept_and_the_text_picks_its_subdistrict() -> None:
    found = M.match("แขวงสะพานสอง เขตวังทองหลาง", within="1026")
    assert [(c.district_code, c.confidence) for c in found] == [("1026", 1.0)]
    found = M.match("แขวงสะพานสอง", within="1045")
    assert found[0].subdistrict_code == "104502"


def test_no_place_no_candidate() -> None:
    assert M.match("ขยะล้นถังมาหลายวันแล้ว") == []
