// The queue's keyset paging and its windowing: "load more" appends the next page, and a long
// list keeps only the rows near the viewport in the page while counting every case.
import { expect, test } from "@playwright/test";
import { apiToken, checkScreen, fileCases, signIn, users } from "./support";

test("load more appends the next page; a long queue is windowed and scrolls to its last case", async ({ page, request, baseURL }) => {
  const tag = `คิวยาว${Date.now().toString(36)}`;
  const token = await apiToken(request, baseURL!, users.omb);
  const cases = await fileCases(request, baseURL!, token, tag, 55);

  await signIn(page, users.omb);
  await page.getByLabel("ค้นหา").fill(tag);
  await page.getByRole("button", { name: "กรอง", exact: true }).click();
  const rows = page.locator("table.queue-table tbody tr[data-row]");
  // newest first, 25 a page
  await expect(page.getByText("แสดง 25 เรื่อง")).toBeVisible();
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(cases[54]!.case_number);
  await expect(page.getByRole("link", { name: cases[29]!.case_number })).toHaveCount(0);

  await page.getByRole("button", { name: "แสดงเพิ่มเติม" }).click();
  await expect(page.getByText("แสดง 50 เรื่อง")).toBeVisible();
  // the next page, appended after the first (not replacing it)
  await expect(page.locator("table.queue-table tbody tr[data-row]", { hasText: cases[29]!.case_number })).toHaveCount(1);
  await expect(page.locator("table.queue-table")).toHaveAttribute("aria-rowcount", "51");

  await page.getByRole("button", { name: "แสดงเพิ่มเติม" }).click();
  await expect(page.getByText("แสดง 55 เรื่อง")).toBeVisible();
  await expect(page.getByRole("button", { name: "แสดงเพิ่มเติม" })).toHaveCount(0);
  // windowed: fewer rows in the page than cases listed, the oldest not yet rendered at the top
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator("table.queue-table")).toHaveClass(/windowed/);
  expect(await rows.count()).toBeLessThan(55);
  await expect(page.getByRole("link", { name: cases[0]!.case_number })).toHaveCount(0);
  // scrolled to the bottom, the oldest case is there
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("link", { name: cases[0]!.case_number })).toBeVisible();
  await checkScreen(page, "queue-long", async () => {
    await expect(page.locator("table.queue-table")).toHaveClass(/windowed/);
  });
});
