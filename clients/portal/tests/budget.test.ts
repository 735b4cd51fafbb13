// @vitest-environment node
// The portal's first load stays under its budget for phones on slow networks: what index.html
// loads before the first screen (the entry and its preloaded chunks), gzipped. The screens
// load on demand and do not count.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist") + "/";

describe("portal first-load budget", () => {
  it(`ships at most ${FIRST_LOAD_BUDGET_BYTES / 1024} kB of gzipped JavaScript before the first screen`, () => {
    expect(existsSync(`${dist}index.html`), "build the portal first: npm run build").toBe(true);
    const html = readFileSync(`${dist}index.html`, "utf-8");
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    // no inline scripts: the Content-Security-Policy would block them
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // nothing from another origin: no CDN
    expect(html).not.toMatch(/(?:src|href)="https?:\/\//);
    const total = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(`${dist}${file}`)).length, 0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
