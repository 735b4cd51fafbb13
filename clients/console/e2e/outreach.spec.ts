// Outreach: an OMB officer plans a mobile unit, postpones it with a reason, then cancels it;
// the screen reads well in Thai and English and passes axe.
import { expect, test } from "@playwright/test";
import { checkScreen, signIn, users } from "./support";

test("plan, postpone and cancel an outreach activity", async ({ page }) => {
  await signIn(page, users.omb);
  await page.getByRole("navigation").getByRole("link", { name: "กิจกรรมเชิงรุก" }).click();
  await expect(page.getByRole("heading", { name: /กิจกรรมเชิงรุกตาม MOU/ })).toBeVisible();
  await checkScreen(page, "outreach", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  const title = `หน่วยเคลื่อนที่ให้คำปรึกษากฎหมาย ${Date.now().toString(36)}`;
  const inTenDays = new Date(Date.now() + 10 * 86400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Bangkok" });
  const inTwentyDays = new Date(Date.now() + 20 * 86400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Bangkok" });
  await page.getByText("วางแผนกิจกรรมใหม่").click();
  await page.getByLabel("ชื่อกิจกรรม").fill(title);
  await page.getByLabel("เขต", { exact: true }).selectOption({ label: "ดินแดง" });
  await page.getByLabel("สถานที่").fill("ลานหน้าสำนักงานเขตดินแดง");
  await page.getByLabel("วันที่จัด").fill(inTenDays);
  await page.getByRole("button", { name: "บันทึกแผนกิจกรรม" }).click();
  await expect(page.getByText("บันทึกแล้ว")).toBeVisible();

  const card = page.getByRole("article", { name: title });
  const status = card.locator("[data-status]");
  await expect(status).toHaveText("วางแผนแล้ว");
  await card.getByRole("button", { name: "เลื่อนกิจกรรม" }).click();
  await card.getByLabel("วันที่จัดใหม่").fill(inTwentyDays);
  await card.getByLabel("เหตุผล").fill("ฝนตกหนัก");
  await card.getByRole("button", { name: "ยืนยัน: เลื่อนกิจกรรม" }).click();
  await expect(status).toHaveText("เลื่อน");

  await card.getByRole("button", { name: "ยกเลิกกิจกรรม" }).click();
  await card.getByLabel("เหตุผล").fill("ไม่มีงบประมาณ");
  await card.getByRole("button", { name: "ยืนยัน: ยกเลิกกิจกรรม" }).click();
  await expect(status).toHaveText("ยกเลิก");
  await expect(card.getByRole("button", { name: "ยกเลิกกิจกรรม" })).toHaveCount(0);
});
