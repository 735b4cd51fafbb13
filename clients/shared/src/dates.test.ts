import { describe, expect, it } from "vitest";
import { bangkokToday, formatDate, formatDateTime, formatDuration } from "./dates";

describe("dates", () => {
  it("shows Thai readers the Buddhist era and Bangkok time", () => {
    // 17:30 UTC is 00:30 the next day in Bangkok (UTC+7)
    const text = formatDateTime("2026-11-28T17:30:00Z", "th");
    expect(text).toContain("2569");
    expect(text).toContain("29");
    expect(text).toContain("00:30");
  });

  it("shows English readers the Gregorian year, in Bangkok time too", () => {
    const text = formatDateTime("2026-11-28T17:30:00Z", "en");
    expect(text).toContain("2026");
    expect(text).toContain("29 Nov");
    expect(text).toContain("00:30");
  });

  it("keeps calendar dates as they are in every zone", () => {
    expect(formatDate("2026-01-01", "th")).toBe("1 มกราคม 2569");
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
  });

  it("knows Bangkok's today around midnight UTC", () => {
    expect(bangkokToday(new Date("2026-11-28T17:30:00Z"))).toBe("2026-11-29");
    expect(bangkokToday(new Date("2026-11-28T16:59:00Z"))).toBe("2026-11-28");
  });

  it("words SLA time left", () => {
    expect(formatDuration(2 * 86400 + 3 * 3600, "th")).toBe("2 วัน 3 ชม.");
    expect(formatDuration(90 * 60, "en")).toBe("1 h 30 min");
    expect(formatDuration(-300, "en")).toBe("5 min");
  });
});
