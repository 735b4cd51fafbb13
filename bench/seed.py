"""Seeds N synthetic Thai complaints with set-based SQL (generate_series), plus the change feed."""

from __future__ import annotations

import asyncpg

from domain.search.normalize import normalize_for_search

# Common: one of these is in every title. Rare terms are added to a small share of cases.
SUBJECTS = [
    "ไฟฟ้าส่องสว่างดับ",
    "ขยะไม่ได้รับการจัดเก็บ",
    "น้ำท่วมขังถนน",
    "ทางเท้าชำรุด",
    "ท่อระบายน้ำอุดตัน",
    "เสียงดังรบกวนยามวิกาล",
    "ผู้ค้าแผงลอยกีดขวางทางเท้า",
    "ต้นไม้ล้มขวางถนน",
    "หลุมบนถนน",
    "กลิ่นเหม็นจากโรงงาน",
    "รถจอดกีดขวาง",
    "สายไฟฟ้ารกรุงรัง",
]
PLACES = [
    "หน้าโรงเรียน",
    "ในซอย",
    "หน้าตลาด",
    "ใกล้สถานีรถไฟฟ้า BTS",
    "ริมคลอง",
    "หน้าวัด",
    "ในชุมชน",
    "ปากซอย",
    "หน้าห้าง",
    "ใกล้ป้ายรถเมล์",
]
DETAILS = [
    "แจ้งมาหลายครั้งแล้วยังไม่มีการแก้ไข",
    "เกิดขึ้นทุกวันช่วงเย็น",
    "เป็นอันตรายต่อคนเดินเท้าและเด็กนักเรียน",
    "ขอให้เจ้าหน้าที่เข้ามาตรวจสอบโดยด่วน",
    "ประชาชนในพื้นที่ได้รับความเดือดร้อนมาก",
    "please fix as soon as possible",
    "มีผู้สูงอายุหกล้มแล้ว",
    "ขอบคุณล่วงหน้าค่ะ",
]
# ~0.1% of cases mention a zebra crossing; about a third mention a road (ถนน).
RARE = "ขอให้ทาสีทางม้าลายใหม่"
RARE_TERM = "ทางม้าลาย"
COMMON_TERM = "ถนน"


def _array(values: list[str]) -> str:
    quoted = ",".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"ARRAY[{quoted}]::text[]"


def _pick(name: str, n: int) -> str:
    return f"({name})[1 + floor(random() * {n})::int]"


def seed_sql(n: int) -> str:
    """One INSERT ... SELECT over generate_series; the vocabulary is already normalised, so
    search_text is built by concatenation exactly as normalize_for_search would give it."""
    subjects = [normalize_for_search(s) for s in SUBJECTS]
    places = [normalize_for_search(s) for s in PLACES]
    details = [normalize_for_search(s) for s in DETAILS]
    rare = normalize_for_search(RARE)
    return f"""
WITH d AS (
  SELECT row_number() OVER (ORDER BY d.code) AS k, d.code, a.id AS agency_id
  FROM districts d JOIN agencies a ON a.district_code = d.code AND a.kind = 'district_office'
), cat AS (
  SELECT row_number() OVER (ORDER BY service_code) AS k, id, mou_area_id, sla_class
  FROM categories
), nd AS (SELECT count(*) AS n FROM d), nc AS (SELECT count(*) AS n FROM cat),
g AS (
  SELECT i,
    1 + floor(random() * (SELECT n FROM nd))::int AS dk,
    1 + floor(random() * (SELECT n FROM nc))::int AS ck,
    random() AS rs,
    now() - make_interval(secs => 730 * 86400 * power(random(), 1.5)) AS created,
    {_pick(_array(subjects), len(subjects))} AS subj,
    {_pick(_array(places), len(places))} AS place,
    {_pick(_array(details), len(details))} AS det,
    CASE WHEN i % 997 = 0 THEN ' ' || '{rare}' ELSE '' END AS extra,
    (ARRAY['line','hotline_1676','phone','web','walk_in','partner_api','email','mobile_unit'])
      [1 + floor(power(random(), 1.7) * 8)::int] AS channel,
    (ARRAY['normal','normal','normal','low','high','critical'])
      [1 + floor(random() * 6)::int] AS urgency
  FROM generate_series(1, {n}) AS i
), s AS (
  SELECT g.*, CASE
      WHEN rs < 0.10 THEN 'received' WHEN rs < 0.15 THEN 'triaged'
      WHEN rs < 0.25 THEN 'assigned' WHEN rs < 0.45 THEN 'in_progress'
      WHEN rs < 0.50 THEN 'awaiting_complainant' WHEN rs < 0.65 THEN 'resolved'
      WHEN rs < 0.95 THEN 'closed' WHEN rs < 0.98 THEN 'rejected'
      WHEN rs < 0.99 THEN 'withdrawn' ELSE 'merged' END AS status,
    subj || place AS title,
    subj || ' ' || place || ' ' || det || extra AS description
  FROM g
)
INSERT INTO complaints (
  id, case_number, tracking_code, channel, title, description, category_id, district_code,
  lat, lon, complainant_name, confidential, no_contact, fast_track, urgency, mou_area_id,
  status, lead_agency_id, transfer_count, reopen_count, resolved_at, closed_at,
  needs_triage, flagged_for_omb, first_response_at, submitted_by_kind, created_at,
  updated_at, version, sla_class, sla_pauses, first_response_due_at,
  first_response_due_soon_at, resolution_due_at, resolution_due_soon_at, search_text)
SELECT
  gen_random_uuid(), 'BN' || lpad(s.i::text, 9, '0'), 'T' || lpad(s.i::text, 12, '0'),
  s.channel, s.title, s.description, cat.id, d.code,
  13.75 + random() * 0.1, 100.5 + random() * 0.1, 'ผู้ร้องเรียน ' || s.i,
  s.i % 50 = 0, false, s.i % 20 = 0, s.urgency, cat.mou_area_id,
  s.status, CASE WHEN s.i % 25 = 0 THEN NULL ELSE d.agency_id END, 0, 0,
  CASE WHEN s.status IN ('resolved','closed') THEN s.created + interval '9 days' END,
  CASE WHEN s.status = 'closed' THEN s.created + interval '12 days' END,
  s.status = 'received', false,
  CASE WHEN s.status NOT IN ('received','triaged') THEN s.created + interval '20 hours' END,
  'user', s.created,
  s.created + CASE WHEN s.status IN ('resolved','closed') THEN interval '12 days'
                   ELSE interval '1 hour' END,
  1, cat.sla_class, '[]'::jsonb,
  CASE WHEN s.status IN ('received','triaged') THEN s.created + interval '2 days' END,
  CASE WHEN s.status IN ('received','triaged') THEN s.created + interval '1 day' END,
  CASE WHEN s.status IN ('received','triaged','assigned','in_progress')
       THEN s.created + interval '30 days' END,
  CASE WHEN s.status IN ('received','triaged','assigned','in_progress')
       THEN s.created + interval '25 days' END,
  lower(s.title || ' ' || s.description)
FROM s JOIN d ON d.k = s.dk JOIN cat ON cat.k = s.ck
"""


CHANGES_SQL = """
INSERT INTO complaint_changes (complaint_id, changed_at, position)
SELECT id, at, row_number() OVER (ORDER BY at) FROM (
  SELECT id, created_at AS at FROM complaints
  UNION ALL
  SELECT id, updated_at FROM complaints WHERE updated_at > created_at
) c ORDER BY at
"""  # stamped as a feed reader would have stamped them (see SqlComplaintQueries.changes)


async def seed(conn: asyncpg.Connection, n: int) -> None:
    await conn.execute(seed_sql(n))
    await conn.execute(CHANGES_SQL)
    await conn.execute("ANALYZE")
