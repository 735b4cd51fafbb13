// Browser tests of the portal on a phone against a live API (tests/e2e/test_portal.py starts
// one per database and passes its address in PORTAL_BASE_URL).
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../shared/playwright";

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../../var/playwright/portal",
  use: {
    baseURL: process.env.PORTAL_BASE_URL ?? "http://127.0.0.1:8000/",
    launchOptions: chromiumLaunchOptions,
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
    // A small phone: everything must work at 360 px.
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    screenshot: "only-on-failure",
    trace: "off",
  },
});
