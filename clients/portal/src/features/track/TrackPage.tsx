// Track a complaint by its code: status in plain words, the agency, the public timeline and
// photos; a merged case names the case that absorbed it. After resolution the complainant
// rates it (once) or asks to reopen it, with the secret given at filing.
import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { ErrorSummary, Loading, Problem } from "../../app/ui";

type PublicCase = Schemas["PublicComplaintRead"];

export default function TrackPage() {
  const { code } = useParams();
  return (
    <>
      <Lookup initial={code ?? ""} />
      {code && <CaseView key={code} code={code} />}
    </>
  );
}

function Lookup({ initial }: { initial: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const compact = value.toUpperCase().replace(/[^0-9A-Z]/g, "");
    if (compact.length < 8) {
      setError(true);
      return;
    }
    setError(false);
    const code = compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
    navigate(`/track/${code}`);
  }
  return (
    <form onSubmit={onSubmit} className="panel" noValidate>
      <h1>{t("track.title")}</h1>
      <ErrorSummary items={error ? [{ field: "code", text: t("track.code.hint") }] : []} />
      <div className="field">
        <label htmlFor="code">{t("track.code")}</label>
        <span className="hint" id="code-hint">{t("track.code.hint")}</span>
        <div className="inline">
          <input
            id="code"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="code-hint"
            aria-invalid={error}
            className="code-input"
          />
          <button type="submit" className="primary">
            {t("track.submit")}
          </button>
        </div>
      </div>
    </form>
  );
}

function eventText(e: PublicCase["timeline"][number], t: (k: string, p?: Record<string, string>) => string, label: (s: string) => string) {
  switch (e.kind) {
    case "created":
      return t("event.created");
    case "state_changed":
      return e.status_to ? t("event.state_changed", { status: label(e.status_to) }) : t("event.other");
    case "assigned":
    case "transferred":
    case "response":
    case "note":
    case "rated":
      return t(`event.${e.kind}`);
    default:
      return t("event.other");
  }
}

function CaseView({ code }: { code: string }) {
  const api = useApi();
  const { t, lang, dateTime, date } = useI18n();
  const [reopened, setReopened] = useState(false);
  const tracked = useQuery({
    queryKey: keys.track(code),
    queryFn: () => unwrap(api.GET("/api/v1/public/complaints/{tracking_code}", { params: { path: { tracking_code: code } } })),
  });
  if (tracked.isPending) return <Loading />;
  if (tracked.error) return <Problem error={tracked.error} />;
  const c = tracked.data;
  const label = (s: string) => t(`status.${s}`);
  const statusText = lang === "th" ? c.status_label.th : c.status_label.en;
  const agency = c.agency ? (lang === "th" ? c.agency.name_th : c.agency.name_en) : null;
  return (
    <>
      <section className="panel case" aria-labelledby="case-title">
        <h2 id="case-title">
          {c.case_number} <span className="code">({c.tracking_code})</span>
        </h2>
        <dl className="facts">
          <dt>{t("track.status")}</dt>
          <dd>
            <strong className={`status status-${c.status}`} data-testid="status">
              {statusText}
            </strong>
          </dd>
          <dt>{t("track.agency")}</dt>
          <dd>{agency ?? t("track.agency.none")}</dd>
          <dt>{t("track.filed")}</dt>
          <dd>{dateTime(c.created_at)}</dd>
        </dl>
        {c.merged_into && (
          <div className="merged" role="note">
            <p>
              {t("track.merged", {
                number: c.merged_into.case_number,
                status: lang === "th" ? c.merged_into.status_label.th : c.merged_into.status_label.en,
              })}
            </p>
            {c.merged_into.agency && (
              <p>
                {t("track.merged.agency", {
                  agency: lang === "th" ? c.merged_into.agency.name_th : c.merged_into.agency.name_en,
                })}
              </p>
            )}
          </div>
        )}
        <h3>{t("track.timeline")}</h3>
        <ol className="timeline">
          {c.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{dateTime(e.at)}</time>
              <span>{eventText(e, t, label)}</span>
              {e.text && <p className="event-text">{e.text}</p>}
              {e.hidden && <p className="event-text hint">{t("track.hidden")}</p>}
            </li>
          ))}
        </ol>
        {c.attachments.length > 0 && (
          <>
            <h3>{t("track.photos")}</h3>
            <ul className="photos">
              {c.attachments.map((a, i) => (
                <li key={a.id}>
                  <img src={a.url} alt={t("track.photo", { n: String(i + 1) })} loading="lazy" />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {c.can_rate && <RateForm code={c.tracking_code} />}
      {c.rated && <p className="panel">{t("rate.already")}</p>}
      {c.reopen_until && (
        <ReopenForm code={c.tracking_code} until={date(c.reopen_until)} onDone={() => setReopened(true)} />
      )}
      {reopened && (
        <p className="panel" role="status">
          {t("reopen.done")}
        </p>
      )}
    </>
  );
}

function SecretField({ value, onChange, invalid }: { value: string; onChange: (v: string) => void; invalid: boolean }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="secret">{t("rate.secret")}</label>
      <span className="hint" id="secret-hint">{t("rate.secret.hint")}</span>
      <input
        id="secret"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby="secret-hint"
        aria-invalid={invalid}
        className="code-input"
      />
    </div>
  );
}

function RateForm({ code }: { code: string }) {
  const api = useApi();
  const { t } = useI18n();
  const client = useQueryClient();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [secret, setSecret] = useState("");
  const [errors, setErrors] = useState<{ field: string; text: string }[]>([]);
  const rate = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/public/complaints/{tracking_code}/rating", {
          params: { path: { tracking_code: code } },
          body: { secret: secret.trim(), score, comment: comment.trim() || null },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.track(code) }),
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = [];
    if (!score) found.push({ field: "score-1", text: t("rate.error.score") });
    if (secret.trim().length < 8) found.push({ field: "secret", text: t("rate.error.secret") });
    setErrors(found);
    if (!found.length) rate.mutate();
  }
  if (rate.isSuccess) {
    return (
      <p className="panel" role="status">
        {t("rate.done")}
      </p>
    );
  }
  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="rate-title">
      <h2 id="rate-title">{t("rate.title")}</h2>
      <p>{t("rate.lead")}</p>
      <ErrorSummary items={errors} />
      <Problem error={rate.error} />
      <fieldset className="stars">
        <legend>{t("rate.score")}</legend>
        <p className="hint">
          {t("rate.score.1")} · {t("rate.score.5")}
        </p>
        <div className="inline">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={score === n ? "star selected" : "star"}>
              <input type="radio" name="score" id={`score-${n}`} value={n} checked={score === n} onChange={() => setScore(n)} />
              <span aria-hidden="true">{n}</span>
              <span className="visually-hidden">{t("rate.score.n", { n: String(n) })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="comment">{t("rate.comment")}</label>
        <textarea id="comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
      </div>
      <SecretField value={secret} onChange={setSecret} invalid={errors.some((e) => e.field === "secret")} />
      <button type="submit" className="primary" disabled={rate.isPending}>
        {t("rate.submit")}
      </button>
    </form>
  );
}

function ReopenForm({ code, until, onDone }: { code: string; until: string; onDone: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState("");
  const [secret, setSecret] = useState("");
  const [errors, setErrors] = useState<{ field: string; text: string }[]>([]);
  const reopen = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/public/complaints/{tracking_code}/reopen", {
          params: { path: { tracking_code: code } },
          body: { secret: secret.trim(), reason: reason.trim() },
        }),
      ),
    onSuccess: (data) => {
      onDone();
      client.setQueryData(keys.track(code), data);
    },
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = [];
    if (!reason.trim()) found.push({ field: "reason", text: t("reopen.error.reason") });
    if (secret.trim().length < 8) found.push({ field: "reopen-secret", text: t("rate.error.secret") });
    setErrors(found);
    if (!found.length) reopen.mutate();
  }
  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t("reopen.title")}</h2>
      <p>{t("reopen.lead", { date: until })}</p>
      <ErrorSummary items={errors} />
      <Problem error={reopen.error} />
      <div className="field">
        <label htmlFor="reason">{t("reopen.reason")}</label>
        <textarea id="reason" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} aria-invalid={errors.some((e) => e.field === "reason")} />
      </div>
      <div className="field">
        <label htmlFor="reopen-secret">{t("rate.secret")}</label>
        <input
          id="reopen-secret"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={errors.some((e) => e.field === "reopen-secret")}
          className="code-input"
        />
      </div>
      <button type="submit" className="primary" disabled={reopen.isPending}>
        {t("reopen.submit")}
      </button>
    </form>
  );
}
