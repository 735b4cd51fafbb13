// Browser tests of the console against a live API (tests/e2e/test_console.py starts one per
// database and passes its address in CONSOLE_BASE_URL).
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../shared/playwright";

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../../var/playwright/console",
  use: {
    baseURL: process.env.CONSOLE_BASE_URL ?? "http://127.0.0.1:8000/console/",
    launchOptions: chromiumLaunchOptions,
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
    viewport: { width: 1280, height: 900 },
    screenshot: "only-on-failure",
    trace: "off",
  },
});
