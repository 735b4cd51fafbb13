// What every console browser test needs: the demo users, signing in, screenshots, axe.
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { screenshot as shot, seriousAxeViolations } from "../../shared/playwright";

export const PASSWORD = "demo-password-2569";
export const users = {
  admin: "admin@demo.fasttrack.example",
  omb: "omb@demo.fasttrack.example",
  dinDaeng: "coordinator.dindaeng@demo.fasttrack.example",
  dinDaengStaff: "staff.dindaeng@demo.fasttrack.example",
  suanLuang: "coordinator.suanluang@demo.fasttrack.example",
} as const;

export async function signIn(page: Page, email: string, lang: "th" | "en" = "th") {
  await page.goto("sign-in");
  if (lang === "en") await page.getByRole("button", { name: "English" }).click();
  await page.getByLabel(lang === "th" ? "อีเมล" : "E-mail").fill(email);
  await page.getByLabel(lang === "th" ? "รหัสผ่าน" : "Password").fill(PASSWORD);
  await page.getByRole("button", { name: lang === "th" ? "เข้าสู่ระบบ" : "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** A fresh browser context (its own sessionStorage): a second person at another desk. */
export async function newPerson(browser: Browser, email: string, lang: "th" | "en" = "th") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, lang);
  return { context, page };
}

export async function screenshot(page: Page, name: string) {
  await shot(page, "console", name);
}

export async function expectAccessible(page: Page) {
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** Open a screen, check it with axe, and photograph it in Thai and in English. */
export async function checkScreen(page: Page, name: string, ready: () => Promise<void>) {
  for (const lang of ["th", "en"] as const) {
    await page.getByRole("button", { name: lang === "th" ? "ไทย" : "English" }).first().click();
    await ready();
    await expectAccessible(page);
    await screenshot(page, `${name}-${lang}`);
  }
  await page.getByRole("button", { name: "ไทย" }).first().click();
}

/** The newest e-mail the live server wrote to its outbox for `to` (see tests/e2e/test_console.py). */
export async function lastEmailTo(to: string): Promise<string> {
  const { readdirSync, readFileSync, statSync } = await import("node:fs");
  const { join } = await import("node:path");
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error("OUTBOX_DIR is not set");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const file of files) {
    const text = decodeEmail(readFileSync(file, "utf-8"));
    if (text.includes(to)) return text;
  }
  throw new Error(`no e-mail to ${to} in ${dir}`);
}

/** Headers and the text body of an .eml, base64 or quoted-printable parts decoded. */
function decodeEmail(raw: string): string {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/Content-Transfer-Encoding:\s*base64/i.test(raw)) {
    const b64 = body.replace(/[^A-Za-z0-9+/=]/g, "");
    return head + "\n\n" + Buffer.from(b64, "base64").toString("utf-8");
  }
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(raw)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return head + "\n\n" + Buffer.from(bytes, "latin1").toString("utf-8");
  }
  return raw;
}

/** A bearer token for `email`, straight from the API (to set up data a test needs in bulk). */
export async function apiToken(request: APIRequestContext, baseURL: string, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post(new URL("/api/v1/auth/login", baseURL).toString(), {
    form: { username: email, password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Files `count` hotline cases titled "<title> <n>" through the API; their case numbers, oldest first. */
export async function fileCases(request: APIRequestContext, baseURL: string, token: string, title: string, count: number): Promise<{ id: string; case_number: string }[]> {
  const cases: { id: string; case_number: string }[] = [];
  for (let n = 1; n <= count; n++) {
    const response = await request.post(new URL("/api/v1/complaints", baseURL).toString(), {
      headers: { Authorization: `Bearer ${token}` },
      data: { title: `${title} ${n}`, description: `${title}: เรื่องที่ ${n} สำหรับทดสอบรายการยาว`, channel: "hotline_1676" },
    });
    expect(response.status(), await response.text()).toBe(201);
    cases.push((await response.json()) as { id: string; case_number: string });
  }
  return cases;
}
