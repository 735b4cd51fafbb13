// The browser-test harness both SPAs use: Debian's chromium (never a downloaded browser),
// screenshots under var/screenshots/<app>/ on every run, and an axe-core check.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LaunchOptions, Page } from "@playwright/test";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Chromium from the Debian package (`make browser` installs it), headless and quiet. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

/** Where this run's screenshots go: var/screenshots/<app>/<label>/ (git-ignored). */
export function screenshotDir(app: string): string {
  const dir =
    process.env.SCREENSHOT_DIR ?? join(ROOT, "var", "screenshots", app, process.env.FASTTRACK_BACKEND ?? "local");
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function screenshot(page: Page, app: string, name: string): Promise<string> {
  // Fonts first: a screenshot taken before Sarabun loads shows a fallback face.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(screenshotDir(app), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A/AA). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Injected through the DevTools protocol, not a <script> tag: the page's CSP allows none.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
