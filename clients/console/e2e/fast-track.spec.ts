// The whole FAST TRACK path through the UI: the hotline files a faded-zebra-crossing complaint
// in Din Daeng; it reaches Din Daeng's coordinator, who coordinates in the LINE group, plans
// and records a field visit, answers the complainant publicly and resolves the case.
// Then: another district's coordinator opening it by URL sees "not found".
import { expect, test, type Page } from "@playwright/test";
import { checkScreen, expectAccessible, newPerson, screenshot, signIn, users } from "./support";

// A tag per run: every spec shares one server, and a test must find only its own case.
const tag = `ร${Date.now().toString(36)}`;
const title = `ทางม้าลายหน้าโรงเรียนสีซีดจาง มองแทบไม่เห็น ${tag}`;

async function fileComplaint(page: Page): Promise<{ caseUrl: string; caseNumber: string }> {
  await page.getByRole("navigation").getByRole("link", { name: "รับเรื่องใหม่" }).click();
  await expect(page.getByRole("heading", { name: "รับเรื่องร้องเรียนใหม่" })).toBeVisible();
  // the hotline is preselected for OMB officers
  await expect(page.getByLabel("ช่องทางที่รับเรื่อง")).toHaveValue("hotline_1676");
  await page.getByLabel("เลขอ้างอิงของช่องทาง").fill("CALL-1676-0001");
  await page.getByLabel("หัวข้อเรื่อง").fill(title);
  await page.getByLabel("รายละเอียด", { exact: true }).fill(
    "ผู้ร้องแจ้งว่าทางม้าลายหน้าโรงเรียนบนถนนประชาสงเคราะห์สีซีดจางมาก เด็กนักเรียนข้ามถนนลำบาก ขอให้ทาสีใหม่โดยเร็ว",
  );
  await page.getByLabel("ประเภทเรื่อง").selectOption({ label: "— ทางม้าลายชำรุดหรือสีซีดจาง" });
  await page.getByLabel("เขต", { exact: true }).selectOption({ label: "ดินแดง" });
  await page.getByLabel("ที่อยู่หรือจุดสังเกต").fill("หน้าโรงเรียน ถนนประชาสงเคราะห์");
  await page.getByLabel("ชื่อ-นามสกุล").fill("สมหญิง ใจดี");
  await page.getByLabel("โทรศัพท์").fill("0812345678");
  await checkScreen(page, "intake", async () => {
    await expect(page.locator("svg.district-map path")).toHaveCount(50);
  });
  // a double click files one case (the button locks, and the Idempotency-Key is one per intent)
  await page.getByRole("button", { name: "บันทึกเรื่อง" }).dblclick();
  const done = page.getByRole("heading", { name: /บันทึกเรื่องแล้ว เลขที่ FT-/ });
  await expect(done).toBeVisible();
  const caseNumber = (await done.textContent())!.match(/FT-\d{4}-\d{6}/)![0];
  await page.getByRole("link", { name: "เปิดเรื่องนี้" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(caseNumber);
  return { caseUrl: page.url(), caseNumber };
}

async function act(page: Page, action: string) {
  await page.getByRole("region", { name: "การดำเนินการ" }).getByRole("button", { name: action, exact: true }).click();
  await page.getByRole("button", { name: `ยืนยัน: ${action}` }).click();
  await expect(page.getByRole("button", { name: `ยืนยัน: ${action}` })).toHaveCount(0);
}

async function logEntry(page: Page, kind: string, fill: () => Promise<void>) {
  const form = page.getByRole("region", { name: "บันทึกการทำงาน" });
  await form.getByRole("radio", { name: kind }).check();
  await fill();
  await form.getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText("บันทึกแล้ว");
}

test("FAST TRACK: hotline intake in Din Daeng, worked to resolution by Din Daeng's coordinator", async ({ page, browser }) => {
  await signIn(page, users.omb);
  const { caseUrl, caseNumber } = await fileComplaint(page);
  // the OMB officer triages (routing proposes Din Daeng's district office) and assigns it
  await act(page, "คัดกรองเรื่อง");
  const details = page.getByRole("region", { name: "รายละเอียด" });
  await expect(details).toContainText("หน่วยงานที่ระบบเสนอ");
  await act(page, "มอบหมายหน่วยงาน");
  await expect(page.locator(".badge.status")).toHaveText("มอบหมายแล้ว");
  await expect(details).toContainText("ดินแดง");

  // exactly one case was filed for the double click
  await page.getByRole("navigation").getByRole("link", { name: "รายการเรื่อง" }).click();
  await page.getByLabel("ค้นหา").fill(tag);
  await page.getByRole("button", { name: "กรอง", exact: true }).click();
  await expect(page.getByRole("link", { name: caseNumber })).toHaveCount(1);
  await expect(page.locator("table.queue-table tbody tr")).toHaveCount(1);

  // Din Daeng's coordinator finds it in the agency queue
  const coordinator = await newPerson(browser, users.dinDaeng);
  const c = coordinator.page;
  await expect(c.getByRole("link", { name: caseNumber })).toBeVisible();
  await checkScreen(c, "queue", async () => {
    await expect(c.getByRole("link", { name: caseNumber })).toBeVisible();
  });
  await c.getByRole("link", { name: caseNumber }).click();
  await expect(c.getByRole("heading", { level: 1 })).toContainText(title);
  // the lead agency's coordinator sees the complainant's data in full, as the API returns it
  const complainant = c.getByRole("region", { name: "ผู้ร้องเรียน" });
  await expect(complainant).toContainText("0812345678");
  await expect(complainant).toContainText("สมหญิง ใจดี");

  await act(c, "เริ่มดำเนินการ");
  await expect(c.locator(".badge.status")).toHaveText("กำลังดำเนินการ");

  await logEntry(c, "การประสานงาน", async () => {
    await c.getByLabel("ช่องทางประสานงาน").selectOption("line_group");
    await c.getByLabel("ผู้ที่ประสานด้วย").fill("กลุ่ม LINE ฝ่ายโยธา เขตดินแดง");
    await c.getByLabel("ข้อความ").fill("แจ้งฝ่ายโยธาให้ตรวจสอบและทาสีทางม้าลายหน้าโรงเรียน");
  });
  await logEntry(c, "ลงพื้นที่", async () => {
    const tomorrow = new Date(Date.now() + 86400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Bangkok" });
    await c.getByLabel("วันที่นัดลงพื้นที่").fill(tomorrow);
    await c.getByLabel("ข้อความ").fill("นัดฝ่ายโยธาลงพื้นที่สำรวจ");
  });
  await logEntry(c, "ลงพื้นที่", async () => {
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Bangkok" });
    await c.getByLabel("วันที่ลงพื้นที่").fill(today);
    await c.getByLabel("ผลการลงพื้นที่").fill("สีทางม้าลายซีดจางจริง ทาสีใหม่เรียบร้อยแล้ว");
  });
  await logEntry(c, "ตอบผู้ร้องเรียน", async () => {
    await c.getByLabel("ข้อความ").fill("สำนักงานเขตดินแดงได้ทาสีทางม้าลายหน้าโรงเรียนใหม่เรียบร้อยแล้ว ขอบคุณที่แจ้งเรื่องค่ะ");
  });

  await c.getByRole("region", { name: "การดำเนินการ" }).getByRole("button", { name: "บันทึกผลการแก้ไข", exact: true }).click();
  await c.getByRole("textbox", { name: "ผลการแก้ไข" }).fill("ทาสีทางม้าลายใหม่แล้ว ตรวจสอบหน้างานเรียบร้อย");
  await c.getByRole("button", { name: "ยืนยัน: บันทึกผลการแก้ไข" }).click();
  await expect(c.locator(".badge.status")).toHaveText("แก้ไขแล้ว");

  const timeline = c.getByRole("region", { name: "ลำดับเหตุการณ์" });
  await expect(timeline.locator('li[data-kind="coordination_message"]')).toContainText("กลุ่ม LINE");
  await expect(timeline.locator('li[data-kind="field_visit"]')).toHaveCount(2);
  await expect(timeline.locator('li[data-kind="response"]')).toContainText("สาธารณะ");
  await checkScreen(c, "case", async () => {
    await expect(c.locator(".timeline li").first()).toBeVisible();
  });
  await coordinator.context.close();

  // another district's coordinator opening the case by its URL sees "not found"
  const other = await newPerson(browser, users.suanLuang);
  await other.page.goto(caseUrl);
  await expect(other.page.getByRole("heading", { name: "ไม่พบข้อมูลที่ต้องการ" })).toBeVisible();
  await expect(other.page.getByText(title)).toHaveCount(0);
  await screenshot(other.page, "case-not-found-th");
  await other.context.close();
});

test("two browsers edit the same case: the second sees the conflict dialog and recovers", async ({ page, browser }) => {
  await signIn(page, users.omb);
  const { caseUrl } = await fileComplaint(page);

  // a colleague at another desk (a second browser, the same team) has the case open too
  const second = await newPerson(browser, users.omb);
  await second.page.goto(caseUrl);
  await expect(second.page.getByRole("heading", { level: 1 })).toContainText(title);

  // the first person renames the case
  await page.getByRole("button", { name: "แก้ไขข้อมูลเรื่อง" }).click();
  await page.getByLabel("หัวข้อเรื่อง").fill("ทางม้าลายสีซีด หน้าโรงเรียน (แก้ไข)");
  await page.getByRole("form", { name: "แก้ไขข้อมูลเรื่อง" }).getByRole("button", { name: "บันทึก", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(แก้ไข)");

  // the second, on the version read before, raises the urgency
  const s = second.page;
  await s.getByRole("button", { name: "แก้ไขข้อมูลเรื่อง" }).click();
  await s.getByLabel("ความเร่งด่วน").selectOption("high");
  await s.getByRole("form", { name: "แก้ไขข้อมูลเรื่อง" }).getByRole("button", { name: "บันทึก", exact: true }).click();
  const dialog = s.getByRole("dialog", { name: "มีผู้อื่นแก้ไขเรื่องนี้ก่อน" });
  await expect(dialog).toBeVisible();
  await expectAccessible(s);
  await screenshot(s, "conflict-dialog-th");
  await dialog.getByRole("button", { name: "ทำรายการเดิมอีกครั้ง" }).click();
  await expect(dialog).toHaveCount(0);
  // both changes stand: the first's title and the second's urgency
  await expect(s.getByRole("heading", { level: 1 })).toContainText("(แก้ไข)");
  await expect(s.getByRole("region", { name: "รายละเอียด" })).toContainText("สูง");
  await second.context.close();
});
