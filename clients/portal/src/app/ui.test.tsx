import { describe, expect, it } from "vitest";
import { ApiError, translate } from "@fasttrack/shared";
import { messages } from "../messages";
import { problemText } from "./ui";

const th = (key: string) => translate(messages, "th", key);
const en = (key: string) => translate(messages, "en", key);

describe("problemText", () => {
  it("explains a rate limit in plain Thai, with the API's wait time", () => {
    const error = new ApiError({
      status: 429,
      title: "มีคำขอจากที่อยู่ของท่านมากเกินไป",
      detail: "มีคำขอมากเกินไป โปรดลองใหม่ในอีก 120 วินาที",
      code: "public.rate_limited",
    });
    const text = problemText(error, th);
    expect(text).toContain("โปรดรอสักครู่");
    expect(text).toContain("120 วินาที");
  });
  it("shows the API's own words for other problems", () => {
    const error = new ApiError({ status: 403, title: "รหัสติดตามหรือรหัสลับไม่ถูกต้อง", detail: "โปรดตรวจสอบ" });
    expect(problemText(error, th)).toBe("รหัสติดตามหรือรหัสลับไม่ถูกต้อง: โปรดตรวจสอบ");
  });
  it("says when the network is down", () => {
    expect(problemText(new TypeError("Failed to fetch"), en)).toMatch(/connection/);
  });
});
