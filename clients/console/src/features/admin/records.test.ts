import { describe, expect, it } from "vitest";
import { changedFields, createBody, initialValues, missingFields, type FieldSpec } from "./records";
import { formToBody, policyToForm } from "./slaForm";

const specs: FieldSpec[] = [
  { name: "name_th", label: "admin.nameTh", kind: "text", required: true },
  { name: "phone", label: "admin.phone", kind: "tel", nullable: true },
  { name: "sla_class", label: "admin.slaClass", kind: "select", required: true },
  { name: "mou_area_id", label: "outreach.area", kind: "select", numeric: true },
  { name: "backup_rank", label: "admin.backupRank", kind: "number", nullable: true },
  { name: "is_active", label: "admin.active", kind: "checkbox" },
];
const record = { name_th: "ทางม้าลาย", phone: null, sla_class: "standard", mou_area_id: 1, backup_rank: 2, is_active: true, version: 3 };

describe("admin record forms", () => {
  it("start from the record as strings, nulls as empty fields", () => {
    expect(initialValues(specs, record)).toEqual({
      name_th: "ทางม้าลาย", phone: "", sla_class: "standard", mou_area_id: "1", backup_rank: "2", is_active: true,
    });
    expect(initialValues(specs).is_active).toBe(false);
    expect(initialValues([{ name: "status", label: "admin.status", kind: "select", defaultValue: "active" }])).toEqual({ status: "active" });
    // a record's own value wins over the default, even when empty
    expect(initialValues([{ name: "phone", label: "admin.phone", kind: "tel", defaultValue: "02" }], { phone: null })).toEqual({ phone: "" });
  });

  it("send only what changed, with the API's types; an emptied nullable field clears it", () => {
    const values = { ...initialValues(specs, record), sla_class: "urgent", mou_area_id: "3", backup_rank: "", phone: " 021234567 " };
    expect(changedFields(specs, record, values)).toEqual({ sla_class: "urgent", mou_area_id: 3, backup_rank: null, phone: "021234567" });
    expect(changedFields(specs, record, initialValues(specs, record))).toEqual({});
  });

  it("create with the filled fields only, and name the required ones left empty", () => {
    const values = { ...initialValues(specs), name_th: "  ถนน ", mou_area_id: "2" };
    expect(createBody(specs, values)).toEqual({ name_th: "ถนน", mou_area_id: 2, is_active: false });
    expect(missingFields(specs, values)).toEqual(["sla_class"]);
  });
});

describe("SLA policy form", () => {
  const policy = {
    sla_class: "standard",
    always_open: false,
    weekdays: [0, 1, 2, 3, 4],
    start: "08:30:00",
    end: "16:30:00",
    targets: {
      low: { first_response_minutes: 480, resolution_minutes: 4800 },
      normal: { first_response_minutes: 240, resolution_minutes: 2400 },
      high: { first_response_minutes: 120, resolution_minutes: 960 },
      critical: { first_response_minutes: 60, resolution_minutes: 480 },
    },
    fast_track_targets: {
      low: { first_response_minutes: 240, resolution_minutes: 2400 },
      normal: { first_response_minutes: 120, resolution_minutes: 1200 },
      high: { first_response_minutes: 60, resolution_minutes: 480 },
      critical: { first_response_minutes: 30, resolution_minutes: 240 },
    },
    due_soon_share: 0.25,
    version: 3,
  };

  it("round-trips a policy into the PUT body", () => {
    const form = policyToForm(policy);
    expect(form.start).toBe("08:30");
    expect(form.due_soon_percent).toBe("25");
    const result = formToBody(form);
    expect("body" in result && result.body).toEqual({ ...policy, start: "08:30", end: "16:30", sla_class: undefined, version: undefined });
  });

  it("refuses minutes that are not positive whole numbers, and a bad class name", () => {
    const form = policyToForm(policy, "Bad Class");
    form.minutes["targets.high.resolution_minutes"] = "1.5";
    form.minutes["fast_track_targets.low.first_response_minutes"] = "0";
    expect(formToBody(form)).toEqual({
      invalid: ["targets.high.resolution_minutes", "fast_track_targets.low.first_response_minutes", "sla_class"],
    });
  });
});
