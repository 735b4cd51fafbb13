// The lifecycle actions the API lists in allowed_actions (and only those), each with the
// fields it needs; co-handling invitations; all through If-Match with the conflict dialog.
import { useState } from "react";
import type { FormEvent } from "react";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { useAgencies, useName } from "../../app/reference";
import { ErrorMessage, ErrorSummary, Field } from "../../app/ui";
import { useAgencyStaff } from "./staff";
import type { Complaint } from "./useCase";
import type { useVersionedWrite } from "./useVersionedWrite";

type Action = Schemas["ComplaintAction"];
type Body = Schemas["ComplaintTransition"];

/** Which fields each action asks for; `true` means required (the API says 422 otherwise). */
export const ACTION_FIELDS: Record<Action, Partial<Record<"agency_id" | "assignee_id" | "reason" | "referred_to" | "target_case" | "resolution", boolean>>> = {
  triage: {},
  assign: { agency_id: true, assignee_id: false, reason: false },
  // the coordinator names who works the case as the agency starts on it
  start: { assignee_id: false },
  request_info: { reason: false },
  provide_info: {},
  resume: {},
  resolve: { resolution: true },
  close: {},
  reject: { reason: true, referred_to: true },
  withdraw: { reason: true },
  merge: { target_case: true },
  transfer: { agency_id: true, reason: true },
  reopen: { reason: false },
};

const FIELD_LABEL: Record<string, string> = {
  agency_id: "field.agency",
  assignee_id: "field.assignee",
  reason: "field.reason",
  referred_to: "field.referredTo",
  target_case: "field.targetCase",
  resolution: "field.resolution",
};

export function ActionsPanel({ complaint, writer }: { complaint: Complaint; writer: ReturnType<typeof useVersionedWrite> }) {
  const { t } = useI18n();
  const me = useMe();
  const [open, setOpen] = useState<Action | "co_handle" | null>(null);
  const actions = complaint.allowed_actions;
  const mayInvite =
    complaint.is_open &&
    (me.role === "omb_officer" || (me.role === "coordinator" && me.agency_id === complaint.lead_agency_id));
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t("case.actions")}</h2>
      {actions.length === 0 && !mayInvite ? <p>{t("case.noActions")}</p> : null}
      <div className="row-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            aria-expanded={open === action}
            className={open === action ? "primary" : undefined}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {t(`action.${action}`)}
          </button>
        ))}
        {mayInvite ? (
          <button type="button" aria-expanded={open === "co_handle"} onClick={() => setOpen(open === "co_handle" ? null : "co_handle")}>
            {t("action.coHandle")}
          </button>
        ) : null}
      </div>
      {open && open !== "co_handle" && actions.includes(open) ? (
        <ActionForm
          key={open}
          action={open}
          complaint={complaint}
          writer={writer}
          // only close this action's form: the user may have opened the next one meanwhile
          onDone={() => setOpen((current) => (current === open ? null : current))}
        />
      ) : null}
      {open === "co_handle" ? (
        <CoHandleForm
          complaint={complaint}
          onDone={() => setOpen((current) => (current === "co_handle" ? null : current))}
          writer={writer}
        />
      ) : null}
    </section>
  );
}

function ActionForm({ action, complaint, writer, onDone }: { action: Action; complaint: Complaint; writer: ReturnType<typeof useVersionedWrite>; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const agencies = useAgencies();
  const fields = ACTION_FIELDS[action];
  const [values, setValues] = useState<Record<string, string>>(() => ({
    // the routing proposal (made at triage) is the default; overriding it needs a reason
    agency_id: action === "assign" ? (complaint.proposed_agency_id ?? complaint.lead_agency_id ?? "") : "",
  }));
  const [missing, setMissing] = useState<string[]>([]);
  // the assignee is staff of the agency the case is (or is being) assigned to
  const staffAgency = "agency_id" in fields ? values.agency_id : complaint.lead_agency_id;
  const staff = useAgencyStaff("assignee_id" in fields ? staffAgency : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = Object.entries(fields)
      .filter(([field, required]) => required && !values[field]?.trim())
      .map(([field]) => field);
    setMissing(absent);
    if (absent.length) return;
    const body: Body = { action };
    if (values.agency_id && "agency_id" in fields) body.agency_id = values.agency_id;
    if (values.assignee_id) body.assignee_id = values.assignee_id;
    if (values.reason?.trim()) body.reason = values.reason.trim();
    if (values.referred_to?.trim()) body.referred_to = values.referred_to.trim();
    if (values.resolution?.trim()) body.resolution = values.resolution.trim();
    if (values.target_case?.trim()) {
      const found = await unwrap(api.GET("/api/v1/complaints", { params: { query: { q: values.target_case.trim(), limit: 5 } } }));
      const target = found.items.find((c) => c.case_number === values.target_case?.trim());
      if (!target) {
        setMissing(["target_case"]);
        return;
      }
      body.target_case_id = target.id;
    }
    const ok = await writer.run((etag) =>
      unwrap(
        api.POST("/api/v1/complaints/{complaint_id}/transitions", {
          params: { path: { complaint_id: complaint.id }, header: { "If-Match": etag } },
          body,
        }),
      ),
    );
    if (ok) onDone();
  }

  const set = (field: string) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const agencyOptions = (agencies.data ?? []).filter((a) => a.is_active && (action !== "transfer" || a.id !== complaint.lead_agency_id));
  return (
    <form onSubmit={submit} noValidate aria-label={t(`action.${action}`)} className="action-form">
      <h3>{t(`action.${action}`)}</h3>
      <ErrorSummary
        title={t("intake.errors")}
        items={missing.map((f) => ({ field: `act-${f}`, text: t("field.required", { field: t(FIELD_LABEL[f] ?? f) }) }))}
      />
      {"agency_id" in fields ? (
        <Field id="act-agency_id" label={t("field.agency")}>
          <select
            id="act-agency_id"
            value={values.agency_id ?? ""}
            // an assignee belongs to one agency: choosing another clears the pick
            onChange={(e) => setValues((v) => ({ ...v, agency_id: e.target.value, assignee_id: "" }))}
          >
            <option value="">—</option>
            {agencyOptions.map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
          </select>
        </Field>
      ) : null}
      {"assignee_id" in fields && staff.data?.length ? (
        <Field id="act-assignee_id" label={`${t("field.assignee")} ${t("admin.optional")}`} hint={t("field.assigneeHint")}>
          <select id="act-assignee_id" value={values.assignee_id ?? ""} onChange={(e) => set("assignee_id")(e.target.value)}>
            <option value="">{t("field.noAssignee")}</option>
            {staff.data.map((u) => (
              <option key={u.id} value={u.id}>{u.full_name} · {t(`role.${u.role}`)}</option>
            ))}
          </select>
        </Field>
      ) : null}
      {"target_case" in fields ? (
        <Field id="act-target_case" label={t("field.targetCase")}>
          <input id="act-target_case" value={values.target_case ?? ""} placeholder="FT-2569-000001" onChange={(e) => set("target_case")(e.target.value)} />
        </Field>
      ) : null}
      {(["reason", "referred_to", "resolution"] as const).filter((f) => f in fields).map((f) => (
        <Field key={f} id={`act-${f}`} label={t(FIELD_LABEL[f]!)}>
          {f === "referred_to" ? (
            <input id={`act-${f}`} value={values[f] ?? ""} onChange={(e) => set(f)(e.target.value)} size={40} />
          ) : (
            <textarea id={`act-${f}`} value={values[f] ?? ""} onChange={(e) => set(f)(e.target.value)} />
          )}
        </Field>
      ))}
      {writer.error ? <ErrorMessage error={writer.error} /> : null}
      <button type="submit" className="primary" disabled={writer.busy}>
        {t("action.confirm")}: {t(`action.${action}`)}
      </button>
    </form>
  );
}

function CoHandleForm({ complaint, onDone, writer }: { complaint: Complaint; onDone: () => void; writer: ReturnType<typeof useVersionedWrite> }) {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const agencies = useAgencies();
  const [agency, setAgency] = useState("");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent = [...(agency ? [] : ["agency_id"]), ...(reason.trim() ? [] : ["reason"])];
    setMissing(absent);
    if (absent.length) return;
    const ok = await writer.run(() =>
      unwrap(
        api.POST("/api/v1/complaints/{complaint_id}/co-handlers", {
          params: { path: { complaint_id: complaint.id } },
          body: { agency_id: agency, reason: reason.trim() },
        }),
      ),
    );
    if (ok) onDone();
  }
  const options = (agencies.data ?? []).filter(
    (a) => a.is_active && a.id !== complaint.lead_agency_id && !complaint.co_handler_ids.includes(a.id),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t("action.coHandle")} className="action-form">
      <h3>{t("action.coHandle")}</h3>
      <ErrorSummary
        title={t("intake.errors")}
        items={missing.map((f) => ({ field: `co-${f}`, text: t("field.required", { field: t(FIELD_LABEL[f] ?? f) }) }))}
      />
      <Field id="co-agency_id" label={t("field.agency")}>
        <select id="co-agency_id" value={agency} onChange={(e) => setAgency(e.target.value)}>
          <option value="">—</option>
          {options.map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
        </select>
      </Field>
      <Field id="co-reason" label={t("field.reason")}>
        <textarea id="co-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {writer.error ? <ErrorMessage error={writer.error} /> : null}
      <button type="submit" className="primary" disabled={writer.busy}>{t("action.confirm")}</button>
    </form>
  );
}
