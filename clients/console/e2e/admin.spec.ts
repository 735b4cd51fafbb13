// An admin adds a routing rule, previews it, and the next case follows it; the admin screens
// read well in Thai and English and pass axe.
import { expect, test, type Page } from "@playwright/test";
import { checkScreen, newPerson, signIn, users } from "./support";

async function selectByText(page: Page, selector: string, text: string) {
  const label = await page.locator(`${selector} option`, { hasText: text }).first().textContent();
  await page.locator(selector).selectOption({ label: label! });
}

test("a new routing rule is previewed, and the next case follows it", async ({ page, browser }) => {
  await signIn(page, users.admin);
  await page.getByRole("navigation", { name: "เมนูหลัก" }).getByRole("link", { name: "ผู้ดูแลระบบ" }).click();
  await expect(page.getByRole("heading", { name: "เพิ่มกฎการส่งต่อเรื่อง" })).toBeVisible();

  await page.getByLabel("ประเภทเรื่อง").selectOption({ label: "ทางม้าลายชำรุดหรือสีซีดจาง" });
  await page.getByLabel("เขต").selectOption({ label: "สวนหลวง" });
  // before the rule: the district office
  await page.getByRole("button", { name: "ทดลองดูผลการส่งต่อ" }).click();
  await expect(page.getByRole("status", { name: "ผลการทดลองส่งต่อ" })).toContainText("สวนหลวง");

  await page.getByLabel("ส่งเรื่องไปที่").selectOption("agency");
  await selectByText(page, "#rule-agency", "(DDS)");
  const dds = (await page.locator("#rule-agency option:checked").textContent())!.replace(/\s*\(DDS\)$/, "");
  await page.getByRole("button", { name: "เพิ่มกฎ" }).click();
  await expect(page.getByText("เพิ่มกฎแล้ว")).toBeVisible();
  await page.getByRole("button", { name: "ทดลองดูผลการส่งต่อ" }).click();
  await expect(page.getByRole("status", { name: "ผลการทดลองส่งต่อ" })).toContainText(dds);
  await checkScreen(page, "admin-routing", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });

  // the next zebra-crossing case in Suan Luang is proposed to that agency
  const officer = await newPerson(browser, users.omb);
  const o = officer.page;
  await o.getByRole("navigation").getByRole("link", { name: "รับเรื่องใหม่" }).click();
  await o.getByLabel("หัวข้อเรื่อง").fill(`ทางม้าลายซีดหน้าตลาด ${Date.now().toString(36)}`);
  await o.getByLabel("รายละเอียด", { exact: true }).fill("ทางม้าลายหน้าตลาดสีซีดจาง");
  await o.getByLabel("ประเภทเรื่อง").selectOption({ label: "— ทางม้าลายชำรุดหรือสีซีดจาง" });
  await o.getByLabel("เขต", { exact: true }).selectOption({ label: "สวนหลวง" });
  await o.getByRole("button", { name: "บันทึกเรื่อง" }).click();
  await o.getByRole("link", { name: "เปิดเรื่องนี้" }).click();
  await o.getByRole("region", { name: "การดำเนินการ" }).getByRole("button", { name: "คัดกรองเรื่อง", exact: true }).click();
  await o.getByRole("button", { name: "ยืนยัน: คัดกรองเรื่อง" }).click();
  await expect(o.getByRole("region", { name: "รายละเอียด" })).toContainText(`หน่วยงานที่ระบบเสนอ${dds}`);
  await officer.context.close();

  // the rule goes away again (the other tests route by the seeded rules)
  await page.getByRole("button", { name: /ลบ ทางม้าลายชำรุดหรือสีซีดจาง 1034/ }).click();
  await expect(page.getByRole("button", { name: /ลบ ทางม้าลายชำรุดหรือสีซีดจาง 1034/ })).toHaveCount(0);
});

test("admin screens: users, API clients (secret shown once), audit log", async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto("admin/users");
  await expect(page.getByRole("heading", { name: "เชิญผู้ใช้งานใหม่" })).toBeVisible();
  await checkScreen(page, "admin-users", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });
  await page.getByRole("link", { name: "ระบบภาคี (API)" }).click();
  await page.getByLabel("ชื่อระบบ").fill(`ระบบทดสอบ ${Date.now().toString(36)}`);
  await selectByText(page, "#c-agency", "(1026)");
  await page.getByRole("button", { name: "สร้างรหัสเข้าใช้" }).click();
  await expect(page.getByText("คัดลอกรหัสลับนี้เก็บไว้ ระบบจะแสดงเพียงครั้งเดียว")).toBeVisible();
  await expect(page.getByText(/client_secret:/)).toBeVisible();
  await checkScreen(page, "admin-api-clients", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });
  await page.getByRole("button", { name: "เก็บรหัสแล้ว" }).click();
  await expect(page.getByText(/client_secret:/)).toHaveCount(0);
  await page.getByRole("link", { name: "บันทึกการแก้ไขระบบ" }).click();
  await expect(page.getByText("api_client.create").first()).toBeVisible();
  await checkScreen(page, "admin-audit", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });
});
