// The SLA board: cases due soon and breached, by agency and by district, each figure a link
// to the queue filtered to exactly those cases.
import { useI18n } from "@fasttrack/shared";
import { useMe } from "../../app/auth";
import { byId, useAgencies, useDistricts, useName } from "../../app/reference";
import { useStats } from "../../app/stats";
import { ErrorMessage, Loading } from "../../app/ui";
import { Link } from "react-router";

type Milestone = "resolution_sla" | "first_response_sla";

export default function BoardPage() {
  const { t, number } = useI18n();
  const me = useMe();
  const name = useName();
  const agencies = byId(useAgencies().data);
  const districts = new Map((useDistricts().data ?? []).map((d) => [d.code, d]));
  const wide = me.role === "omb_officer" || me.role === "admin";
  const scope = wide ? "all" : "agency";
  const stats = {
    resolution_sla: { breached: useStats({ resolution_sla: "breached", live: true }), due_soon: useStats({ resolution_sla: "due_soon", live: true }) },
    first_response_sla: { breached: useStats({ first_response_sla: "breached", live: true }), due_soon: useStats({ first_response_sla: "due_soon", live: true }) },
  };
  const all = [stats.resolution_sla.breached, stats.resolution_sla.due_soon, stats.first_response_sla.breached, stats.first_response_sla.due_soon];
  const failed = all.find((q) => q.isError);
  if (failed) return <ErrorMessage error={failed.error} />;
  if (all.some((q) => q.isPending)) return <Loading />;

  const rows = (dimension: "agency" | "district", milestone: Milestone) => {
    const breached = stats[milestone].breached.data?.by[dimension] ?? {};
    const dueSoon = stats[milestone].due_soon.data?.by[dimension] ?? {};
    const keysOf = [...new Set([...Object.keys(breached), ...Object.keys(dueSoon)])].filter((k) => k !== "unknown");
    return keysOf
      .map((key) => ({
        key,
        label: dimension === "agency" ? name(agencies.get(key), key) : name(districts.get(key), key),
        breached: breached[key] ?? 0,
        dueSoon: dueSoon[key] ?? 0,
      }))
      .sort((a, b) => b.breached - a.breached || b.dueSoon - a.dueSoon || a.label.localeCompare(b.label, "th"));
  };
  const link = (dimension: "agency" | "district", key: string, milestone: Milestone, state: string) => {
    const params = new URLSearchParams({ scope, [milestone]: state, sort: "due" });
    params.set(dimension === "agency" ? "agency_id" : "district_code", key);
    return `/queue?${params}`;
  };

  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t("board.title")}</h1>
      <div className="cards">
        {(["resolution_sla", "first_response_sla"] as const).map((m) => (
          <div className="panel" key={m}>
            <h2>{t(m === "resolution_sla" ? "sla.resolution" : "sla.firstResponse")}</h2>
            <p>
              <Link to={`/queue?scope=${scope}&${m}=breached&sort=due`} className="kpi">{number(stats[m].breached.data?.total ?? 0)}</Link>{" "}
              {t("sla.breached")}
            </p>
            <p>
              <Link to={`/queue?scope=${scope}&${m}=due_soon&sort=due`} className="kpi">{number(stats[m].due_soon.data?.total ?? 0)}</Link>{" "}
              {t("sla.due_soon")}
            </p>
          </div>
        ))}
      </div>
      {(["agency", "district"] as const).map((dimension) => (
        <div className="panel" key={dimension}>
          <table>
            <caption className="bars">{t(dimension === "agency" ? "board.byAgency" : "board.byDistrict")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(dimension === "agency" ? "field.agency" : "case.district")}</th>
                <th scope="col">{t("sla.resolution")} · {t("sla.breached")}</th>
                <th scope="col">{t("sla.resolution")} · {t("sla.due_soon")}</th>
                <th scope="col">{t("sla.firstResponse")} · {t("sla.breached")}</th>
                <th scope="col">{t("sla.firstResponse")} · {t("sla.due_soon")}</th>
              </tr>
            </thead>
            <tbody>
              {mergeRows(rows(dimension, "resolution_sla"), rows(dimension, "first_response_sla")).map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <Cell value={row.rb} to={link(dimension, row.key, "resolution_sla", "breached")} danger />
                  <Cell value={row.rd} to={link(dimension, row.key, "resolution_sla", "due_soon")} />
                  <Cell value={row.fb} to={link(dimension, row.key, "first_response_sla", "breached")} danger />
                  <Cell value={row.fd} to={link(dimension, row.key, "first_response_sla", "due_soon")} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function mergeRows(
  resolution: { key: string; label: string; breached: number; dueSoon: number }[],
  first: { key: string; label: string; breached: number; dueSoon: number }[],
) {
  const byKey = new Map<string, { key: string; label: string; rb: number; rd: number; fb: number; fd: number }>();
  for (const r of resolution) byKey.set(r.key, { key: r.key, label: r.label, rb: r.breached, rd: r.dueSoon, fb: 0, fd: 0 });
  for (const f of first) {
    const row = byKey.get(f.key) ?? { key: f.key, label: f.label, rb: 0, rd: 0, fb: 0, fd: 0 };
    row.fb = f.breached;
    row.fd = f.dueSoon;
    byKey.set(f.key, row);
  }
  return [...byKey.values()].sort((a, b) => b.rb - a.rb || b.fb - a.fb || b.rd - a.rd);
}

function Cell({ value, to, danger }: { value: number; to: string; danger?: boolean }) {
  const { number } = useI18n();
  return <td>{value ? <Link to={to} className={danger ? "badge breached" : "badge due_soon"}>{number(value)}</Link> : "0"}</td>;
}
