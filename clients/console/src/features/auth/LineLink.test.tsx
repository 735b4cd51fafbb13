import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { json, ME, renderWith } from "../../test/render";
import LineLink from "./LineLink";

const PREFS = {
  case_arrived: true,
  case_assigned_to_you: true,
  omb_attention: true,
  sla_due_soon: true,
  notify_via: "email",
};

/** The account's LINE endpoints, recording what the page asked for. */
function server() {
  const calls: { method: string; path: string; body: unknown }[] = [];
  let prefs = { ...PREFS };
  const fetch = async (request: Request) => {
    const path = new URL(request.url).pathname;
    const body = request.method === "PATCH" ? await request.json() : null;
    calls.push({ method: request.method, path, body });
    if (path === "/api/v1/users/me/line-link" && request.method === "POST") {
      return json({ code: "042137", expires_at: "2026-11-29T10:10:00Z", command: "link 042137", command_th: "เชื่อม 042137" }, { status: 201 });
    }
    if (path === "/api/v1/users/me/line-link" && request.method === "DELETE") return new Response(null, { status: 204 });
    if (path === "/api/v1/users/me/notification-preferences") {
      if (request.method === "PATCH") prefs = { ...prefs, ...(body as object) };
      return json(prefs);
    }
    return json({ status: 404, title: "not found" }, { status: 404 });
  };
  return { fetch, calls };
}

describe("LineLink", () => {
  afterEach(cleanup);

  it("shows a one-time code to type into the chat", async () => {
    const { fetch, calls } = server();
    renderWith(<LineLink />, fetch);
    fireEvent.click(screen.getByRole("button", { name: "เชื่อม LINE" }));
    expect(await screen.findByText("เชื่อม 042137")).toBeTruthy();
    expect(screen.getByRole("button", { name: "ขอรหัสใหม่" })).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/v1/users/me/line-link"]);
  });

  it("lets a linked user choose where notifications go, and unlink", async () => {
    const { fetch, calls } = server();
    renderWith(<LineLink />, fetch, { ...ME, line_linked_at: "2026-11-29T09:00:00Z" });
    const line = await screen.findByRole("radio", { name: "LINE" });
    await waitFor(() => expect((screen.getByRole("radio", { name: "อีเมล" }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(line);
    await waitFor(() => expect((screen.getByRole("radio", { name: "LINE" }) as HTMLInputElement).checked).toBe(true));
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ notify_via: "line" });
    fireEvent.click(screen.getByRole("button", { name: "ยกเลิกการเชื่อม LINE" }));
    await waitFor(() => expect(calls.some((c) => c.method === "DELETE")).toBe(true));
  });
});
