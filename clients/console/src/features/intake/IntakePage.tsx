// Intake for hotline and walk-in operators: channel preselected, category picker, location by
// address or map click, duplicate suggestions while typing, idempotent submit.
import { useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { ApiError, DistrictMap, newIdempotencyKey, unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { useCategories, useDistricts, useName, useOutlines } from "../../app/reference";
import { ErrorMessage, ErrorSummary, Field, StatusBadge } from "../../app/ui";

const CHANNELS: Schemas["Channel"][] = ["hotline_1676", "line", "phone", "fax", "email", "walk_in", "mobile_unit", "web"];
const URGENCIES: Schemas["Urgency"][] = ["low", "normal", "high", "critical"];

interface Form {
  channel: Schemas["Channel"];
  channel_ref: string;
  title: string;
  description: string;
  category_id: string;
  district_code: string;
  address: string;
  lat: number | null;
  lon: number | null;
  urgency: Schemas["Urgency"];
  fast_track: boolean;
  name: string;
  phone: string;
  email: string;
  confidential: boolean;
  no_contact: boolean;
}

function emptyForm(channel: Schemas["Channel"]): Form {
  return {
    channel, channel_ref: "", title: "", description: "", category_id: "", district_code: "",
    address: "", lat: null, lon: null, urgency: "normal", fast_track: true,
    name: "", phone: "", email: "", confidential: false, no_contact: false,
  };
}

/** The request body: only what was filled in. */
export function toCreateBody(form: Form): Schemas["ComplaintCreate"] {
  const body: Schemas["ComplaintCreate"] = {
    title: form.title.trim(),
    description: form.description.trim(),
    channel: form.channel,
    urgency: form.urgency,
    fast_track: form.fast_track,
  };
  if (form.channel_ref.trim()) body.channel_ref = form.channel_ref.trim();
  if (form.category_id) body.category_id = form.category_id;
  if (form.district_code) body.district_code = form.district_code;
  if (form.address.trim() || form.lat !== null) {
    body.location = { address: form.address.trim() || null, lat: form.lat, lon: form.lon };
  }
  const complainant: Schemas["ComplainantIn"] = {};
  if (form.name.trim()) complainant.name = form.name.trim();
  if (form.phone.trim()) complainant.phone = form.phone.trim();
  if (form.email.trim()) complainant.email = form.email.trim();
  if (form.confidential) complainant.confidential = true;
  if (form.no_contact) complainant.no_contact = true;
  if (Object.keys(complainant).length) body.complainant = complainant;
  return body;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function IntakePage() {
  const { t } = useI18n();
  const me = useMe();
  const api = useApi();
  const name = useName();
  const [params] = useSearchParams();
  const preset = (params.get("channel") as Schemas["Channel"] | null) ?? (me.role === "omb_officer" ? "hotline_1676" : "walk_in");
  const [form, setForm] = useState<Form>(() => emptyForm(CHANNELS.includes(preset) ? preset : "hotline_1676"));
  const [missing, setMissing] = useState<{ field: string; text: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Schemas["ComplaintRead"] | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const categories = useCategories();
  const districts = useDistricts();
  const outlines = useOutlines();
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const categoryOptions = useMemo(() => {
    const all = (categories.data ?? []).filter((c) => c.is_active);
    const roots = all.filter((c) => !c.parent_id);
    return roots.flatMap((root) => [
      { id: root.id, label: name(root) },
      ...all.filter((c) => c.parent_id === root.id).map((c) => ({ id: c.id, label: `— ${name(c)}` })),
    ]);
  }, [categories.data, name]);

  // Possible duplicates while typing: recent open cases with similar words, same district.
  const search = useDebounced(form.title.trim(), 400);
  const duplicates = useQuery({
    queryKey: ["complaints", "intake-duplicates", search, form.district_code, form.category_id],
    enabled: search.length >= 4 && !created,
    queryFn: () => {
      const since = new Date(Date.now() - 30 * 86400_000).toISOString();
      const query: Record<string, string> = { q: search, created_from: since };
      if (form.district_code) query.district_code = form.district_code;
      return unwrap(api.GET("/api/v1/complaints", { params: { query: { ...query, limit: 5 } as never } }));
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: { field: string; text: string }[] = [];
    if (!form.title.trim()) problems.push({ field: "in-title", text: t("field.required", { field: t("intake.titleField") }) });
    if (!form.description.trim()) problems.push({ field: "in-description", text: t("field.required", { field: t("intake.description") }) });
    setMissing(problems);
    if (problems.length) return;
    setBusy(true);
    setError(null);
    try {
      const complaint = await unwrap(
        api.POST("/api/v1/complaints", {
          params: { header: { "Idempotency-Key": idempotencyKey.current } },
          body: toCreateBody(form),
        }),
      );
      setCreated(complaint);
    } catch (e) {
      setError(e);
      // A refused body gets a new key once corrected; a network failure retries with the same one.
      if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.status !== 409) {
        idempotencyKey.current = newIdempotencyKey();
      }
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <section className="panel" aria-labelledby="intake-done">
        <div role="status">
          <h1 id="intake-done">{t("intake.done", { number: created.case_number })}</h1>
        </div>
        <p>
          <StatusBadge status={created.status} /> {t("case.tracking")}: <strong>{created.tracking_code}</strong>
        </p>
        <div className="row-actions">
          <Link to={`/cases/${created.id}`}>{t("intake.open")}</Link>
          <button
            type="button"
            onClick={() => {
              idempotencyKey.current = newIdempotencyKey();
              setForm(emptyForm(form.channel));
              setCreated(null);
            }}
          >
            {t("intake.another")}
          </button>
        </div>
      </section>
    );
  }

  const district = (districts.data ?? []).find((d) => d.code === form.district_code);
  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t("intake.title")}</h1>
      <form onSubmit={submit} noValidate className="case-layout">
        <div>
          <ErrorSummary title={t("intake.errors")} items={missing} />
          {error ? <ErrorMessage error={error} /> : null}
          <div className="panel">
            <div className="filters">
              <Field id="in-channel" label={t("intake.channel")}>
                <select id="in-channel" value={form.channel} onChange={(e) => set("channel")(e.target.value as Schemas["Channel"])}>
                  {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
                </select>
              </Field>
              <Field id="in-ref" label={t("intake.channelRef")} hint={t("intake.channelRef.hint")}>
                <input id="in-ref" value={form.channel_ref} onChange={(e) => set("channel_ref")(e.target.value)} />
              </Field>
            </div>
            <Field id="in-title" label={t("intake.titleField")}>
              <input id="in-title" value={form.title} onChange={(e) => set("title")(e.target.value)} size={60} maxLength={300} aria-invalid={missing.some((m) => m.field === "in-title")} />
            </Field>
            <Field id="in-description" label={t("intake.description")}>
              <textarea id="in-description" value={form.description} onChange={(e) => set("description")(e.target.value)} aria-invalid={missing.some((m) => m.field === "in-description")} />
            </Field>
            <div className="filters">
              <Field id="in-category" label={t("intake.category")}>
                <select id="in-category" value={form.category_id} onChange={(e) => set("category_id")(e.target.value)}>
                  <option value="">{t("intake.chooseCategory")}</option>
                  {categoryOptions.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
                </select>
              </Field>
              <Field id="in-urgency" label={t("intake.urgency")}>
                <select id="in-urgency" value={form.urgency} onChange={(e) => set("urgency")(e.target.value as Schemas["Urgency"])}>
                  {URGENCIES.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}
                </select>
              </Field>
            </div>
            <label className="check">
              <input type="checkbox" checked={form.fast_track} onChange={(e) => set("fast_track")(e.target.checked)} /> {t("intake.fastTrack")}
            </label>
          </div>
          <fieldset className="panel">
            <legend>{t("intake.complainant")}</legend>
            <div className="filters">
              <Field id="in-name" label={t("intake.name")}>
                <input id="in-name" value={form.name} onChange={(e) => set("name")(e.target.value)} autoComplete="off" />
              </Field>
              <Field id="in-phone" label={t("intake.phone")}>
                <input id="in-phone" type="tel" value={form.phone} onChange={(e) => set("phone")(e.target.value)} autoComplete="off" />
              </Field>
              <Field id="in-email" label={t("intake.email")}>
                <input id="in-email" type="email" value={form.email} onChange={(e) => set("email")(e.target.value)} autoComplete="off" />
              </Field>
            </div>
            <label className="check">
              <input type="checkbox" checked={form.confidential} onChange={(e) => set("confidential")(e.target.checked)} /> {t("intake.confidential")}
            </label>
            <label className="check">
              <input type="checkbox" checked={form.no_contact} onChange={(e) => set("no_contact")(e.target.checked)} /> {t("intake.noContact")}
            </label>
          </fieldset>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t("intake.submitting") : t("intake.submit")}
          </button>
        </div>
        <div>
          <div className="panel">
            <Field id="in-district" label={t("intake.district")}>
              <select id="in-district" value={form.district_code} onChange={(e) => setForm((f) => ({ ...f, district_code: e.target.value, lat: null, lon: null }))}>
                <option value="">{t("intake.chooseDistrict")}</option>
                {(districts.data ?? []).map((d) => <option key={d.code} value={d.code}>{name(d)}</option>)}
              </select>
            </Field>
            <Field id="in-address" label={t("intake.address")}>
              <input id="in-address" value={form.address} onChange={(e) => set("address")(e.target.value)} size={40} />
            </Field>
            <p className="hint">{t("intake.mapHint")}</p>
            {outlines.data ? (
              <DistrictMap
                outlines={outlines.data}
                selected={form.district_code || null}
                onSelect={(code, point) =>
                  setForm((f) => ({ ...f, district_code: code, lat: point ? Number(point.lat.toFixed(6)) : null, lon: point ? Number(point.lon.toFixed(6)) : null }))
                }
              />
            ) : null}
            {district ? (
              <p role="status">
                {name(district)}
                {form.lat !== null && form.lon !== null ? ` · ${t("intake.point")}: ${form.lat.toFixed(5)}, ${form.lon.toFixed(5)}` : ""}
              </p>
            ) : null}
          </div>
          <section className="panel suggestions" aria-labelledby="dup-title" aria-live="polite">
            <h2 id="dup-title">{t("intake.duplicates")}</h2>
            {search.length < 4 ? <p className="hint">{t("intake.duplicatesHint")}</p> : duplicates.data?.items.length ? (
              <ul>
                {duplicates.data.items.map((c) => (
                  <li key={c.id}>
                    <Link to={`/cases/${c.id}`} target="_blank">{c.case_number}</Link> {c.title} <StatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            ) : duplicates.isSuccess ? <p>{t("intake.noDuplicates")}</p> : null}
          </section>
        </div>
      </form>
    </section>
  );
}
