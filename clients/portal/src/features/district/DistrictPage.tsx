// My district: a choropleth of the 50 districts (cases in progress), the chosen district's
// public figures (small counts withheld) and the upcoming outreach activities, with the
// calendar feed to subscribe to.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { DistrictMap, unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { fetchOutlines, keys, useApi } from "../../app/api";
import { Loading, Problem } from "../../app/ui";

type Stats = Schemas["PublicDistrictStatsRead"];

export default function DistrictPage() {
  const api = useApi();
  const { t, lang, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get("code");
  const outlines = useQuery({
    queryKey: keys.outlines,
    queryFn: () => fetchOutlines(api),
    staleTime: Infinity,
  });
  const stats = useQuery({
    queryKey: keys.districtStats,
    queryFn: () => unwrap(api.GET("/api/v1/public/district-stats")),
  });
  const choose = (next: string) => setParams(next ? { code: next } : {}, { replace: true });
  const values = Object.fromEntries((stats.data?.items ?? []).map((d) => [d.code, d.open ?? 0]));
  const selected = stats.data?.items.find((d) => d.code === code) ?? null;
  const nameOf = (d: { name_th: string; name_en: string }) => (lang === "th" ? d.name_th : d.name_en);
  const districts = [...(stats.data?.items ?? [])].sort((a, b) => nameOf(a).localeCompare(nameOf(b), lang));

  return (
    <section aria-labelledby="district-title">
      <h1 id="district-title">{t("district.title")}</h1>
      <p>{t("district.lead")}</p>
      <Problem error={outlines.error ?? stats.error} />
      <div className="field">
        <label htmlFor="district">{t("district.choose")}</label>
        <select id="district" value={code ?? ""} onChange={(e) => choose(e.target.value)}>
          <option value="">—</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {nameOf(d)}
            </option>
          ))}
        </select>
      </div>
      {outlines.data && stats.data ? (
        <figure className="map-box" data-testid="choropleth">
          <DistrictMap
            outlines={outlines.data}
            values={values}
            selected={code}
            title={t("district.mapTitle")}
            valueLabel={(n) => t("district.mapValue", { count: number(n) })}
            onSelect={(c) => choose(c)}
          />
          <figcaption className="hint">{t("district.mapTitle")}</figcaption>
        </figure>
      ) : (
        !outlines.error && !stats.error && <Loading />
      )}
      {selected && stats.data && <DistrictFigures d={selected} minCell={stats.data.min_cell} />}
      <Activities district={code} />
    </section>
  );
}

function DistrictFigures({ d, minCell }: { d: Stats; minCell: number }) {
  const { t, lang, number } = useI18n();
  const count = (n: number | null) => (n === null ? t("district.suppressed", { n: minCell }) : number(n));
  const suppressed = d.open === null || d.resolved === null;
  return (
    <section className="panel" aria-labelledby="figures-title" aria-live="polite">
      <h2 id="figures-title">{t("district.stats", { name: lang === "th" ? d.name_th : d.name_en })}</h2>
      <dl className="facts">
        <dt>{t("district.open")}</dt>
        <dd data-testid="open">{count(d.open)}</dd>
        <dt>{t("district.resolved")}</dt>
        <dd>{count(d.resolved)}</dd>
        <dt>{t("district.median")}</dt>
        <dd>
          {d.median_days_to_resolve === null
            ? t("district.none")
            : t("district.median.value", { days: number(d.median_days_to_resolve) })}
        </dd>
        <dt>{t("district.sla")}</dt>
        <dd>
          {d.resolved_within_sla_share === null
            ? t("district.none")
            : `${number(Math.round(d.resolved_within_sla_share * 100))}%`}
        </dd>
      </dl>
      {suppressed && <p className="hint">{t("district.suppressed.note", { n: minCell })}</p>}
    </section>
  );
}

function Activities({ district }: { district: string | null }) {
  const api = useApi();
  const { t, dateTime } = useI18n();
  const activities = useQuery({
    queryKey: keys.activities(district),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/public/activities", {
          params: { query: district ? { district_code: district, limit: 20 } : { limit: 20 } },
        }),
      ),
  });
  const ics = activities.data?.ics_url ?? "/api/v1/public/activities.ics";
  const feed = district ? `${ics}?district_code=${district}` : ics;
  return (
    <section className="panel" aria-labelledby="activities-title">
      <h2 id="activities-title">{district ? t("district.activities") : t("district.activities.all")}</h2>
      {activities.isPending ? (
        <Loading />
      ) : activities.error ? (
        <Problem error={activities.error} />
      ) : activities.data.items.length === 0 ? (
        <p>{t("district.activities.none")}</p>
      ) : (
        <ul className="activities" data-testid="activities">
          {activities.data.items.map((a) => (
            <li key={a.id}>
              <h3>{a.title}</h3>
              <p className="hint">{t(`activity.${a.type}`)}</p>
              <p>
                <time dateTime={a.starts_at}>{dateTime(a.starts_at)}</time>
              </p>
              {a.venue && <p>{t("activity.where", { venue: a.venue })}</p>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={feed} className="big-link" download="fasttrack-activities.ics">
          {t("district.subscribe")}
        </a>
      </p>
      <p className="hint">{t("district.subscribe.hint")}</p>
    </section>
  );
}
