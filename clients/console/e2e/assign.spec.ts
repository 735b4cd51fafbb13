// A coordinator names who works a case: the picker lists the staff of the case's agency (the
// API lists them to that agency's coordinator only); the staff member then finds it in "mine".
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, checkScreen, fileCases, newPerson, signIn, users } from "./support";

async function call(request: APIRequestContext, baseURL: string, token: string, path: string, init: { method?: string; data?: unknown; etag?: string } = {}) {
  const response = await request.fetch(new URL(path, baseURL).toString(), {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${token}`, ...(init.etag ? { "If-Match": init.etag } : {}) },
    data: init.data,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return { body: (await response.json()) as Record<string, unknown> & { items?: { id: string; code: string }[] }, etag: response.headers()["etag"] ?? "" };
}

test("Din Daeng's coordinator assigns a case to a staff member, who finds it in their own queue", async ({ page, browser, request, baseURL }) => {
  const base = baseURL!;
  const title = `ไฟส่องสว่างดับ ${Date.now().toString(36)}`;
  // the OMB officer files the case and sends it to Din Daeng's district office
  const omb = await apiToken(request, base, users.omb);
  const [filed] = await fileCases(request, base, omb, title, 1);
  const dinDaeng = (await call(request, base, omb, "/api/v1/agencies?q=1026")).body.items!.find((a) => a.code === "1026")!;
  const path = `/api/v1/complaints/${filed!.id}`;
  let { etag } = await call(request, base, omb, path);
  ({ etag } = await call(request, base, omb, `${path}/transitions`, { method: "POST", data: { action: "triage" }, etag }));
  await call(request, base, omb, `${path}/transitions`, { method: "POST", data: { action: "assign", agency_id: dinDaeng.id }, etag });

  await signIn(page, users.dinDaeng);
  await page.goto(`cases/${filed!.id}`);
  const details = page.getByRole("region", { name: "รายละเอียด" });
  await expect(details.getByTestId("assignee")).toHaveText("ยังไม่ได้มอบหมาย");
  await page.getByRole("region", { name: "การดำเนินการ" }).getByRole("button", { name: "เริ่มดำเนินการ", exact: true }).click();
  const picker = page.getByLabel(/เจ้าหน้าที่ผู้รับผิดชอบ/);
  await expect(picker.locator("option", { hasText: "เจ้าหน้าที่เขตดินแดง (สาธิต)" })).toHaveCount(1);
  // only Din Daeng's people are offered
  await expect(picker.locator("option", { hasText: "สวนหลวง" })).toHaveCount(0);
  const staffOption = await picker.locator("option", { hasText: "เจ้าหน้าที่เขตดินแดง (สาธิต)" }).textContent();
  await picker.selectOption({ label: staffOption! });
  await checkScreen(page, "case-assign", async () => {
    await expect(page.locator("#act-assignee_id")).toBeVisible();
  });
  await page.getByRole("button", { name: "ยืนยัน: เริ่มดำเนินการ" }).click();
  await expect(page.locator(".badge.status")).toHaveText("กำลังดำเนินการ");
  await expect(details.getByTestId("assignee")).toHaveText("เจ้าหน้าที่เขตดินแดง (สาธิต)");

  // the staff member sees it in "my cases", and themself as the assignee
  const staff = await newPerson(browser, users.dinDaengStaff);
  const s = staff.page;
  await expect(s.getByLabel("ขอบเขต")).toHaveValue("mine");
  await expect(s.getByRole("link", { name: filed!.case_number })).toBeVisible();
  await s.getByRole("link", { name: filed!.case_number }).click();
  await expect(s.getByTestId("assignee")).toContainText("(ท่าน)");
  await staff.context.close();
});
