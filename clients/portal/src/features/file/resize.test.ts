import { describe, expect, it } from "vitest";
import { fitWithin, MAX_SIDE } from "./resize";

describe("fitWithin", () => {
  it("shrinks the longer side to the maximum and keeps the ratio", () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: MAX_SIDE, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: MAX_SIDE });
  });
  it("never enlarges a small photo", () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
  });
  it("handles degenerate sizes", () => {
    expect(fitWithin(0, 100)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(10_000, 1)).toEqual({ width: MAX_SIDE, height: 1 });
  });
});
