// Each role signs in and sees only what the API allows; sign-out revokes the session.
import { expect, test } from "@playwright/test";
import { checkScreen, signIn, users } from "./support";

test("the console is served as UTF-8 with a strict CSP and falls back to index.html", async ({ request, baseURL }) => {
  const response = await request.get(new URL("queue/deep/link", baseURL).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
  expect(await response.text()).toContain('<div id="root">');
});

test("sign-in page reads well in Thai and English", async ({ page }) => {
  await page.goto("sign-in");
  await checkScreen(page, "sign-in", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test("a wrong password is refused with the API's words", async ({ page }) => {
  await page.goto("sign-in");
  await page.getByLabel("อีเมล").fill(users.omb);
  await page.getByLabel("รหัสผ่าน").fill("not-the-password");
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/sign-in/);
});

test("an agency user has no admin menu; an admin has it", async ({ page }) => {
  await signIn(page, users.dinDaeng);
  await expect(page.getByRole("navigation").getByRole("link", { name: "รายการเรื่อง" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "ผู้ดูแลระบบ" })).toHaveCount(0);
  await checkScreen(page, "queue-coordinator", async () => {
    await expect(page.locator("table.queue-table, p.panel").first()).toBeVisible();
  });
  await page.getByRole("button", { name: "ออกจากระบบ" }).click();
  await expect(page).toHaveURL(/sign-in/);
  // the token is gone from the session: a reload stays signed out
  expect(await page.evaluate(() => sessionStorage.getItem("fasttrack.console.token"))).toBeNull();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain("token");

  await signIn(page, users.admin);
  await expect(page.getByRole("navigation").getByRole("link", { name: "ผู้ดูแลระบบ" })).toBeVisible();
});
