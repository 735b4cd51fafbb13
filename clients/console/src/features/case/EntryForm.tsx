// Log work on a case: an internal note, a coordination message by channel, a field visit
// (plan it, then record what was found) or an answer to the complainant.
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ApiError, bangkokToday, newIdempotencyKey, unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, ErrorSummary, Field } from "../../app/ui";
import { useInvalidateCase } from "./useCase";

type EntryType = Schemas["TimelineEntryCreate"]["type"];
const TYPES: EntryType[] = ["note", "coordination_message", "field_visit", "response"];
const CHANNELS: Schemas["CoordinationChannel"][] = ["line_group", "phone", "fax", "email", "meeting"];

export function EntryForm({ complaintId }: { complaintId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const invalidate = useInvalidateCase(complaintId);
  const [type, setType] = useState<EntryType>("note");
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<Schemas["CoordinationChannel"]>("line_group");
  const [counterpart, setCounterpart] = useState("");
  const [planned, setPlanned] = useState("");
  const [done, setDone] = useState("");
  const [outcome, setOutcome] = useState("");
  const [isPublic, setPublic] = useState(false);
  const [missing, setMissing] = useState<{ field: string; text: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  // One key per intent: a double click or a retry after a timeout records one entry.
  const idempotencyKey = useRef(newIdempotencyKey());

  function validate(): { field: string; text: string }[] {
    const need = (field: string, label: string, value: string) =>
      value.trim() ? [] : [{ field, text: t("field.required", { field: t(label) }) }];
    if (type === "field_visit") {
      return planned || done ? (done ? need("entry-outcome", "entry.outcome", outcome) : []) : need("entry-planned", "entry.plannedDate", "");
    }
    return need("entry-text", "entry.text", text);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validate();
    setMissing(problems);
    setSaved(false);
    if (problems.length) return;
    const body: Schemas["TimelineEntryCreate"] = { type };
    if (text.trim()) body.text = text.trim();
    if (type === "coordination_message") {
      body.channel = channel;
      if (counterpart.trim()) body.counterpart = counterpart.trim();
    }
    if (type === "field_visit") {
      if (planned) body.planned_date = planned;
      if (done) body.done_date = done;
      if (outcome.trim()) body.outcome = outcome.trim();
    }
    body.visibility = type === "response" ? "public" : isPublic ? "public" : "internal";
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST("/api/v1/complaints/{complaint_id}/timeline", {
          params: { path: { complaint_id: complaintId }, header: { "Idempotency-Key": idempotencyKey.current } },
          body,
        }),
      );
      idempotencyKey.current = newIdempotencyKey();
      setText("");
      setCounterpart("");
      setPlanned("");
      setDone("");
      setOutcome("");
      // the entry may change the case (its first response): re-read it, and its ETag, before
      // saying "saved", so the next action carries the current version
      await invalidate();
      setSaved(true);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.status < 500) idempotencyKey.current = newIdempotencyKey();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="entry-title">
      <h2 id="entry-title">{t("case.addEntry")}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary title={t("intake.errors")} items={missing} />
        <fieldset className="tabs" role="radiogroup" aria-label={t("entry.type")}>
          <legend className="visually-hidden">{t("entry.type")}</legend>
          {TYPES.map((ty) => (
            <label key={ty} className="radio">
              <input type="radio" name="entry-type" value={ty} checked={type === ty} onChange={() => setType(ty)} /> {t(`entry.${ty}`)}
            </label>
          ))}
        </fieldset>
        {type === "coordination_message" ? (
          <div className="filters">
            <Field id="entry-channel" label={t("entry.channel")}>
              <select id="entry-channel" value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
                {CHANNELS.map((c) => <option key={c} value={c}>{t(`coord.${c}`)}</option>)}
              </select>
            </Field>
            <Field id="entry-counterpart" label={t("entry.counterpart")}>
              <input id="entry-counterpart" value={counterpart} onChange={(e) => setCounterpart(e.target.value)} size={30} />
            </Field>
          </div>
        ) : null}
        {type === "field_visit" ? (
          <div className="filters">
            <Field id="entry-planned" label={t("entry.plannedDate")}>
              <input id="entry-planned" type="date" min={bangkokToday()} value={planned} onChange={(e) => setPlanned(e.target.value)} />
            </Field>
            <Field id="entry-done" label={t("entry.doneDate")}>
              <input id="entry-done" type="date" max={bangkokToday()} value={done} onChange={(e) => setDone(e.target.value)} />
            </Field>
          </div>
        ) : null}
        {type === "field_visit" ? (
          <Field id="entry-outcome" label={t("entry.outcome")}>
            <textarea id="entry-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          </Field>
        ) : null}
        <Field id="entry-text" label={t("entry.text")}>
          <textarea id="entry-text" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        {type !== "response" ? (
          <label className="check">
            <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.target.checked)} /> {t("entry.public")}
          </label>
        ) : (
          <p className="hint">{t("entry.responseHint")}</p>
        )}
        {error ? <ErrorMessage error={error} /> : null}
        <div className="row-actions">
          <button type="submit" className="primary" disabled={busy}>{t("entry.save")}</button>
          {saved ? <span role="status">{t("entry.saved")}</span> : null}
        </div>
      </form>
    </section>
  );
}
