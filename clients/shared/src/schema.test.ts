// @vitest-environment node
// The committed API types must match ../../openapi.json: `make openapi` regenerates both.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe("generated API types", () => {
  it("are fresh: regenerating from openapi.json changes nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "ft-schema-")), "schema.d.ts");
    const cli = here("../../node_modules/openapi-typescript/bin/cli.js");
    execFileSync(process.execPath, [cli, here("../../../openapi.json"), "--default-non-nullable", "false", "--output", out], {
      stdio: "pipe",
    });
    const committed = readFileSync(here("./api/schema.d.ts"), "utf-8");
    expect(readFileSync(out, "utf-8") === committed, "run `make openapi`").toBe(true);
  }, 60_000);
});
