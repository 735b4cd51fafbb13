// SLA policies per SLA class (working hours, targets per urgency, Fast Track targets) and the
// closure days that move due times. Policies are replaced whole (PUT with If-Match); open
// cases reschedule.
import { useState } from "react";
import type { FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, ErrorSummary, Field, Loading } from "../../app/ui";
import { slaPoliciesKey, useSlaPolicies } from "./CategoriesAdmin";
import { CreatePanel } from "./RecordForm";
import { formToBody, policyToForm, URGENCIES, type SlaForm } from "./slaForm";

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

export function SlaAdmin() {
  const { t, number } = useI18n();
  const policies = useSlaPolicies();
  const [editing, setEditing] = useState<{ policy?: Schemas["SlaPolicyRead"]; isNew: boolean } | null>(null);
  const base = policies.data?.items.find((p) => p.sla_class === "standard") ?? policies.data?.items[0];
  // working-time hours, not calendar days: "5 days" would misread 40 working hours
  const hours = (minutes: number | undefined) => t("admin.hoursN", { n: number(Math.round(((minutes ?? 0) / 60) * 10) / 10) });
  const target = (p: Schemas["SlaPolicyRead"], u: string) => (p.targets as Record<string, Record<string, number>>)[u];
  return (
    <>
      {editing ? (
        <SlaPolicyForm
          key={editing.policy?.sla_class ?? "new"}
          initial={editing.isNew ? policyToForm(base, "") : policyToForm(editing.policy)}
          isNew={editing.isNew}
          version={editing.isNew ? undefined : editing.policy?.version}
          onClose={() => setEditing(null)}
        />
      ) : (
        <div className="panel row-actions">
          <button type="button" onClick={() => setEditing({ policy: base, isNew: true })}>{t("admin.newSlaClass")}</button>
        </div>
      )}
      <div className="panel">
        {policies.isPending ? <Loading /> : policies.isError ? <ErrorMessage error={policies.error} /> : (
          <table>
            <caption className="bars">{t("admin.slaPolicies")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.slaClass")}</th>
                <th scope="col">{t("admin.hours")}</th>
                {URGENCIES.map((u) => <th key={u} scope="col">{t(`urgency.${u}`)}</th>)}
                <th scope="col"><span className="visually-hidden">{t("admin.edit")}</span></th>
              </tr>
            </thead>
            <tbody>
              {policies.data.items.map((p) => (
                <tr key={p.sla_class} data-sla-class={p.sla_class}>
                  <th scope="row"><code>{p.sla_class}</code></th>
                  <td>{p.always_open ? t("admin.alwaysOpen") : `${p.weekdays.map((d) => t(`weekday.${d}`)).join(" ")} ${p.start.slice(0, 5)}–${p.end.slice(0, 5)}`}</td>
                  {URGENCIES.map((u) => {
                    const x = target(p, u);
                    return (
                      <td key={u}>
                        {x ? `${hours(x.first_response_minutes)} / ${hours(x.resolution_minutes)}` : "—"}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" onClick={() => setEditing({ policy: p, isNew: false })}>
                      {t("admin.edit")}<span className="visually-hidden"> {p.sla_class}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">{t("admin.slaLegend")}</p>
      </div>
    </>
  );
}

function SlaPolicyForm({ initial, isNew, version, onClose }: { initial: SlaForm; isNew: boolean; version?: number; onClose: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SlaForm>(initial);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = formToBody(form);
    if ("invalid" in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    setBusy(true);
    try {
      // A policy is versioned like every record: If-Match with the version read; a new class
      // is created only if none exists yet (If-None-Match: *), else the API answers 412.
      const header = isNew || version === undefined
        ? { "If-Match": null, "If-None-Match": "*" }
        : { "If-Match": `"${version}"` };
      await unwrap(api.PUT("/api/v1/sla-policies/{sla_class}", { params: { path: { sla_class: form.sla_class }, header }, body: result.body }));
      await queryClient.invalidateQueries({ queryKey: slaPoliciesKey });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const fieldId = (name: string) => `sla-${name.replace(/\./g, "-")}`;
  const labelOf = (name: string) => {
    if (name === "sla_class") return t("admin.slaClass");
    if (name === "due_soon_percent") return t("admin.dueSoon");
    const [set, u, key] = name.split(".");
    return `${t(set === "targets" ? "admin.targets" : "admin.fastTrackTargets")} · ${t(`urgency.${u}`)} · ${t(`admin.${key}`)}`;
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="sla-title">
      <h2 id="sla-title">{isNew ? t("admin.newSlaClass") : t("admin.editSla", { name: form.sla_class })}</h2>
      <ErrorSummary title={t("intake.errors")} items={invalid.map((name) => ({ field: fieldId(name), text: t("admin.invalidValue", { field: labelOf(name) }) }))} />
      <div className="filters">
        {isNew ? (
          <Field id="sla-sla_class" label={t("admin.slaClass")} hint={t("admin.slaClassHint")}>
            <input id="sla-sla_class" value={form.sla_class} onChange={(e) => setForm({ ...form, sla_class: e.target.value })} />
          </Field>
        ) : null}
        <label className="check" htmlFor="sla-always">
          <input id="sla-always" type="checkbox" checked={form.always_open} onChange={(e) => setForm({ ...form, always_open: e.target.checked })} /> {t("admin.alwaysOpen")}
        </label>
        {!form.always_open ? (
          <>
            <Field id="sla-start" label={t("admin.opens")}>
              <input id="sla-start" type="time" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
            </Field>
            <Field id="sla-end" label={t("admin.closes")}>
              <input id="sla-end" type="time" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
            </Field>
          </>
        ) : null}
        <Field id="sla-due_soon_percent" label={t("admin.dueSoon")} hint={t("admin.dueSoonHint")}>
          <input id="sla-due_soon_percent" inputMode="numeric" size={4} value={form.due_soon_percent} onChange={(e) => setForm({ ...form, due_soon_percent: e.target.value })} />
        </Field>
      </div>
      {!form.always_open ? (
        <fieldset>
          <legend>{t("admin.workingDays")}</legend>
          <div className="row-actions">
            {WEEKDAYS.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  checked={form.weekdays.includes(d)}
                  onChange={(e) => setForm({ ...form, weekdays: e.target.checked ? [...form.weekdays, d] : form.weekdays.filter((x) => x !== d) })}
                />{" "}
                {t(`weekday.${d}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {(["targets", "fast_track_targets"] as const).map((set) => (
        <table key={set} className="bars">
          <caption>{t(set === "targets" ? "admin.targets" : "admin.fastTrackTargets")} ({t("admin.minutes")})</caption>
          <thead>
            <tr>
              <th scope="col">{t("case.urgency")}</th>
              <th scope="col">{t("admin.first_response_minutes")}</th>
              <th scope="col">{t("admin.resolution_minutes")}</th>
            </tr>
          </thead>
          <tbody>
            {URGENCIES.map((u) => (
              <tr key={u}>
                <th scope="row">{t(`urgency.${u}`)}</th>
                {(["first_response_minutes", "resolution_minutes"] as const).map((key) => {
                  const name = `${set}.${u}.${key}`;
                  return (
                    <td key={key}>
                      <input
                        id={fieldId(name)}
                        aria-label={labelOf(name)}
                        inputMode="numeric"
                        size={8}
                        value={form.minutes[name] ?? ""}
                        onChange={(e) => setForm({ ...form, minutes: { ...form.minutes, [name]: e.target.value } })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy}>{t("save")}</button>
        <button type="button" onClick={onClose}>{t("cancel")}</button>
      </div>
    </form>
  );
}

const closureKey = ["closure-days"] as const;

export function ClosureDaysAdmin() {
  const { t, date } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const days = useQuery({ queryKey: closureKey, queryFn: () => unwrap(api.GET("/api/v1/closure-days")) });
  const [error, setError] = useState<unknown>(null);
  async function remove(day: string) {
    setError(null);
    try {
      await unwrap(api.DELETE("/api/v1/closure-days/{day}", { params: { path: { day } } }));
      await queryClient.invalidateQueries({ queryKey: closureKey });
      await queryClient.invalidateQueries({ queryKey: ["complaints"] });
    } catch (e) {
      setError(e);
    }
  }
  return (
    <>
      <CreatePanel
        id="closure-new"
        title={t("admin.newClosureDay")}
        submitLabel={t("admin.addClosureDay")}
        doneText={t("admin.added")}
        specs={[
          { name: "day", label: "admin.day", kind: "date", required: true },
          { name: "reason", label: "admin.closureReason", kind: "text", required: true },
        ]}
        create={async (body) => {
          await unwrap(api.POST("/api/v1/closure-days", { body: body as Schemas["ClosureDayCreate"] }));
          await queryClient.invalidateQueries({ queryKey: closureKey });
          await queryClient.invalidateQueries({ queryKey: ["complaints"] });
        }}
      />
      <div className="panel">
        {error ? <ErrorMessage error={error} /> : null}
        <p className="hint">{t("admin.closureHint")}</p>
        {days.isPending ? <Loading /> : days.isError ? <ErrorMessage error={days.error} /> : (
          <table>
            <caption className="bars">{t("admin.closureDays")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.day")}</th>
                <th scope="col">{t("admin.closureReason")}</th>
                <th scope="col"><span className="visually-hidden">{t("admin.remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {days.data.items.length === 0 ? <tr><td colSpan={3}>{t("admin.noClosureDays")}</td></tr> : days.data.items.map((d) => (
                <tr key={d.day}>
                  <td>{date(`${d.day}T12:00:00+07:00`)}</td>
                  <td>{d.reason}</td>
                  <td>
                    <button type="button" className="danger" onClick={() => void remove(d.day)}>
                      {t("admin.remove")}<span className="visually-hidden"> {date(`${d.day}T12:00:00+07:00`)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
