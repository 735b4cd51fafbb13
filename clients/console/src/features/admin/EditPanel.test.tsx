import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { unwrap, unwrapWithResponse } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { json, renderWith } from "../../test/render";
import { EditPanel } from "./RecordForm";
import type { FieldSpec } from "./records";

const ID = "00000000-0000-0000-0000-0000000000c7";
const specs: FieldSpec[] = [
  { name: "name_th", label: "admin.nameTh", kind: "text", required: true },
  { name: "sla_class", label: "admin.slaClass", kind: "select", required: true, options: [
    { value: "standard", label: "standard" }, { value: "urgent", label: "urgent" },
  ] },
];

/** A category on the server; someone else renames it between our read and our save. */
function server() {
  let category = { id: ID, name_th: "ทางม้าลายชำรุด", sla_class: "standard", version: 1 };
  const patches: { ifMatch: string | null; body: unknown }[] = [];
  const fetch = async (request: Request) => {
    if (request.method === "GET") return json(category, { headers: { ETag: `"${category.version}"` } });
    const body = await request.json();
    patches.push({ ifMatch: request.headers.get("If-Match"), body });
    if (request.headers.get("If-Match") !== `"${category.version}"`) {
      return json({ status: 412, title: "ข้อมูลถูกแก้ไขไปแล้ว", code: "precondition_failed" }, { status: 412, headers: { "Content-Type": "application/problem+json" } });
    }
    category = { ...category, ...body, version: category.version + 1 };
    return json(category, { headers: { ETag: `"${category.version}"` } });
  };
  return {
    fetch,
    patches,
    renameBehindOurBack: () => { category = { ...category, name_th: "ทางม้าลายสีซีด", version: category.version + 1 }; },
    current: () => category,
  };
}

/** The category's edit panel wired to the test's API client. */
function Panel({ onClose = () => {} }: { onClose?: () => void }) {
  const api = useApi();
  return (
    <EditPanel
      id="cat"
      title="แก้ไขประเภทเรื่อง"
      specs={specs}
      queryKey={["categories", "one", ID]}
      read={() => unwrapWithResponse(api.GET("/api/v1/categories/{category_id}", { params: { path: { category_id: ID } } }))}
      patch={(etag, body) =>
        unwrap(api.PATCH("/api/v1/categories/{category_id}", { params: { path: { category_id: ID }, header: { "If-Match": etag } }, body }))
      }
      invalidate={[["categories"]]}
      onClose={onClose}
    />
  );
}

describe("EditPanel", () => {
  afterEach(cleanup);

  it("saves only the changed field with If-Match of the version read", async () => {
    const s = server();
    let closed = false;
    renderWith(<Panel onClose={() => { closed = true; }} />, s.fetch);
    const select = await screen.findByLabelText("ระดับ SLA");
    fireEvent.change(select, { target: { value: "urgent" } });
    fireEvent.click(screen.getByRole("button", { name: "บันทึก" }));
    await waitFor(() => expect(closed).toBe(true));
    expect(s.patches).toEqual([{ ifMatch: '"1"', body: { sla_class: "urgent" } }]);
  });

  it("on 412 re-reads the record, says so plainly, and saves the admin's value over the new version", async () => {
    const s = server();
    let closed = false;
    renderWith(<Panel onClose={() => { closed = true; }} />, s.fetch);
    fireEvent.change(await screen.findByLabelText("ระดับ SLA"), { target: { value: "urgent" } });
    s.renameBehindOurBack();
    fireEvent.click(screen.getByRole("button", { name: "บันทึก" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("มีผู้อื่นแก้ไขรายการนี้ก่อนท่าน");
    // what differs: the other person's name (kept in the form as the admin typed it) and our class
    expect(alert.textContent).toContain("ทางม้าลายสีซีด");
    expect(closed).toBe(false);

    // take the latest name, keep our SLA class
    fireEvent.click(screen.getByRole("button", { name: "ใช้ข้อมูลล่าสุด" }));
    expect((screen.getByLabelText("ชื่อภาษาไทย") as HTMLInputElement).value).toBe("ทางม้าลายสีซีด");
    fireEvent.change(screen.getByLabelText("ระดับ SLA"), { target: { value: "urgent" } });
    fireEvent.click(screen.getByRole("button", { name: "บันทึก" }));
    await waitFor(() => expect(closed).toBe(true));
    expect(s.patches.at(-1)).toEqual({ ifMatch: '"2"', body: { sla_class: "urgent" } });
    expect(s.current()).toMatchObject({ name_th: "ทางม้าลายสีซีด", sla_class: "urgent", version: 3 });
  });

  it("'save mine over it' writes the admin's values on the new version", async () => {
    const s = server();
    renderWith(<Panel />, s.fetch);
    fireEvent.change(await screen.findByLabelText("ชื่อภาษาไทย"), { target: { value: "ทางม้าลาย (แก้)" } });
    s.renameBehindOurBack();
    fireEvent.click(screen.getByRole("button", { name: "บันทึก" }));
    fireEvent.click(await screen.findByRole("button", { name: "บันทึกค่าของฉันทับ" }));
    await waitFor(() => expect(s.current().version).toBe(3));
    expect(s.patches.at(-1)).toEqual({ ifMatch: '"2"', body: { name_th: "ทางม้าลาย (แก้)" } });
  });
});
