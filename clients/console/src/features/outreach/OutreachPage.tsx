// Outreach (MOU areas 2-5): plan activities, hold / postpone / cancel them (the actions the
// API allows), record outcomes with participants; coverage of the 50 districts is on the map.
import { useState } from "react";
import type { FormEvent } from "react";
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap, unwrapWithResponse, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { useDistricts, useName } from "../../app/reference";
import { ErrorMessage, ErrorSummary, Field, Loading } from "../../app/ui";

type Activity = Schemas["ActivityRead"];
const TYPES: Schemas["ActivityType"][] = ["mobile_unit", "community_training", "youth_training", "traffic_campaign", "meeting"];
const ROLES: Schemas["ParticipantRole"][] = ["community_chair", "public_health_volunteer", "civil_defence_volunteer", "community_organisation_leader", "women_leader", "religious_leader", "elderly_club", "youth"];

/** "2026-12-01" + "09:00" in Bangkok as an RFC 3339 instant. */
export function bangkokInstant(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}

export default function OutreachPage() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const districts = useDistricts();
  const [area, setArea] = useState("");
  const [status, setStatus] = useState("");
  const activities = useInfiniteQuery({
    queryKey: ["activities", area, status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/activities", {
          params: { query: { mou_area_id: area ? Number(area) : undefined, status: (status || undefined) as Schemas["ActivityStatus"] | undefined, limit: 50, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = activities.data?.pages.flatMap((p) => p.items) ?? [];
  const districtName = (code: string) => name((districts.data ?? []).find((d) => d.code === code), code);
  return (
    <section aria-labelledby="outreach-title">
      <h1 id="outreach-title">{t("outreach.title")}</h1>
      <PlanForm />
      <div className="panel filters">
        <Field id="o-area" label={t("outreach.area")}>
          <select id="o-area" value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {[2, 3, 4, 5].map((n) => <option key={n} value={n}>{t("map.area", { n })}</option>)}
          </select>
        </Field>
        <Field id="o-status" label={t("queue.status")}>
          <select id="o-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("queue.any")}</option>
            {["planned", "held", "postponed", "cancelled"].map((s) => <option key={s} value={s}>{t(`activity.${s}`)}</option>)}
          </select>
        </Field>
      </div>
      {activities.isPending ? <Loading /> : activities.isError ? <ErrorMessage error={activities.error} /> : (
        <ul className="cards" aria-label={t("outreach.list")}>
          {items.map((a) => (
            <li key={a.id} className="panel" style={{ listStyle: "none" }}>
              <ActivityCard activity={a} districtName={districtName} />
            </li>
          ))}
        </ul>
      )}
      {activities.hasNextPage ? <button type="button" onClick={() => void activities.fetchNextPage()}>{t("queue.more")}</button> : null}
    </section>
  );
}

function PlanForm() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const districts = useDistricts();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ type: "mobile_unit" as Schemas["ActivityType"], title: "", venue: "", district: "", date: "", start: "09:00", end: "12:00" });
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const found: { field: string; text: string }[] = [];
    if (!form.title.trim()) found.push({ field: "p-title", text: t("field.required", { field: t("outreach.titleField") }) });
    if (!form.district) found.push({ field: "p-district", text: t("field.required", { field: t("case.district") }) });
    if (!form.date) found.push({ field: "p-date", text: t("field.required", { field: t("outreach.date") }) });
    setProblems(found);
    if (found.length) return;
    setError(null);
    try {
      await unwrap(
        api.POST("/api/v1/activities", {
          body: {
            type: form.type,
            title: form.title.trim(),
            venue: form.venue.trim() || null,
            district_codes: [form.district],
            starts_at: bangkokInstant(form.date, form.start),
            ends_at: bangkokInstant(form.date, form.end),
          },
        }),
      );
      setDone(true);
      setForm({ ...form, title: "", venue: "" });
      await queryClient.invalidateQueries({ queryKey: ["activities"] });
    } catch (e) {
      setError(e);
    }
  }
  return (
    <details className="panel">
      <summary>{t("outreach.plan")}</summary>
      <form onSubmit={submit} noValidate>
        <ErrorSummary title={t("intake.errors")} items={problems} />
        {error ? <ErrorMessage error={error} /> : null}
        <div className="filters">
          <Field id="p-type" label={t("outreach.type")}>
            <select id="p-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as Schemas["ActivityType"] })}>
              {TYPES.map((ty) => <option key={ty} value={ty}>{t(`activityType.${ty}`)}</option>)}
            </select>
          </Field>
          <Field id="p-title" label={t("outreach.titleField")}>
            <input id="p-title" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} size={40} />
          </Field>
          <Field id="p-district" label={t("case.district")}>
            <select id="p-district" value={form.district} onChange={(e) => setForm({ ...form, district: e.target.value })}>
              <option value="">{t("intake.chooseDistrict")}</option>
              {(districts.data ?? []).map((d) => <option key={d.code} value={d.code}>{name(d)}</option>)}
            </select>
          </Field>
          <Field id="p-venue" label={t("outreach.venue")}>
            <input id="p-venue" value={form.venue} onChange={(e) => setForm({ ...form, venue: e.target.value })} />
          </Field>
          <Field id="p-date" label={t("outreach.date")}>
            <input id="p-date" type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          </Field>
          <Field id="p-start" label={t("outreach.start")}>
            <input id="p-start" type="time" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
          </Field>
          <Field id="p-end" label={t("outreach.end")}>
            <input id="p-end" type="time" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
          </Field>
        </div>
        <div className="row-actions">
          <button type="submit" className="primary">{t("outreach.save")}</button>
          {done ? <span role="status">{t("entry.saved")}</span> : null}
        </div>
      </form>
    </details>
  );
}

function ActivityCard({ activity, districtName }: { activity: Activity; districtName: (code: string) => string }) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<"hold" | "cancel" | "postpone" | "outcome" | null>(null);
  const [reason, setReason] = useState("");
  const [newDate, setNewDate] = useState("");
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [consultations, setConsultations] = useState("");
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<unknown>(null);
  // the current ETag: read fresh before each write (If-Match)
  const etagQuery = useQuery({
    queryKey: ["activities", "one", activity.id],
    enabled: open !== null,
    queryFn: async () => {
      const { response } = await unwrapWithResponse(api.GET("/api/v1/activities/{activity_id}", { params: { path: { activity_id: activity.id } } }));
      return response.headers.get("ETag") ?? `"${activity.version}"`;
    },
  });
  const etag = etagQuery.data ?? `"${activity.version}"`;

  async function write(form: NonNullable<typeof open>, run: () => Promise<unknown>) {
    setError(null);
    try {
      await run();
      // close this form only: the user may have opened another meanwhile
      setOpen((current) => (current === form ? null : current));
      await queryClient.invalidateQueries({ queryKey: ["activities"] });
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.status === 412) await etagQuery.refetch();
    }
  }
  const transition = (action: "hold" | "cancel" | "postpone") =>
    write(action, () => {
      const start = new Date(activity.starts_at);
      const length = new Date(activity.ends_at).getTime() - start.getTime();
      const body: Schemas["ActivityTransition"] = { action };
      if (reason.trim()) body.reason = reason.trim();
      if (action === "postpone" && newDate) {
        const time = start.toLocaleTimeString("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
        const starts = bangkokInstant(newDate, time);
        body.new_starts_at = starts;
        body.new_ends_at = new Date(new Date(starts).getTime() + length).toISOString();
      }
      return unwrap(api.POST("/api/v1/activities/{activity_id}/transitions", { params: { path: { activity_id: activity.id }, header: { "If-Match": etag } }, body }));
    });
  const recordOutcome = () =>
    write("outcome", () => {
      const byRole: Record<string, number> = {};
      for (const [role, value] of Object.entries(counts)) if (value) byRole[role] = Number(value);
      const body: Schemas["ActivityOutcomeUpdate"] = { participants_by_role: byRole as Schemas["ActivityOutcomeUpdate"]["participants_by_role"], notes: notes.trim() || null };
      if (activity.type === "mobile_unit" && consultations) body.legal_consultations = Number(consultations);
      return unwrap(api.PUT("/api/v1/activities/{activity_id}/outcome", { params: { path: { activity_id: activity.id }, header: { "If-Match": etag } }, body }));
    });

  return (
    <article aria-label={activity.title}>
      <h2>{activity.title}</h2>
      <p>
        <span data-status={activity.status} className={`badge ${activity.status === "held" ? "met" : activity.status === "cancelled" ? "breached" : "due_soon"}`}>{t(`activity.${activity.status}`)}</span>{" "}
        {t(`activityType.${activity.type}`)} · {t("map.area", { n: activity.mou_area_id })}
      </p>
      <p>{dateTime(activity.starts_at)} – {dateTime(activity.ends_at)}</p>
      <p>{activity.district_codes.map(districtName).join(", ")}{activity.venue ? ` · ${activity.venue}` : ""}</p>
      <div className="row-actions">
        {activity.allowed_actions.map((action) => (
          <button key={action} type="button" aria-expanded={open === action} onClick={() => setOpen(open === action ? null : action)}>
            {t(`activityAction.${action}`)}
          </button>
        ))}
        {activity.status === "held" ? (
          <button type="button" aria-expanded={open === "outcome"} onClick={() => setOpen(open === "outcome" ? null : "outcome")}>{t("outreach.outcome")}</button>
        ) : null}
      </div>
      {open && open !== "outcome" ? (
        <form className="action-form" onSubmit={(e) => { e.preventDefault(); void transition(open); }}>
          {open === "postpone" ? (
            <Field id={`nd-${activity.id}`} label={t("outreach.newDate")}>
              <input id={`nd-${activity.id}`} type="date" value={newDate} onChange={(e) => setNewDate(e.target.value)} />
            </Field>
          ) : null}
          {open !== "hold" ? (
            <Field id={`rs-${activity.id}`} label={t("field.reason")}>
              <textarea id={`rs-${activity.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
          ) : null}
          <button type="submit" className="primary">{t("action.confirm")}: {t(`activityAction.${open}`)}</button>
        </form>
      ) : null}
      {open === "outcome" ? (
        <form className="action-form" onSubmit={(e) => { e.preventDefault(); void recordOutcome(); }}>
          {activity.type === "mobile_unit" ? (
            <Field id={`lc-${activity.id}`} label={t("outreach.consultations")}>
              <input id={`lc-${activity.id}`} type="number" min={0} value={consultations} onChange={(e) => setConsultations(e.target.value)} />
            </Field>
          ) : null}
          <fieldset>
            <legend>{t("outreach.participants")}</legend>
            <div className="filters">
              {ROLES.map((role) => (
                <Field key={role} id={`pr-${activity.id}-${role}`} label={t(`participant.${role}`)}>
                  <input id={`pr-${activity.id}-${role}`} type="number" min={0} value={counts[role] ?? ""} onChange={(e) => setCounts({ ...counts, [role]: e.target.value })} style={{ width: "6rem" }} />
                </Field>
              ))}
            </div>
          </fieldset>
          <Field id={`nt-${activity.id}`} label={t("outreach.notes")}>
            <textarea id={`nt-${activity.id}`} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </Field>
          <button type="submit" className="primary">{t("outreach.saveOutcome")}</button>
        </form>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </article>
  );
}
