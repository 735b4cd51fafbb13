// The statistics endpoint as charts, with the queue's filters (kept in the URL).
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useI18n, type Schemas } from "@fasttrack/shared";
import { useMe } from "../../app/auth";
import { BarTable, ColumnSeries } from "../../app/charts";
import { byId, useAgencies, useCategories, useDistricts, useName } from "../../app/reference";
import { useStats } from "../../app/stats";
import { ErrorMessage, Field, Loading } from "../../app/ui";
import { readFilters, toQuery } from "../queue/params";

const STATUSES: Schemas["ComplaintStatus"][] = ["received", "triaged", "assigned", "in_progress", "awaiting_complainant", "resolved", "closed", "rejected", "withdrawn", "merged"];
const CHANNELS: Schemas["Channel"][] = ["hotline_1676", "line", "phone", "fax", "email", "mobile_unit", "web", "walk_in", "partner_api"];

export default function StatsPage() {
  const { t, dateTime, duration, number, date } = useI18n();
  const me = useMe();
  const name = useName();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const period = (params.get("period") as "day" | "week" | "month" | null) ?? "month";
  const query = useMemo(() => {
    // statistics are scoped by the API; the queue's "scope" does not apply here
    const q: Record<string, unknown> = { ...toQuery({ ...filters, scope: "all" }, me), period };
    delete q.sort;
    if (q.status) q.status = [q.status];
    return q;
  }, [filters, me, period]);
  const stats = useStats(query);
  const agencies = byId(useAgencies().data);
  const categories = byId(useCategories().data);
  const districts = new Map((useDistricts().data ?? []).map((d) => [d.code, d]));
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const bars = (dimension: string, label: (key: string) => string, limit = 20) =>
    Object.entries(stats.data?.by[dimension] ?? {})
      .map(([key, value]) => ({ key, label: key === "unknown" ? t("case.none") : label(key), value }))
      .sort((a, b) => b.value - a.value)
      .slice(0, limit);

  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">{t("stats.title")}</h1>
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label={t("stats.title")}>
        <Field id="s-period" label={t("stats.period")}>
          <select id="s-period" value={period} onChange={(e) => set("period", e.target.value)}>
            {(["day", "week", "month"] as const).map((p) => <option key={p} value={p}>{t(`stats.period.${p}`)}</option>)}
          </select>
        </Field>
        <Field id="s-status" label={t("queue.status")}>
          <select id="s-status" value={filters.status ?? ""} onChange={(e) => set("status", e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </Field>
        <Field id="s-channel" label={t("queue.channel")}>
          <select id="s-channel" value={filters.channel ?? ""} onChange={(e) => set("channel", e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </Field>
        <Field id="s-district" label={t("queue.district")}>
          <select id="s-district" value={filters.district_code ?? ""} onChange={(e) => set("district_code", e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {[...districts.values()].map((d) => <option key={d.code} value={d.code}>{name(d)}</option>)}
          </select>
        </Field>
        <Field id="s-fast" label={t("queue.fastTrack")}>
          <select id="s-fast" value={filters.fast_track ?? ""} onChange={(e) => set("fast_track", e.target.value)}>
            <option value="">{t("queue.any")}</option>
            <option value="true">{t("queue.yes")}</option>
            <option value="false">{t("queue.no")}</option>
          </select>
        </Field>
        <Field id="s-from" label={t("queue.createdFrom")}>
          <input id="s-from" type="date" value={filters.created_from ?? ""} onChange={(e) => set("created_from", e.target.value)} />
        </Field>
        <Field id="s-to" label={t("queue.createdTo")}>
          <input id="s-to" type="date" value={filters.created_to ?? ""} onChange={(e) => set("created_to", e.target.value)} />
        </Field>
      </form>
      {stats.isPending ? <Loading /> : stats.isError ? <ErrorMessage error={stats.error} /> : (
        <>
          <p className="muted">
            {t("stats.source", { source: t(`stats.source.${stats.data.source}`), at: dateTime(stats.data.as_of) })}
          </p>
          <div className="cards">
            <div className="panel">
              <h2>{t("stats.total")}</h2>
              <p className="kpi">{number(stats.data.total)}</p>
            </div>
            {(["first_response", "resolution"] as const).map((m) => {
              const s = stats.data[m];
              return (
                <div className="panel" key={m}>
                  <h2>{t("stats.sla")} · {t(m === "resolution" ? "sla.resolution" : "sla.firstResponse")}</h2>
                  <p className="kpi">{s.compliance_rate === null ? "—" : `${number(Math.round(s.compliance_rate * 1000) / 10)}%`}</p>
                  <p>
                    {t("stats.met")} {number(s.met)} · {t("stats.breached")} {number(s.breached)} · {t("stats.pending")} {number(s.pending)}
                  </p>
                  <p>
                    {t("stats.median")} {s.median_seconds === null ? "—" : duration(s.median_seconds)} · {t("stats.p90")}{" "}
                    {s.p90_seconds === null ? "—" : duration(s.p90_seconds)}
                  </p>
                </div>
              );
            })}
          </div>
          <div className="panel">
            <ColumnSeries
              caption={t("stats.overTime")}
              points={stats.data.series.map((p) => ({ label: period === "month" ? date(p.period_start).replace(/^\d+\s/, "") : date(p.period_start), value: p.count }))}
            />
          </div>
          <div className="grid2">
            <div className="panel"><BarTable caption={t("stats.byStatus")} valueLabel={t("chart.cases")} bars={bars("status", (k) => t(`status.${k}`))} /></div>
            <div className="panel"><BarTable caption={t("stats.byChannel")} valueLabel={t("chart.cases")} bars={bars("channel", (k) => t(`channel.${k}`))} /></div>
            <div className="panel"><BarTable caption={t("stats.byDistrict")} valueLabel={t("chart.cases")} bars={bars("district", (k) => name(districts.get(k), k))} /></div>
            <div className="panel"><BarTable caption={t("stats.byAgency")} valueLabel={t("chart.cases")} bars={bars("agency", (k) => name(agencies.get(k), k))} /></div>
            <div className="panel"><BarTable caption={t("stats.byCategory")} valueLabel={t("chart.cases")} bars={bars("category", (k) => name(categories.get(k), k))} /></div>
          </div>
        </>
      )}
    </section>
  );
}
