import { describe, expect, it } from "vitest";
import { fillPath, type UploadPath } from "./upload";

describe("uploads to the typed API", () => {
  it("fill the path's parameters, encoded, and refuse a missing one", () => {
    expect(fillPath("/api/v1/complaints/{complaint_id}/attachments", { complaint_id: "a b/c" })).toBe(
      "/api/v1/complaints/a%20b%2Fc/attachments",
    );
    expect(() => fillPath("/api/v1/complaints/{complaint_id}/attachments", {})).toThrow(/complaint_id/);
  });

  it("offer exactly the API's multipart operations as paths", () => {
    const staff: UploadPath = "/api/v1/complaints/{complaint_id}/attachments";
    const publicUpload: UploadPath = "/api/v1/public/complaints/{tracking_code}/attachments";
    // @ts-expect-error: a JSON endpoint is not an upload path
    const json: UploadPath = "/api/v1/complaints";
    expect([staff, publicUpload, json]).toHaveLength(3);
  });
});
