import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWith, json, ME } from "../../test/render";
import { ActionsPanel } from "./ActionsPanel";
import { useVersionedWrite } from "./useVersionedWrite";
import type { Complaint } from "./useCase";

const complaint = {
  id: "00000000-0000-0000-0000-0000000000aa",
  case_number: "FT-2569-000001",
  status: "in_progress",
  is_open: true,
  allowed_actions: ["resolve", "transfer"],
  lead_agency_id: ME.agency_id,
  proposed_agency_id: null,
  co_handler_ids: [],
} as unknown as Complaint;

function Panel() {
  const writer = useVersionedWrite(complaint.id);
  return <ActionsPanel complaint={complaint} writer={writer} />;
}

describe("ActionsPanel", () => {
  afterEach(cleanup);

  it("offers exactly the actions the API allows, and asks for each one's required fields", async () => {
    const sent: { url: string; body: unknown; ifMatch: string | null }[] = [];
    renderWith(<Panel />, async (request) => {
      if (request.url.includes("/agencies")) return json({ items: [], next_cursor: null });
      sent.push({ url: request.url, body: await request.clone().json().catch(() => null), ifMatch: request.headers.get("If-Match") });
      return json({});
    });
    expect(screen.getByRole("button", { name: "บันทึกผลการแก้ไข" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "โอนเรื่อง" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "เริ่มดำเนินการ" })).toBeNull();
    expect(screen.queryByRole("button", { name: "ยุติเรื่อง" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "บันทึกผลการแก้ไข" }));
    fireEvent.click(screen.getByRole("button", { name: "ยืนยัน: บันทึกผลการแก้ไข" }));
    expect(await screen.findByRole("link", { name: "กรุณากรอกผลการแก้ไข" })).toBeTruthy();
    expect(sent.filter((s) => s.url.includes("/transitions"))).toHaveLength(0);

    fireEvent.change(screen.getByRole("textbox", { name: "ผลการแก้ไข" }), { target: { value: "ซ่อมแล้ว" } });
    fireEvent.click(screen.getByRole("button", { name: "ยืนยัน: บันทึกผลการแก้ไข" }));
    await waitFor(() => expect(sent.filter((s) => s.url.includes("/transitions"))).toHaveLength(1));
    expect(sent.find((s) => s.url.includes("/transitions"))?.body).toEqual({ action: "resolve", resolution: "ซ่อมแล้ว" });
  });

  it("lets the lead agency's coordinator name the staff member who works the case", async () => {
    const STAFF = "00000000-0000-0000-0000-0000000000b2";
    const asked: string[] = [];
    const sent: unknown[] = [];
    const assigned = { ...complaint, status: "assigned", allowed_actions: ["start", "transfer"] } as unknown as Complaint;
    function Assigned() {
      const writer = useVersionedWrite(assigned.id);
      return <ActionsPanel complaint={assigned} writer={writer} />;
    }
    renderWith(<Assigned />, async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/v1/users") {
        asked.push(url.search);
        return json({
          items: [
            { id: STAFF, full_name: "สมชาย ขยันงาน", role: "agency_staff", agency_id: ME.agency_id },
            { id: ME.id, full_name: "ผู้ประสานงาน", role: "coordinator", agency_id: ME.agency_id },
          ],
          next_cursor: null,
        });
      }
      if (url.pathname.endsWith("/transitions")) sent.push(await request.json());
      return json({ items: [], next_cursor: null });
    });
    fireEvent.click(screen.getByRole("button", { name: "เริ่มดำเนินการ" }));
    const picker = await screen.findByRole("combobox", { name: /เจ้าหน้าที่ผู้รับผิดชอบ/ });
    expect(asked).toEqual([`?agency_id=${ME.agency_id}&is_active=true&limit=200`]);
    fireEvent.change(picker, { target: { value: STAFF } });
    fireEvent.click(screen.getByRole("button", { name: "ยืนยัน: เริ่มดำเนินการ" }));
    await waitFor(() => expect(sent).toEqual([{ action: "start", assignee_id: STAFF }]));
  });

  it("does not ask for the staff list when the reader may not see it (agency staff)", async () => {
    const asked: string[] = [];
    const assigned = { ...complaint, status: "assigned", allowed_actions: ["start"] } as unknown as Complaint;
    function Assigned() {
      const writer = useVersionedWrite(assigned.id);
      return <ActionsPanel complaint={assigned} writer={writer} />;
    }
    renderWith(
      <Assigned />,
      (request) => {
        if (request.url.includes("/users")) asked.push(request.url);
        return json({ items: [], next_cursor: null });
      },
      { ...ME, role: "agency_staff" },
    );
    fireEvent.click(screen.getByRole("button", { name: "เริ่มดำเนินการ" }));
    expect(await screen.findByRole("button", { name: "ยืนยัน: เริ่มดำเนินการ" })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: /เจ้าหน้าที่ผู้รับผิดชอบ/ })).toBeNull();
    expect(asked).toEqual([]);
  });

  it("shows no action at all when the API allows none", () => {
    renderWith(<ActionsPanel complaint={{ ...complaint, allowed_actions: [], is_open: false }} writer={{} as never} />, () => json({ items: [], next_cursor: null }));
    expect(screen.getByText("ไม่มีการดำเนินการที่ท่านทำได้ในขั้นนี้")).toBeTruthy();
  });
});
