// The case's append-only timeline: every entry kind, oldest first, with its own fields.
import { useI18n, type Schemas } from "@fasttrack/shared";
import { byId, useAgencies, useName } from "../../app/reference";

type Entry = Schemas["TimelineEntryRead"];

const TEXT_FIELDS = ["text", "reason", "resolution", "outcome", "referred_to", "counterpart", "routing_warning"] as const;

export function Timeline({ entries }: { entries: Entry[] }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("case.timeline")}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <TimelineItem key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function str(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

function TimelineItem({ entry }: { entry: Entry }) {
  const { t, dateTime, date } = useI18n();
  const name = useName();
  const agencies = byId(useAgencies().data);
  const data = entry.data as Record<string, unknown>;
  const from = str(data.from);
  const to = str(data.to);
  const action = str(data.action);
  const agencyId = str(data.agency_id) ?? str(data.to_agency_id);
  const channel = str(data.channel);
  const planned = str(data.planned_date);
  const done = str(data.done_date);
  return (
    <li data-kind={entry.kind}>
      <div className="row-actions">
        <strong>{t(`event.${entry.kind}`)}</strong>
        {action ? <span>· {t(`action.${action}`)}</span> : null}
        <span className={`badge ${entry.visibility === "public" ? "on_track" : "paused"}`}>{t(`visibility.${entry.visibility}`)}</span>
        <time className="when" dateTime={entry.at}>{dateTime(entry.at)}</time>
      </div>
      {from && to ? (
        <p>
          {t(`status.${from}`)} → {t(`status.${to}`)}
        </p>
      ) : null}
      {agencyId ? <p>{t("field.agency")}: {name(agencies.get(agencyId), agencyId)}</p> : null}
      {channel ? (
        // a created event names the intake channel; a coordination message its own channel
        entry.kind === "created" ? (
          <p>{t("case.channel")}: {t(`channel.${channel}`)}</p>
        ) : (
          <p>{t("entry.channel")}: {t(`coord.${channel}`)}</p>
        )
      ) : null}
      {planned ? <p>{t("entry.plannedDate")}: {date(planned)}</p> : null}
      {done ? <p>{t("entry.doneDate")}: {date(done)}</p> : null}
      {entry.redaction ? (
        <p className="muted">
          {t("tl.redacted")} · <time dateTime={entry.redaction.at}>{dateTime(entry.redaction.at)}</time> ·{" "}
          {t("tl.reason")}: {entry.redaction.reason}
        </p>
      ) : null}
      {TEXT_FIELDS.map((field) => {
        const value = str(data[field]);
        return value ? (
          <p key={field} className="entry-text">
            {field !== "text" ? <span className="muted">{t(`tl.${field}`)}: </span> : null}
            {field === "reason" && entry.kind === "flagged" ? t(`flag.${value}`) : value}
          </p>
        ) : null;
      })}
    </li>
  );
}
