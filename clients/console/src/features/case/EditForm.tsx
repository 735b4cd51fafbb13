// Edit a case's title, urgency and fast-track flag (PATCH with If-Match; 412 → conflict dialog).
import { useState } from "react";
import type { FormEvent } from "react";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, Field } from "../../app/ui";
import type { Complaint } from "./useCase";
import type { useVersionedWrite } from "./useVersionedWrite";

const URGENCIES: Schemas["Urgency"][] = ["low", "normal", "high", "critical"];

export function EditForm({ complaint, writer, onDone }: { complaint: Complaint; writer: ReturnType<typeof useVersionedWrite>; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [title, setTitle] = useState(complaint.title);
  const [urgency, setUrgency] = useState(complaint.urgency);
  const [fastTrack, setFastTrack] = useState(complaint.fast_track);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only what this user changed: re-applied after a conflict, it keeps the other's edits.
    const changes: Schemas["ComplaintUpdate"] = {};
    if (title.trim() && title.trim() !== complaint.title) changes.title = title.trim();
    if (urgency !== complaint.urgency) changes.urgency = urgency;
    if (fastTrack !== complaint.fast_track) changes.fast_track = fastTrack;
    if (Object.keys(changes).length === 0) return onDone();
    const ok = await writer.run((etag) =>
      unwrap(
        api.PATCH("/api/v1/complaints/{complaint_id}", {
          params: { path: { complaint_id: complaint.id }, header: { "If-Match": etag } },
          body: changes,
        }),
      ),
    );
    if (ok) onDone();
  }

  return (
    <form onSubmit={submit} className="panel" aria-label={t("case.edit")}>
      <h2>{t("case.edit")}</h2>
      <Field id="edit-title" label={t("intake.titleField")}>
        <input id="edit-title" value={title} onChange={(e) => setTitle(e.target.value)} size={60} />
      </Field>
      <Field id="edit-urgency" label={t("case.urgency")}>
        <select id="edit-urgency" value={urgency} onChange={(e) => setUrgency(e.target.value as Schemas["Urgency"])}>
          {URGENCIES.map((u) => <option key={u} value={u}>{t(`urgency.${u}`)}</option>)}
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" checked={fastTrack} onChange={(e) => setFastTrack(e.target.checked)} /> {t("case.fastTrack")}
      </label>
      {writer.error ? <ErrorMessage error={writer.error} /> : null}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={writer.busy}>{t("save")}</button>
        <button type="button" onClick={onDone}>{t("cancel")}</button>
      </div>
    </form>
  );
}
