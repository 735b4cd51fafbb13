// The 50 district polygons (GET /api/v1/districts/boundaries) drawn as SVG: no tile server.
import { useMemo } from "react";
import type { KeyboardEvent } from "react";
import type { Schemas } from "./api/client";
import { useI18n } from "./i18n";

export type DistrictOutlines = Schemas["DistrictOutlineCollection"];
type Ring = [number, number][];

const WIDTH = 800;

function polygonsOf(geometry: Schemas["DistrictOutlineGeometry"]): Ring[][] {
  return geometry.type === "Polygon"
    ? [geometry.coordinates as Ring[]]
    : (geometry.coordinates as Ring[][]);
}

export interface Projection {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
  unproject: (x: number, y: number) => [number, number];
}

/** An equirectangular projection fitted to the outlines (Bangkok is small: no distortion to speak of). */
export function fitProjection(outlines: DistrictOutlines, width = WIDTH): Projection {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const feature of outlines.features) {
    for (const polygon of polygonsOf(feature.geometry)) {
      for (const [lon, lat] of polygon[0] ?? []) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
  }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * kx || 1);
  const height = Math.round((maxLat - minLat) * scale) || 1;
  return {
    width,
    height,
    project: (lon, lat) => [(lon - minLon) * kx * scale, (maxLat - lat) * scale],
    unproject: (x, y) => [x / (kx * scale) + minLon, maxLat - y / scale],
  };
}

export function pathOf(geometry: Schemas["DistrictOutlineGeometry"], projection: Projection): string {
  return polygonsOf(geometry)
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          "M" +
          ring
            .map(([lon, lat]) => {
              const [x, y] = projection.project(lon, lat);
              return `${x.toFixed(1)},${y.toFixed(1)}`;
            })
            .join("L") +
          "Z",
      ),
    )
    .join("");
}

export interface DistrictMapProps {
  outlines: DistrictOutlines;
  /** A number per district code (open cases, activities…): shades the polygons. */
  values?: Record<string, number>;
  selected?: string | null;
  /** Called with the code and the clicked point (lon/lat) when a district is chosen. */
  onSelect?: (code: string, point: { lon: number; lat: number } | null) => void;
  /** What a value means, for the labels ("{count} open cases"). */
  valueLabel?: (value: number) => string;
  title?: string;
}

function shade(value: number, max: number): string {
  if (!max || !value) return "var(--map-empty, #eef2f6)";
  const t = Math.min(1, value / max);
  // from a light to a dark teal; every step keeps 3:1 against the white borders
  const light = Math.round(88 - t * 58);
  return `hsl(190 60% ${light}%)`;
}

export function DistrictMap({ outlines, values, selected, onSelect, valueLabel, title }: DistrictMapProps) {
  const { lang, t } = useI18n();
  const projection = useMemo(() => fitProjection(outlines), [outlines]);
  const paths = useMemo(
    () => outlines.features.map((f) => ({ feature: f, d: pathOf(f.geometry, projection) })),
    [outlines, projection],
  );
  const max = Math.max(0, ...Object.values(values ?? {}));
  const label = (f: DistrictOutlines["features"][number]) => {
    const name = lang === "th" ? f.properties.name_th : f.properties.name_en;
    const value = values ? (values[f.properties.code] ?? 0) : undefined;
    return value !== undefined && valueLabel ? `${name}: ${valueLabel(value)}` : name;
  };
  const choose = (code: string, point: { lon: number; lat: number } | null) => onSelect?.(code, point);
  return (
    <svg
      className="district-map"
      viewBox={`0 0 ${projection.width} ${projection.height}`}
      role="group"
      aria-label={title ?? t("district.map")}
    >
      {paths.map(({ feature, d }) => {
        const code = feature.properties.code;
        const interactive = Boolean(onSelect);
        return (
          <path
            key={code}
            d={d}
            data-code={code}
            className={selected === code ? "district selected" : "district"}
            fill={selected === code ? "var(--map-selected, #f59e0b)" : shade(values?.[code] ?? 0, max)}
            stroke="#ffffff"
            strokeWidth={1}
            role={interactive ? "button" : "img"}
            tabIndex={interactive ? 0 : undefined}
            aria-label={label(feature)}
            aria-pressed={interactive ? selected === code : undefined}
            onClick={(event) => {
              if (!interactive) return;
              const svg = (event.currentTarget as SVGPathElement).ownerSVGElement;
              const matrix = svg?.getScreenCTM();
              if (svg && matrix && typeof DOMPoint !== "undefined") {
                const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
                const [lon, lat] = projection.unproject(p.x, p.y);
                choose(code, { lon, lat });
              } else {
                choose(code, null);
              }
            }}
            onKeyDown={(event: KeyboardEvent<SVGPathElement>) => {
              if (interactive && (event.key === "Enter" || event.key === " ")) {
                event.preventDefault();
                choose(code, null);
              }
            }}
          >
            <title>{label(feature)}</title>
          </path>
        );
      })}
    </svg>
  );
}
