// Files on a case: an upload shows the attachment (with its preview) in the case's files.
import { expect, test } from "@playwright/test";
import { apiToken, checkScreen, fileCases, signIn, users } from "./support";

// A 96x64 PNG of zebra stripes: small, but a real image the API decodes and strips of metadata.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAAc0lEQVR42u3QMQ0AAAgEMYTh3xE7Fn4kpCfghtYEddDXTwECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIECAAAECBAgQIED3Pgv6VeZ3P5c8CAAAAABJRU5ErkJggg==",
  "base64",
);

test("an uploaded photo shows in the case's files with its preview", async ({ page, request, baseURL }) => {
  const token = await apiToken(request, baseURL!, users.omb);
  const [filed] = await fileCases(request, baseURL!, token, `ไฟล์แนบ${Date.now().toString(36)}`, 1);

  await signIn(page, users.omb);
  await page.goto(`cases/${filed!.id}`);
  const files = page.getByRole("region", { name: "ไฟล์แนบ" });
  await expect(files).toContainText("ยังไม่มีไฟล์แนบ");
  await files.getByLabel(/แนบไฟล์/).setInputFiles({ name: "ทางม้าลาย-หน้าโรงเรียน.png", mimeType: "image/png", buffer: PNG });
  await expect(files.getByRole("button", { name: "ทางม้าลาย-หน้าโรงเรียน.png" })).toBeVisible();
  await expect(files.getByRole("img", { name: "ทางม้าลาย-หน้าโรงเรียน.png" })).toBeVisible();
  await expect(files).toContainText("ภายใน");
  await expect(files).not.toContainText("ยังไม่มีไฟล์แนบ");
  await checkScreen(page, "case-attachment", async () => {
    await expect(page.locator("ul.files img")).toBeVisible();
  });
});
