// The SLA board, the map and the statistics: each reads well in Thai and English, passes axe,
// and leads to the queue filtered to what was chosen.
import { expect, test } from "@playwright/test";
import { checkScreen, signIn, users } from "./support";

test("SLA board, map and statistics for an OMB officer", async ({ page }) => {
  await signIn(page, users.omb);

  await page.getByRole("navigation").getByRole("link", { name: "กระดาน SLA" }).click();
  await expect(page.getByRole("heading", { name: /กระดาน SLA/ })).toBeVisible();
  await checkScreen(page, "sla-board", async () => {
    await expect(page.locator("table caption").first()).toBeVisible();
  });

  await page.getByRole("navigation").getByRole("link", { name: "แผนที่" }).click();
  await expect(page.locator("svg.district-map path")).toHaveCount(50);
  await checkScreen(page, "map", async () => {
    await expect(page.locator("svg.district-map path")).toHaveCount(50);
  });
  // keyboard: focus Din Daeng's polygon and press Enter
  const dinDaeng = page.locator('svg.district-map path[data-code="1026"]');
  await dinDaeng.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "เขตที่เลือก: ดินแดง" })).toBeVisible();
  await page.getByRole("link", { name: "ดูรายการเรื่องของเขตนี้" }).click();
  await expect(page).toHaveURL(/queue\?.*district_code=1026/);
  await expect(page.getByLabel("เขต", { exact: true })).toHaveValue("1026");

  await page.getByRole("navigation").getByRole("link", { name: "แผนที่" }).click();
  await page.getByLabel("ข้อมูลบนแผนที่").selectOption("2");
  await expect(page.getByText(/จัดกิจกรรมแล้ว \d+ จาก 50 เขต/)).toBeVisible();

  await page.getByRole("navigation").getByRole("link", { name: "สถิติ" }).click();
  await expect(page.getByRole("heading", { name: "สถิติเรื่องร้องเรียน" })).toBeVisible();
  await expect(page.getByText("จำนวนเรื่องทั้งหมด")).toBeVisible();
  await checkScreen(page, "statistics", async () => {
    await expect(page.locator(".kpi").first()).toBeVisible();
  });
  await page.getByLabel("ช่วงเวลา", { exact: true }).selectOption("day");
  await expect(page).toHaveURL(/period=day/);
});
