// A citizen on a phone: files a complaint with a photo and a map tap, reads the tracking code,
// follows the case, rates it and asks to reopen it once staff resolved it; a wrong secret is
// refused; the district page shows the choropleth and the upcoming activities. Every screen
// passes axe and is photographed in Thai and English.
import { expect, test } from "@playwright/test";
import { checkScreen, expectAccessible, PHOTO, planActivity, resolveByStaff } from "./support";

test("the portal is served at / with a strict CSP and client-side routes", async ({ request }) => {
  const response = await request.get("/track/ABCDE-12345");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
  const api = await request.get("/api/v1/no-such-thing");
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
});

test("home page", async ({ page }) => {
  await page.goto("/");
  await checkScreen(page, "home", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
  // usable at 360 px: nothing wider than the screen
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("file, track, rate and reopen a complaint", async ({ page, request }) => {
  await page.goto("/file");
  await expect(page.getByRole("heading", { name: "ร้องเรียนเรื่องใหม่" })).toBeVisible();
  await checkScreen(page, "file", async () => {
    await expect(page.locator("svg.district-map path")).toHaveCount(50);
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Sending an empty form lists what is missing, each linked to its field.
  await page.getByRole("button", { name: "ส่งเรื่องร้องเรียน" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "โปรดแก้ไขข้อมูลต่อไปนี้" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "โปรดกรอกหัวข้อ" })).toBeVisible();
  await expectAccessible(page);

  await page.getByText("ไฟฟ้าส่องสว่าง", { exact: true }).click();
  await page.getByLabel("หัวข้อสั้น ๆ").fill("ไฟถนนดับทั้งซอย");
  await page.getByLabel("รายละเอียด", { exact: true }).fill("ไฟถนนในซอยประชาสงเคราะห์ 15 ดับมาสามคืนแล้ว มืดและอันตราย");
  await page.getByLabel("รูปถ่าย (ไม่บังคับ สูงสุด 3 รูป)").setInputFiles({ name: "street.png", mimeType: "image/png", buffer: PHOTO });
  await expect(page.getByText(/^street\.jpg \(/)).toBeVisible(); // resized to a JPEG in the browser
  await page.locator('svg.district-map path[data-code="1026"]').tap();
  await expect(page.getByRole("status").filter({ hasText: "ตำแหน่งอยู่ใน เขต" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "เรื่องคล้ายกันที่มีผู้แจ้งไว้แล้วในบริเวณนี้" })).toBeVisible();
  await page.getByLabel("เบอร์โทรศัพท์").fill("0812345678");
  await page.getByLabel("ข้าพเจ้าได้อ่านและยินยอมตามประกาศการคุ้มครองข้อมูลส่วนบุคคลข้างต้น").check();
  await page.getByRole("button", { name: "ส่งเรื่องร้องเรียน" }).click();

  const code = (await page.getByTestId("tracking-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  const secret = (await page.getByTestId("complainant-secret").textContent())!.trim();
  expect(secret).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(page.getByText("สายด่วนผู้ตรวจการแผ่นดิน 1676").first()).toBeVisible();
  await expect(page.getByText("OMB FAST TRACK BMA").first()).toBeVisible();
  await expect(page.getByText("แนบรูปแล้ว 1 รูป")).toBeVisible();
  await checkScreen(page, "filed", async () => {
    await expect(page.getByTestId("tracking-code")).toHaveText(code);
  });

  await page.getByRole("link", { name: "ติดตามเรื่องนี้" }).click();
  await expect(page.getByTestId("status")).toHaveText("รับเรื่องแล้ว");
  await expect(page.getByRole("img", { name: "รูปที่ 1" })).toBeVisible();
  await checkScreen(page, "track", async () => {
    await expect(page.getByTestId("status")).toBeVisible();
  });

  await resolveByStaff(request, code);
  await page.reload();
  await expect(page.getByTestId("status")).toHaveText("ดำเนินการแก้ไขแล้ว");
  await expect(page.getByRole("heading", { name: "ประเมินความพึงพอใจ" })).toBeVisible();
  await checkScreen(page, "rate-and-reopen", async () => {
    await expect(page.locator("#rate-title")).toBeVisible();
  });

  // A wrong secret is refused with the API's words.
  await page.getByRole("radio", { name: "4 คะแนน" }).check();
  await page.getByLabel("ความคิดเห็นเพิ่มเติม (ไม่บังคับ)").fill("แก้ไขเร็ว ขอบคุณครับ");
  await page.locator("#secret").fill("AAAA-BBBB-CCCC-DDDD");
  await page.getByRole("button", { name: "ส่งการประเมิน" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "รหัสติดตามหรือรหัสลับไม่ถูกต้อง" })).toBeVisible();
  await expectAccessible(page);

  await page.locator("#secret").fill(secret.toLowerCase());
  await page.getByRole("button", { name: "ส่งการประเมิน" }).click();
  await expect(page.getByText("เรื่องนี้ได้รับการประเมินแล้ว ขอบคุณที่ร่วมประเมิน")).toBeVisible();

  await page.getByLabel("เหตุผลที่ขอเปิดเรื่อง").fill("ไฟดับอีกครั้งตั้งแต่เมื่อคืน");
  await page.locator("#reopen-secret").fill(secret);
  await page.getByRole("button", { name: "ขอเปิดเรื่องอีกครั้ง" }).click();
  await expect(page.getByText("เปิดเรื่องอีกครั้งแล้ว หน่วยงานจะดำเนินการต่อ")).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("อยู่ระหว่างดำเนินการ");
  await expectAccessible(page);
});

test("my district: choropleth, figures and upcoming activities", async ({ page, request }) => {
  await planActivity(request, "หน่วยเคลื่อนที่ให้คำปรึกษากฎหมายฟรี เขตดินแดง");
  await page.goto("/district");
  await expect(page.getByTestId("choropleth").locator("path")).toHaveCount(50);
  await page.getByLabel("เลือกเขต").selectOption("1026");
  await expect(page.getByRole("heading", { name: "สถิติของเขตดินแดง" })).toBeVisible();
  await expect(page.getByTestId("activities")).toContainText("หน่วยเคลื่อนที่ให้คำปรึกษากฎหมายฟรี เขตดินแดง");
  const feed = page.getByRole("link", { name: "ติดตามปฏิทินกิจกรรม (.ics)" });
  await expect(feed).toHaveAttribute("href", /activities\.ics\?district_code=1026/);
  await checkScreen(page, "district", async () => {
    await expect(page.getByTestId("choropleth")).toBeVisible();
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("track: an unknown code is explained", async ({ page }) => {
  await page.goto("/track");
  await page.getByLabel("รหัสติดตาม").fill("ZZZZZ-ZZZZZ");
  await page.getByRole("button", { name: "ดูสถานะ" }).click();
  await expect(page.getByRole("alert")).toContainText("ไม่พบเรื่องร้องเรียนตามรหัสติดตามนี้");
  await checkScreen(page, "track-unknown", async () => {
    await expect(page.getByRole("alert")).toBeVisible();
  });
});

test.describe("a phone outside Bangkok", () => {
  test.use({ geolocation: { latitude: 18.7883, longitude: 98.9853 }, permissions: ["geolocation"] });

  test("'use my location' explains whom to contact instead", async ({ page }) => {
    await page.goto("/file");
    await page.getByRole("button", { name: "ใช้ตำแหน่งปัจจุบันของฉัน" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "นอกกรุงเทพมหานคร" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("1676");
    await expectAccessible(page);
  });
});
