import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { json, renderWith } from "../../test/render";
import { QueuePage } from "./QueuePage";
import { visibleRange } from "./windowing";

function complaint(n: number) {
  return {
    id: `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`,
    case_number: `FT-2569-${String(n).padStart(6, "0")}`,
    title: `เรื่องที่ ${n}`,
    status: "assigned",
    is_open: true,
    fast_track: false,
    district_code: null,
    lead_agency_id: null,
    created_at: "2026-11-29T03:00:00Z",
    sla: null,
  };
}

/** The complaints list in pages of `size` up to `total`, the cursor being the next index. */
function server(total: number, size = 25) {
  const cursors: (string | null)[] = [];
  const fetch = (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/complaints") {
      const cursor = url.searchParams.get("cursor");
      cursors.push(cursor);
      const from = cursor ? Number(cursor) : 0;
      const to = Math.min(total, from + size);
      const items = Array.from({ length: to - from }, (_, i) => complaint(from + i + 1));
      return json({ items, next_cursor: to < total ? String(to) : null });
    }
    return json({ items: [], next_cursor: null });
  };
  return { fetch, cursors };
}

describe("queue paging", () => {
  afterEach(cleanup);

  it("'load more' asks for the next page by its cursor and appends it", async () => {
    const s = server(30);
    renderWith(<QueuePage />, s.fetch);
    expect(await screen.findByRole("link", { name: "FT-2569-000025" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "FT-2569-000026" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "แสดงเพิ่มเติม" }));
    expect(await screen.findByRole("link", { name: "FT-2569-000030" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "FT-2569-000001" })).toBeTruthy();
    expect(s.cursors).toEqual([null, "25"]);
    expect(screen.getByText("แสดง 30 เรื่อง")).toBeTruthy();
    // the last page: no more button
    expect(screen.queryByRole("button", { name: "แสดงเพิ่มเติม" })).toBeNull();
  });

  it("windows a long list: every case is counted, only the rows near the viewport are in the page", async () => {
    const s = server(120, 200);
    const { container } = renderWith(<QueuePage />, s.fetch);
    expect(await screen.findByText("แสดง 120 เรื่อง")).toBeTruthy();
    await waitFor(() => expect(container.querySelectorAll("tbody tr[data-row]").length).toBeGreaterThan(0));
    const rendered = container.querySelectorAll("tbody tr[data-row]").length;
    expect(rendered).toBeLessThan(120);
    expect(container.querySelector("table")?.getAttribute("aria-rowcount")).toBe("121");
    expect(container.querySelector("tbody tr.spacer")).toBeTruthy();
  });
});

describe("visibleRange", () => {
  it("covers the viewport plus the overscan on both sides", () => {
    expect(visibleRange({ count: 1000, rowHeight: 40, scrolledPast: 4000, viewport: 800, overscan: 5 })).toEqual({ start: 95, end: 125 });
  });
  it("starts at the top while the list begins below the viewport's top", () => {
    expect(visibleRange({ count: 1000, rowHeight: 40, scrolledPast: -400, viewport: 800, overscan: 5 })).toEqual({ start: 0, end: 15 });
  });
  it("stays inside the list at its end, and is empty for no rows", () => {
    expect(visibleRange({ count: 60, rowHeight: 40, scrolledPast: 100_000, viewport: 800, overscan: 5 })).toEqual({ start: 54, end: 60 });
    expect(visibleRange({ count: 0, rowHeight: 40, scrolledPast: 0, viewport: 800 })).toEqual({ start: 0, end: 0 });
  });
});
