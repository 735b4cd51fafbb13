// The directory and the SLA settings an admin keeps: categories (an SLA class changed and
// seen in the list; a stale edit shows the conflict plainly), agencies, coordinators, SLA
// policies, closure days and the privacy notice — each screen in Thai and English, with axe.
import { expect, test, type Page } from "@playwright/test";
import { checkScreen, expectAccessible, newPerson, screenshot, signIn, users } from "./support";

const MARKINGS = "เครื่องหมายจราจรบนพื้นทางชำรุดหรือซีดจาง";

async function openCategory(page: Page) {
  await page.goto("admin/categories");
  await page.getByRole("button", { name: `แก้ไข ${MARKINGS}`, exact: true }).click();
  const form = page.getByRole("form", { name: `แก้ไขประเภทเรื่อง: ${MARKINGS}` });
  await expect(form.getByLabel("ระดับ SLA")).toHaveValue("standard");
  return form;
}

test("an admin changes a category's SLA class and sees it in the list", async ({ page }) => {
  await signIn(page, users.admin);
  await page.getByRole("navigation", { name: "เมนูหลัก" }).getByRole("link", { name: "ผู้ดูแลระบบ" }).click();
  await page.getByRole("link", { name: "ประเภทเรื่อง", exact: true }).click();
  const row = page.locator('tr[data-service-code="roads.road_markings"]');
  await expect(row.locator(".sla-class")).toHaveText("standard");

  const form = await openCategory(page);
  await form.getByLabel("ระดับ SLA").selectOption("urgent_24x7");
  await checkScreen(page, "admin-category-edit", async () => {
    await expect(page.locator("#category-edit-sla_class")).toHaveValue("urgent_24x7");
  });
  await form.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(row.locator(".sla-class")).toHaveText("urgent_24x7");
  await checkScreen(page, "admin-categories", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });

  // back as it was: the other specs file cases of this category
  await page.getByRole("button", { name: `แก้ไข ${MARKINGS}`, exact: true }).click();
  const back = page.getByRole("form", { name: `แก้ไขประเภทเรื่อง: ${MARKINGS}` });
  await expect(back.getByLabel("ระดับ SLA")).toHaveValue("urgent_24x7");
  await back.getByLabel("ระดับ SLA").selectOption("standard");
  await back.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(row.locator(".sla-class")).toHaveText("standard");
});

test("two admins edit the same category: the second sees the conflict and keeps their change", async ({ page, browser }) => {
  await signIn(page, users.admin);
  const mine = await openCategory(page);

  const other = await newPerson(browser, users.admin);
  const theirs = await openCategory(other.page);
  await theirs.getByLabel("ชื่อภาษาอังกฤษ").fill("Road markings faded, damaged or missing");
  await theirs.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(theirs).toHaveCount(0);
  await other.context.close();

  await mine.getByLabel("ระดับ SLA").selectOption("urgent_24x7");
  await mine.getByRole("button", { name: "บันทึก", exact: true }).click();
  const alert = mine.getByRole("alert");
  await expect(alert).toContainText("มีผู้อื่นแก้ไขรายการนี้ก่อนท่าน");
  await expectAccessible(page);
  await screenshot(page, "admin-conflict-th");
  // the other admin's English name was loaded; my SLA class is still in the form
  await expect(mine.getByLabel("ชื่อภาษาอังกฤษ")).toHaveValue("Road markings faded or damaged");
  await mine.getByRole("button", { name: "ใช้ข้อมูลล่าสุด" }).click();
  await expect(mine.getByLabel("ชื่อภาษาอังกฤษ")).toHaveValue("Road markings faded, damaged or missing");
  await mine.getByLabel("ระดับ SLA").selectOption("urgent_24x7");
  await mine.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(mine).toHaveCount(0);
  const row = page.locator('tr[data-service-code="roads.road_markings"]');
  await expect(row.locator(".sla-class")).toHaveText("urgent_24x7");

  // put both back
  await page.getByRole("button", { name: `แก้ไข ${MARKINGS}`, exact: true }).click();
  const form = page.getByRole("form", { name: `แก้ไขประเภทเรื่อง: ${MARKINGS}` });
  await form.getByLabel("ชื่อภาษาอังกฤษ").fill("Road markings faded or damaged");
  await form.getByLabel("ระดับ SLA").selectOption("standard");
  await form.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(row.locator(".sla-class")).toHaveText("standard");
});

test("agencies, coordinators, SLA policies, closure days and the privacy notice", async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto("admin/agencies");
  await expect(page.getByRole("heading", { name: "เพิ่มหน่วยงาน" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "1026", exact: true })).toBeVisible();
  await checkScreen(page, "admin-agencies", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });
  // an agency's phone changes (If-Match under the hood)
  const row = page.locator("tr", { has: page.getByRole("cell", { name: "1026", exact: true }) });
  await row.getByRole("button", { name: /^แก้ไข / }).click();
  const phone = `02${Date.now().toString().slice(-7)}`;
  await page.getByLabel("โทรศัพท์ (ไม่บังคับ)").fill(phone);
  await page.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(row).toContainText(phone);

  await page.getByRole("link", { name: "ผู้ประสานงาน", exact: true }).click();
  const agency = await page.locator("#co-agency option", { hasText: "(1026)" }).first().textContent();
  await page.getByLabel("หน่วยงาน", { exact: true }).selectOption({ label: agency! });
  await expect(page.getByRole("cell", { name: /ผู้ประสานงานหลัก/ }).first()).toBeVisible();
  await checkScreen(page, "admin-coordinators", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });

  await page.getByRole("link", { name: "ระยะเวลาดำเนินการ (SLA)" }).click();
  await expect(page.locator('tr[data-sla-class="standard"]')).toBeVisible();
  await page.getByRole("button", { name: "แก้ไข standard" }).click();
  await expect(page.getByRole("heading", { name: "แก้ไขระดับ SLA: standard" })).toBeVisible();
  await checkScreen(page, "admin-sla", async () => {
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  });
  await page.getByRole("button", { name: "ยกเลิก" }).click();

  await page.getByRole("link", { name: "วันหยุดพิเศษ" }).click();
  await page.getByLabel("วันที่", { exact: true }).fill("2099-12-30");
  await page.getByLabel("เหตุผล", { exact: true }).fill("วันหยุดพิเศษตามมติคณะรัฐมนตรี (ทดสอบ)");
  await page.getByRole("button", { name: "เพิ่มวันหยุด" }).click();
  await expect(page.getByRole("cell", { name: "วันหยุดพิเศษตามมติคณะรัฐมนตรี (ทดสอบ)" })).toBeVisible();
  await checkScreen(page, "admin-closure-days", async () => {
    await expect(page.locator("table caption")).toBeVisible();
  });
  await page.getByRole("button", { name: /^ลบ / }).last().click();
  await expect(page.getByRole("cell", { name: "วันหยุดพิเศษตามมติคณะรัฐมนตรี (ทดสอบ)" })).toHaveCount(0);

  await page.getByRole("link", { name: "ประกาศความเป็นส่วนตัว" }).click();
  await expect(page.getByRole("heading", { name: "ประกาศความเป็นส่วนตัวที่ใช้อยู่" })).toBeVisible();
  await expect(page.getByTestId("notice-version")).not.toBeEmpty();
  await checkScreen(page, "admin-privacy", async () => {
    await expect(page.getByTestId("notice-version")).toBeVisible();
  });
});
