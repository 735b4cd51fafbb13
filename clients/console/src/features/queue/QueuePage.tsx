// The queue: every filter the API has, keyset "load more" (long lists windowed), SLA badges,
// saved views.
import { useEffect, useMemo, useState } from "react";
import type { FormEvent } from "react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { byId, useAgencies, useCategories, useDistricts, useName } from "../../app/reference";
import { ErrorMessage, Field, Loading, SlaBadge, StatusBadge } from "../../app/ui";
import { readFilters, scopesFor, toQuery, type Filters } from "./params";
import { SavedViews } from "./SavedViews";
import { useWindowedRows } from "./windowing";

const STATUSES: Schemas["ComplaintStatus"][] = [
  "received", "triaged", "assigned", "in_progress", "awaiting_complainant",
  "resolved", "closed", "rejected", "withdrawn", "merged",
];
const CHANNELS: Schemas["Channel"][] = [
  "hotline_1676", "line", "phone", "fax", "email", "mobile_unit", "web", "walk_in", "partner_api",
];
const URGENCIES: Schemas["Urgency"][] = ["low", "normal", "high", "critical"];
const SLA_FILTERS = ["on_track", "due_soon", "breached"] as const;
const PAGE = 25;

export function QueuePage() {
  const { t, dateTime } = useI18n();
  const me = useMe();
  const api = useApi();
  const name = useName();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const districts = useDistricts();
  const agencies = useAgencies();
  const categories = useCategories();
  const agencyById = byId(agencies.data);
  const districtByCode = new Map((districts.data ?? []).map((d) => [d.code, d]));
  const query = toQuery(filters, me);

  const queue = useInfiniteQuery({
    queryKey: keys.queue(query),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/complaints", {
          params: { query: { ...query, limit: PAGE, cursor: pageParam } as never },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const changes = useChangeFeed(items.length > 0);
  const rows = useWindowedRows(items.length);

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) if (value) next.set(key, value);
    setParams(next);
  }
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const scopes = scopesFor(me);

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t("queue.title")}</h1>
      <form className="panel filters" onSubmit={apply} aria-label={t("queue.title")}>
        <Field id="f-scope" label={t("queue.scope")}>
          <select id="f-scope" value={draft.scope ?? scopes[0]} onChange={(e) => set("scope")(e.target.value)}>
            {scopes.map((s) => (
              <option key={s} value={s}>{t(`queue.scope.${s}`)}</option>
            ))}
          </select>
        </Field>
        <Field id="f-q" label={t("queue.q")}>
          <input id="f-q" type="search" value={draft.q ?? ""} placeholder={t("queue.q.hint")} onChange={(e) => set("q")(e.target.value)} />
        </Field>
        <Field id="f-status" label={t("queue.status")}>
          <select id="f-status" value={draft.status ?? ""} onChange={(e) => set("status")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </Field>
        <Field id="f-channel" label={t("queue.channel")}>
          <select id="f-channel" value={draft.channel ?? ""} onChange={(e) => set("channel")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </Field>
        <Field id="f-district" label={t("queue.district")}>
          <select id="f-district" value={draft.district_code ?? ""} onChange={(e) => set("district_code")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {(districts.data ?? []).map((d) => <option key={d.code} value={d.code}>{name(d)}</option>)}
          </select>
        </Field>
        {scopes.includes("all") ? (
          <Field id="f-agency" label={t("field.agency")}>
            <select id="f-agency" value={draft.agency_id ?? ""} onChange={(e) => set("agency_id")(e.target.value)}>
              <option value="">{t("queue.any")}</option>
              {(agencies.data ?? []).map((a) => <option key={a.id} value={a.id}>{name(a)}</option>)}
            </select>
          </Field>
        ) : null}
        <Field id="f-category" label={t("case.category")}>
          <select id="f-category" value={draft.category_id ?? ""} onChange={(e) => set("category_id")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {(categories.data ?? []).map((c) => <option key={c.id} value={c.id}>{name(c)}</option>)}
          </select>
        </Field>
        <Field id="f-urgency" label={t("queue.urgency")}>
          <select id="f-urgency" value={draft.urgency ?? ""} onChange={(e) => set("urgency")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {URGENCIES.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}
          </select>
        </Field>
        <Field id="f-fast" label={t("queue.fastTrack")}>
          <select id="f-fast" value={draft.fast_track ?? ""} onChange={(e) => set("fast_track")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            <option value="true">{t("queue.yes")}</option>
            <option value="false">{t("queue.no")}</option>
          </select>
        </Field>
        <Field id="f-sla" label={t("queue.sla")}>
          <select id="f-sla" value={draft.resolution_sla ?? ""} onChange={(e) => set("resolution_sla")(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {SLA_FILTERS.map((s) => <option key={s} value={s}>{t(`sla.${s}`)}</option>)}
          </select>
        </Field>
        <Field id="f-from" label={t("queue.createdFrom")}>
          <input id="f-from" type="date" value={draft.created_from ?? ""} onChange={(e) => set("created_from")(e.target.value)} />
        </Field>
        <Field id="f-to" label={t("queue.createdTo")}>
          <input id="f-to" type="date" value={draft.created_to ?? ""} onChange={(e) => set("created_to")(e.target.value)} />
        </Field>
        <Field id="f-sort" label={t("queue.sort")}>
          <select id="f-sort" value={draft.sort ?? "created"} onChange={(e) => set("sort")(e.target.value)}>
            {["created", "updated", "due"].map((s) => <option key={s} value={s}>{t(`queue.sort.${s}`)}</option>)}
          </select>
        </Field>
        <div className="row-actions">
          <button type="submit" className="primary">{t("queue.apply")}</button>
          <button type="button" onClick={() => setParams(new URLSearchParams())}>{t("queue.reset")}</button>
        </div>
      </form>
      <SavedViews userId={me.id} current={params.toString()} onOpen={(search) => setParams(new URLSearchParams(search))} />
      {changes > 0 ? (
        <p role="status" className="panel">
          {t("queue.newCases", { count: changes })}{" "}
          <button type="button" onClick={() => void queue.refetch()}>{t("queue.refresh")}</button>
        </p>
      ) : null}
      {queue.isPending ? <Loading /> : queue.isError ? <ErrorMessage error={queue.error} /> : (
        <>
          <p className="muted" aria-live="polite">{t("queue.count", { count: items.length })}</p>
          {items.length === 0 ? <p className="panel">{t("queue.empty")}</p> : (
            <table className={`queue-table panel${rows.windowed ? " windowed" : ""}`} aria-rowcount={items.length + 1}>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">{t("col.case")}</th>
                  <th scope="col">{t("col.title")}</th>
                  <th scope="col">{t("col.status")}</th>
                  <th scope="col">{t("col.district")}</th>
                  <th scope="col">{t("case.leadAgency")}</th>
                  <th scope="col">{t("col.received")}</th>
                  <th scope="col">{t("col.sla")}</th>
                </tr>
              </thead>
              <tbody ref={rows.bodyRef}>
                {rows.padTop > 0 ? (
                  <tr aria-hidden="true" className="spacer"><td colSpan={7} style={{ height: rows.padTop }} /></tr>
                ) : null}
                {items.slice(rows.start, rows.end).map((c, i) => (
                  <tr key={c.id} data-row aria-rowindex={rows.start + i + 2}>
                    <td><Link to={`/cases/${c.id}`}>{c.case_number}</Link>{c.fast_track ? <> <span className="badge">FT</span></> : null}</td>
                    <td className="title" title={rows.windowed ? c.title : undefined}>{c.title}</td>
                    <td><StatusBadge status={c.status} /></td>
                    <td>{c.district_code ? name(districtByCode.get(c.district_code), c.district_code) : "—"}</td>
                    <td>{c.lead_agency_id ? name(agencyById.get(c.lead_agency_id)) : "—"}</td>
                    <td>{dateTime(c.created_at)}</td>
                    <td>{c.is_open && c.sla ? <SlaBadge milestone={c.sla.resolution} /> : "—"}</td>
                  </tr>
                ))}
                {rows.padBottom > 0 ? (
                  <tr aria-hidden="true" className="spacer"><td colSpan={7} style={{ height: rows.padBottom }} /></tr>
                ) : null}
              </tbody>
            </table>
          )}
          {queue.hasNextPage ? (
            <button type="button" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
              {t("queue.more")}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** How many cases changed since the queue was loaded, from the change feed (polled). */
function useChangeFeed(active: boolean): number {
  const api = useApi();
  const [start, setStart] = useState<string | null>(null);
  const head = useQuery({
    queryKey: ["complaints", "changes-head"],
    enabled: active,
    staleTime: Infinity,
    queryFn: async () => {
      // Walk to the end of the feed once: its last cursor is "now".
      let cursor: string | undefined;
      for (let i = 0; i < 100; i++) {
        const page = await unwrap(api.GET("/api/v1/complaints/changes", { params: { query: { limit: 200, after: cursor } } }));
        if (!page.next_cursor || page.items.length === 0) return page.next_cursor ?? cursor ?? null;
        cursor = page.next_cursor;
      }
      return cursor ?? null;
    },
  });
  useEffect(() => {
    if (head.data !== undefined) setStart(head.data);
  }, [head.data]);
  const poll = useQuery({
    queryKey: ["complaints", "changes-since", start],
    enabled: active && head.isSuccess,
    refetchInterval: 15_000,
    queryFn: () =>
      unwrap(api.GET("/api/v1/complaints/changes", { params: { query: { limit: 200, after: start ?? undefined } } })),
  });
  return new Set((poll.data?.items ?? []).map((c) => c.complaint.id)).size;
}
