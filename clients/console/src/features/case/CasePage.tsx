// One case: details, personal data exactly as the API returned it, SLA, actions, work log,
// timeline and files.
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { unwrap, useI18n } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { byId, useAgencies, useCategories, useDistricts, useName } from "../../app/reference";
import { ErrorMessage, Loading, SlaBadge, StatusBadge } from "../../app/ui";
import { ActionsPanel } from "./ActionsPanel";
import { Attachments } from "./Attachments";
import { ConflictDialog } from "./ConflictDialog";
import { EditForm } from "./EditForm";
import { EntryForm } from "./EntryForm";
import { Timeline } from "./Timeline";
import { useAgencyStaff } from "./staff";
import { useCase, useTimeline, type Complaint } from "./useCase";
import { useVersionedWrite } from "./useVersionedWrite";

export function CasePage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const query = useCase(id);
  const timeline = useTimeline(id);
  const writer = useVersionedWrite(id);
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id, query.isSuccess]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const { complaint, etag } = query.data;
  const editable = complaint.is_open && complaint.allowed_actions.length > 0;
  return (
    <article aria-labelledby="case-title">
      <p>
        <Link to="/queue">← {t("nav.queue")}</Link>
      </p>
      <h1 id="case-title" tabIndex={-1} ref={heading}>
        {complaint.case_number} · {complaint.title}
      </h1>
      <div className="row-actions">
        <StatusBadge status={complaint.status} />
        {complaint.fast_track ? <span className="badge">Fast Track</span> : null}
        {complaint.sla && complaint.is_open ? (
          <>
            <SlaBadge milestone={complaint.sla.first_response} label={t("sla.firstResponse")} />
            <SlaBadge milestone={complaint.sla.resolution} label={t("sla.resolution")} />
          </>
        ) : null}
        <span className="muted" data-etag={etag}>
          {t("case.version")} {complaint.version}
        </span>
        {editable && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>{t("case.edit")}</button>
        ) : null}
      </div>
      {writer.conflict ? (
        <ConflictDialog busy={writer.busy} onReapply={() => void writer.reapply()} onDiscard={writer.discard} />
      ) : null}
      <div className="case-layout">
        <div>
          {editing ? <EditForm complaint={complaint} writer={writer} onDone={() => setEditing(false)} /> : null}
          <Details complaint={complaint} />
          <ActionsPanel complaint={complaint} writer={writer} />
          {complaint.is_open ? <EntryForm complaintId={complaint.id} /> : null}
          {timeline.isPending ? <Loading /> : timeline.isError ? <ErrorMessage error={timeline.error} /> : <Timeline entries={timeline.data} />}
        </div>
        <div>
          <Complainant complaint={complaint} />
          <Attachments complaintId={complaint.id} />
          <Similar complaint={complaint} />
        </div>
      </div>
    </article>
  );
}

function Details({ complaint }: { complaint: Complaint }) {
  const { t, dateTime } = useI18n();
  const name = useName();
  const agencies = byId(useAgencies().data);
  const categories = byId(useCategories().data);
  const district = (useDistricts().data ?? []).find((d) => d.code === complaint.district_code);
  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 id="details-title">{t("case.details")}</h2>
      <dl className="details">
        <dt>{t("case.received")}</dt>
        <dd>{dateTime(complaint.created_at)}</dd>
        <dt>{t("case.channel")}</dt>
        <dd>{t(`channel.${complaint.channel}`)}{complaint.channel_ref ? ` (${complaint.channel_ref})` : ""}</dd>
        <dt>{t("case.category")}</dt>
        <dd>{complaint.category_id ? name(categories.get(complaint.category_id)) : t("case.none")}</dd>
        <dt>{t("case.district")}</dt>
        <dd>{district ? name(district) : (complaint.district_code ?? t("case.none"))}</dd>
        <dt>{t("case.address")}</dt>
        <dd>{complaint.location.address ?? t("case.none")}</dd>
        <dt>{t("case.urgency")}</dt>
        <dd>{t(`urgency.${complaint.urgency}`)}</dd>
        <dt>{t("case.leadAgency")}</dt>
        <dd>{complaint.lead_agency_id ? name(agencies.get(complaint.lead_agency_id)) : t("case.none")}</dd>
        <dt>{t("field.assignee")}</dt>
        <dd data-testid="assignee"><Assignee complaint={complaint} /></dd>
        {complaint.proposed_agency_id && complaint.proposed_agency_id !== complaint.lead_agency_id ? (
          <>
            <dt>{t("case.proposedAgency")}</dt>
            <dd>{name(agencies.get(complaint.proposed_agency_id))}</dd>
          </>
        ) : null}
        {complaint.co_handler_ids.length ? (
          <>
            <dt>{t("case.coHandlers")}</dt>
            <dd>{complaint.co_handler_ids.map((id) => name(agencies.get(id))).join(", ")}</dd>
          </>
        ) : null}
        <dt>{t("case.tracking")}</dt>
        <dd>{complaint.tracking_code}</dd>
        {complaint.resolution ? (
          <>
            <dt>{t("case.resolution")}</dt>
            <dd className="entry-text">{complaint.resolution}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t("case.description")}</h3>
      <p className="entry-text">{complaint.description}</p>
    </section>
  );
}

/** Who works the case: a name when the reader may list the agency's staff (or it is them). */
function Assignee({ complaint }: { complaint: Complaint }) {
  const { t } = useI18n();
  const me = useMe();
  const staff = useAgencyStaff(complaint.assignee_id ? complaint.lead_agency_id : null);
  if (!complaint.assignee_id) return <>{t("case.noAssignee")}</>;
  if (complaint.assignee_id === me.id) return <>{me.full_name} ({t("case.you")})</>;
  const person = staff.data?.find((u) => u.id === complaint.assignee_id);
  return <>{person ? person.full_name : t("case.assigneeSet")}</>;
}

/** Shown exactly as the API returned it: masked values stay masked, hidden stays hidden. */
function Complainant({ complaint }: { complaint: Complaint }) {
  const { t } = useI18n();
  const c = complaint.complainant;
  const rows: [string, string | null][] = [
    ["case.name", c.name],
    ["case.phone", c.phone],
    ["case.email", c.email],
    ["case.line", c.line_user_id],
  ];
  return (
    <section className="panel" aria-labelledby="complainant-title" data-personal-data={c.personal_data}>
      <h2 id="complainant-title">{t("case.complainant")}</h2>
      <p className="hint">{t(`case.pd.${c.personal_data}`)}</p>
      {c.personal_data !== "hidden" ? (
        <dl className="details">
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{t(label)}</dt>
              <dd>{value ?? t("case.none")}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {c.confidential ? <p><span className="badge breached">{t("case.confidential")}</span></p> : null}
      {c.no_contact ? <p>{t("case.noContact")}</p> : null}
    </section>
  );
}

function Similar({ complaint }: { complaint: Complaint }) {
  const { t, number } = useI18n();
  const api = useApi();
  const similar = useQuery({
    queryKey: keys.similar(complaint.id),
    enabled: complaint.is_open,
    retry: false,
    queryFn: () =>
      unwrap(api.GET("/api/v1/complaints/{complaint_id}/similar", { params: { path: { complaint_id: complaint.id }, query: { limit: 5 } } })),
  });
  const items = similar.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section className="panel suggestions" aria-labelledby="similar-title">
      <h2 id="similar-title">{t("case.similar")}</h2>
      <ul>
        {items.map((s) => (
          <li key={s.complaint.id}>
            <Link to={`/cases/${s.complaint.id}`}>{s.complaint.case_number}</Link> {s.complaint.title}{" "}
            <span className="muted">
              ({number(Math.round(s.score * 100))}%{s.distance_m !== null ? ` · ${number(Math.round(s.distance_m))} m` : ""})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
