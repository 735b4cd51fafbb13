import { describe, expect, it } from "vitest";
import { readFilters, scopesFor, toQuery } from "./params";
import type { Me } from "../../app/auth";

const me = { id: "u1", agency_id: "a1", role: "coordinator" } as Me;

describe("queue filters", () => {
  it("reads only known parameters from the URL", () => {
    expect(readFilters(new URLSearchParams("status=received&evil=1&q=ทางม้าลาย"))).toEqual({
      status: "received",
      q: "ทางม้าลาย",
    });
  });

  it("turns the scope into the API's filters, and days into Bangkok bounds", () => {
    expect(toQuery({ scope: "mine", fast_track: "true", created_from: "2026-11-01" }, me)).toEqual({
      assignee_id: "u1",
      fast_track: true,
      created_from: "2026-11-01T00:00:00+07:00",
    });
    // a coordinator starts on the agency's queue
    expect(toQuery({}, me)).toEqual({ agency_id: "a1" });
    expect(scopesFor({ ...me, role: "omb_officer" })[0]).toBe("all");
  });
});
