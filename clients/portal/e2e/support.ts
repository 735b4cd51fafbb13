// What every portal browser test needs: screenshots in Thai and English, axe, staff via the API.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { screenshot as shot, seriousAxeViolations } from "../../shared/playwright";

export const PASSWORD = "demo-password-2569";
export const OMB = "omb@demo.fasttrack.example";

export async function expectAccessible(page: Page) {
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** Check a screen with axe and photograph it in Thai and in English; back to Thai after. */
export async function checkScreen(page: Page, name: string, ready: () => Promise<void>) {
  for (const lang of ["th", "en"] as const) {
    await page.getByRole("button", { name: lang === "th" ? "ไทย" : "English" }).first().click();
    await ready();
    await expectAccessible(page);
    await shot(page, "portal", `${name}-${lang}`);
  }
  await page.getByRole("button", { name: "ไทย" }).first().click();
}

/** An OMB officer's bearer token (the demo users are seeded by the test server). */
export async function staffToken(request: APIRequestContext): Promise<string> {
  const r = await request.post("/api/v1/auth/login", { form: { username: OMB, password: PASSWORD } });
  expect(r.ok(), await r.text()).toBeTruthy();
  return (await r.json()).access_token as string;
}

async function transition(request: APIRequestContext, token: string, id: string, body: object) {
  const headers = { Authorization: `Bearer ${token}` };
  const current = await request.get(`/api/v1/complaints/${id}`, { headers });
  const r = await request.post(`/api/v1/complaints/${id}/transitions`, {
    headers: { ...headers, "If-Match": current.headers()["etag"]! },
    data: body,
  });
  expect(r.ok(), await r.text()).toBeTruthy();
}

/** What staff do in the console, through the API: triage, assign as proposed, start, resolve. */
export async function resolveByStaff(request: APIRequestContext, trackingCode: string) {
  const token = await staffToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/complaints?limit=100", { headers });
  const item = (await list.json()).items.find((c: { tracking_code: string }) => c.tracking_code === trackingCode);
  expect(item, `case ${trackingCode} visible to staff`).toBeTruthy();
  await transition(request, token, item.id, { action: "triage" });
  await transition(request, token, item.id, { action: "assign" });
  await transition(request, token, item.id, { action: "start" });
  await transition(request, token, item.id, { action: "resolve", resolution: "ซ่อมแซมเรียบร้อยแล้ว" });
}

/** An upcoming mobile unit in Din Daeng, planned by staff through the API. */
export async function planActivity(request: APIRequestContext, title: string) {
  const token = await staffToken(request);
  const start = new Date(Date.now() + 5 * 86_400_000);
  const r = await request.post("/api/v1/activities", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      type: "mobile_unit",
      title,
      district_codes: ["1026"],
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
      venue: "ลานหน้าสำนักงานเขตดินแดง",
    },
  });
  expect(r.ok(), await r.text()).toBeTruthy();
}

/** A small PNG photo (64x48), as a phone would pick it. */
export const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAU0lEQVR4nO3PQQ3AIADAQEANEpGIrIngcVnSU9DOe/b4s6UDXjWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaB90dcByNnTplMAAAAASUVORK5CYII=",
  "base64",
);
