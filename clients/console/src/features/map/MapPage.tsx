// The 50 districts from the API's polygons: open cases per district, or an MOU area's
// activity coverage; choosing a district leads to its queue.
import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { DistrictMap, unwrap, useI18n } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { useDistricts, useName, useOutlines } from "../../app/reference";
import { OPEN_STATUSES, useStats } from "../../app/stats";
import { ErrorMessage, Field, Loading } from "../../app/ui";

export default function MapPage() {
  const { t } = useI18n();
  const api = useApi();
  const me = useMe();
  const name = useName();
  const outlines = useOutlines();
  const districts = new Map((useDistricts().data ?? []).map((d) => [d.code, d]));
  const [layer, setLayer] = useState<"open" | "2" | "3" | "4" | "5">("open");
  const [selected, setSelected] = useState<string | null>(null);
  const open = useStats({ status: [...OPEN_STATUSES], live: true }, layer === "open");
  const areas = useQuery({
    queryKey: ["mou-areas"],
    staleTime: 3_600_000,
    queryFn: () => unwrap(api.GET("/api/v1/mou-areas")),
  });
  const coverage = useQuery({
    queryKey: ["mou-areas", "coverage", layer],
    enabled: layer !== "open",
    queryFn: () => unwrap(api.GET("/api/v1/mou-areas/{area_id}/coverage", { params: { path: { area_id: Number(layer) } } })),
  });
  if (outlines.isPending) return <Loading />;
  if (outlines.isError) return <ErrorMessage error={outlines.error} />;

  const values: Record<string, number> = {};
  if (layer === "open") Object.assign(values, open.data?.by.district ?? {});
  else for (const d of coverage.data?.districts ?? []) values[d.district_code] = d.held.length;
  delete values.unknown;
  const valueLabel = (n: number) => (layer === "open" ? t("map.openCount", { count: n }) : t("map.held", { count: n }));
  const scope = me.role === "omb_officer" || me.role === "admin" ? "all" : "agency";
  const area = (areas.data?.items ?? []).find((a) => String(a.id) === layer);

  return (
    <section aria-labelledby="map-title">
      <h1 id="map-title">{t("map.title")}</h1>
      <div className="panel filters">
        <Field id="map-layer" label={t("map.layer")}>
          <select id="map-layer" value={layer} onChange={(e) => setLayer(e.target.value as typeof layer)}>
            <option value="open">{t("map.open")}</option>
            {["2", "3", "4", "5"].map((n) => (
              <option key={n} value={n}>{t("map.area", { n })}</option>
            ))}
          </select>
        </Field>
        {area ? <p>{name(area)}</p> : null}
      </div>
      <div className="case-layout">
        <div className="panel">
          <DistrictMap outlines={outlines.data} values={values} valueLabel={valueLabel} selected={selected} onSelect={(code) => setSelected(code)} />
        </div>
        <div>
          {coverage.data ? (
            <p className="panel">
              {t("map.coverage", { held: coverage.data.districts_held, total: coverage.data.districts_total, planned: coverage.data.districts_planned })}
            </p>
          ) : null}
          {selected ? (
            <div className="panel" role="status">
              <h2>{t("map.selected")}: {name(districts.get(selected), selected)}</h2>
              <p>{valueLabel(values[selected] ?? 0)}</p>
              <Link to={`/queue?scope=${scope}&district_code=${selected}`}>{t("map.openQueue")}</Link>
            </div>
          ) : null}
          <table className="panel">
            <caption className="bars">{layer === "open" ? t("map.open") : t("map.area", { n: layer })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.district")}</th>
                <th scope="col">{layer === "open" ? t("chart.cases") : t("map.held", { count: "" }).trim()}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(values)
                .filter(([, n]) => n > 0)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 15)
                .map(([code, n]) => (
                  <tr key={code}>
                    <th scope="row">{name(districts.get(code), code)}</th>
                    <td>{n}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
