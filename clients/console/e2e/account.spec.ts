// The platform's e-mails land on the console: an invited officer sets a password from the
// invitation link, signs in, changes the password; a forgotten password is reset by link.
import { expect, test } from "@playwright/test";
import { apiToken, checkScreen, lastEmailTo, users } from "./support";

function linkIn(email: string, page: string): string {
  const match = email.match(new RegExp(`https?://\\S+/console/${page}#token=\\S+`));
  expect(match, `a /console/${page} link in:\n${email}`).not.toBeNull();
  return match![0];
}

test("an invitation link lands on the console, which sets the password; the password is changed later", async ({ page, request, baseURL }) => {
  const email = `officer.${Date.now().toString(36)}@omb.example`;
  const admin = await apiToken(request, baseURL!, users.admin);
  const agencies = await request.get(new URL("/api/v1/agencies?q=OMB", baseURL).toString(), {
    headers: { Authorization: `Bearer ${admin}` },
  });
  const omb = ((await agencies.json()) as { items: { id: string; code: string }[] }).items.find((a) => a.code === "OMB")!;
  const created = await request.post(new URL("/api/v1/users", baseURL).toString(), {
    headers: { Authorization: `Bearer ${admin}` },
    data: { email, full_name: "สมศรี ทดสอบ", role: "omb_officer", agency_id: omb.id, language: "th" },
  });
  expect(created.status()).toBe(201);

  await expect
    .poll(async () => /\/console\/accept-invitation#token=/.test(await lastEmailTo(email).catch(() => "")), { timeout: 60_000 })
    .toBe(true);
  const link = linkIn(await lastEmailTo(email), "accept-invitation");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "ตั้งรหัสผ่านเพื่อเริ่มใช้งาน" })).toBeVisible();
  // the token leaves the address bar once read
  await expect(page).not.toHaveURL(/token=/);
  await checkScreen(page, "accept-invitation", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
  await page.getByLabel(/^รหัสผ่านใหม่/).fill("short");
  await page.getByRole("button", { name: "ตั้งรหัสผ่าน" }).click();
  await expect(page.getByRole("link", { name: "รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร" })).toBeVisible();
  await page.getByLabel(/^รหัสผ่านใหม่/).fill("first-password-2569");
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill("first-password-2569");
  await page.getByRole("button", { name: "ตั้งรหัสผ่าน" }).click();
  await expect(page.getByText("ตั้งรหัสผ่านเรียบร้อยแล้ว")).toBeVisible();

  await page.getByRole("link", { name: "เข้าสู่ระบบ" }).click();
  await page.getByLabel("อีเมล").fill(email);
  await page.getByLabel("รหัสผ่าน").fill("first-password-2569");
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByRole("heading", { name: "รายการเรื่องร้องเรียน" })).toBeVisible();

  await page.getByRole("link", { name: /สมศรี ทดสอบ/ }).click();
  await expect(page.getByRole("heading", { name: "บัญชีของฉัน" })).toBeVisible();
  await checkScreen(page, "account", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
  await page.getByLabel("รหัสผ่านปัจจุบัน").fill("first-password-2569");
  await page.getByLabel(/^รหัสผ่านใหม่/).fill("second-password-2569");
  await page.getByRole("button", { name: "บันทึก" }).click();
  await expect(page.getByRole("status")).toHaveText("บันทึกแล้ว");
  await apiToken(request, baseURL!, email, "second-password-2569");
});

test("a forgotten password is reset from the e-mailed link", async ({ page, request, baseURL }) => {
  const email = `staff.${Date.now().toString(36)}@omb.example`;
  const admin = await apiToken(request, baseURL!, users.admin);
  const created = await request.post(new URL("/api/v1/users", baseURL).toString(), {
    headers: { Authorization: `Bearer ${admin}` },
    data: { email, full_name: "Test Admin", role: "admin", language: "en" },
  });
  expect(created.status()).toBe(201);

  await page.goto("sign-in");
  await page.getByRole("link", { name: "ลืมรหัสผ่าน" }).click();
  await page.getByLabel("อีเมล").fill(email);
  await page.getByRole("button", { name: "ส่งลิงก์ทางอีเมล" }).click();
  await expect(page.getByRole("status")).toContainText("หากอีเมลนี้มีบัญชีอยู่ในระบบ");

  // The invitation (sent first) names the reset-password API too: wait for the reset link itself.
  await expect
    .poll(async () => /\/console\/reset-password#token=/.test(await lastEmailTo(email).catch(() => "")), { timeout: 60_000 })
    .toBe(true);
  await page.goto(linkIn(await lastEmailTo(email), "reset-password"));
  await expect(page.getByRole("heading", { name: "ตั้งรหัสผ่านใหม่" })).toBeVisible();
  await page.getByLabel(/^รหัสผ่านใหม่/).fill("reset-password-2569");
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill("reset-password-2569");
  await page.getByRole("button", { name: "ตั้งรหัสผ่าน" }).click();
  await expect(page.getByText("ตั้งรหัสผ่านเรียบร้อยแล้ว")).toBeVisible();
  await apiToken(request, baseURL!, email, "reset-password-2569");
});
