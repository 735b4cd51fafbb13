import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "./i18n";
import { DistrictMap, fitProjection, type DistrictOutlines } from "./map";

const outlines: DistrictOutlines = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { code: "1026", name_th: "ดินแดง", name_en: "Din Daeng" },
      geometry: { type: "Polygon", coordinates: [[[100.55, 13.76], [100.57, 13.76], [100.57, 13.78], [100.55, 13.76]]] },
    },
    {
      type: "Feature",
      properties: { code: "1034", name_th: "สวนหลวง", name_en: "Suan Luang" },
      geometry: { type: "MultiPolygon", coordinates: [[[[100.6, 13.7], [100.65, 13.7], [100.65, 13.74], [100.6, 13.7]]]] },
    },
  ],
};

describe("DistrictMap", () => {
  it("projects lon/lat into the box and back", () => {
    const p = fitProjection(outlines, 800);
    expect(p.project(100.55, 13.78)).toEqual([0, 0]);
    const [x, y] = p.project(100.6, 13.72);
    const [lon, lat] = p.unproject(x, y);
    expect(lon).toBeCloseTo(100.6, 6);
    expect(lat).toBeCloseTo(13.72, 6);
  });

  it("draws every district, labelled in the reader's language, and picks one by keyboard", () => {
    const onSelect = vi.fn();
    render(
      <I18nProvider messages={{ th: {}, en: {} }} initial="th">
        <DistrictMap outlines={outlines} values={{ "1026": 3 }} valueLabel={(n) => `${n} เรื่อง`} onSelect={onSelect} />
      </I18nProvider>,
    );
    const dinDaeng = screen.getByRole("button", { name: "ดินแดง: 3 เรื่อง" });
    expect(screen.getByRole("button", { name: "สวนหลวง: 0 เรื่อง" })).toBeTruthy();
    fireEvent.keyDown(dinDaeng, { key: "Enter" });
    expect(onSelect).toHaveBeenCalledWith("1026", null);
  });
});
