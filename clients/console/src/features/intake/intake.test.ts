import { describe, expect, it } from "vitest";
import { toCreateBody } from "./IntakePage";

describe("intake body", () => {
  it("sends only what was filled in, Thai text exactly as typed", () => {
    const body = toCreateBody({
      channel: "hotline_1676", channel_ref: "", title: " ทางม้าลายสีซีด ", description: "หน้าโรงเรียน",
      category_id: "", district_code: "1026", address: "", lat: 13.77, lon: 100.56, urgency: "normal",
      fast_track: true, name: "สมหญิง", phone: "", email: "", confidential: false, no_contact: false,
    });
    expect(body).toEqual({
      title: "ทางม้าลายสีซีด",
      description: "หน้าโรงเรียน",
      channel: "hotline_1676",
      urgency: "normal",
      fast_track: true,
      district_code: "1026",
      location: { address: null, lat: 13.77, lon: 100.56 },
      complainant: { name: "สมหญิง" },
    });
  });
});
