// Small building blocks every screen uses: loading and error states, badges, fields.
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { ApiError, useI18n, type Schemas } from "@fasttrack/shared";

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notFound")}</h1>
      <p>{t("notFound.detail")}</p>
    </section>
  );
}

/** The problem's title and detail as the API worded them (in the user's language). */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  const text =
    error instanceof ApiError
      ? [error.problem.title, error.problem.detail].filter(Boolean).join(": ")
      : t("error");
  return (
    <div role="alert" className="error-summary">
      <p>{text}</p>
      {error instanceof ApiError && error.problem.errors?.length ? (
        <ul>
          {error.problem.errors.map((e, i) => (
            <li key={i}>
              {e.loc.filter((part) => part !== "body").join(".")}: {e.msg}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A GOV.UK-style error summary that takes focus so keyboard and screen-reader users hear it. */
export function ErrorSummary({ title, items }: { title: string; items: { field: string; text: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items.length]);
  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.field}>
            <a href={`#${item.field}`}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StatusBadge({ status }: { status: Schemas["ComplaintStatus"] }) {
  const { t } = useI18n();
  return <span className={`badge status ${status}`}>{t(`status.${status}`)}</span>;
}

/** An SLA milestone's state with the time left (or overdue by). */
export function SlaBadge({ milestone, label }: { milestone: Schemas["SlaMilestoneRead"]; label?: string }) {
  const { t, duration } = useI18n();
  const left = milestone.time_left_seconds;
  let text = t(`sla.${milestone.state}`);
  if (left !== null && left !== undefined && milestone.state !== "met") {
    text += " · " + (left < 0 ? t("sla.overdueBy", { time: duration(left) }) : t("sla.left", { time: duration(left) }));
  }
  return (
    <span className={`badge sla ${milestone.state}`} title={label}>
      {label ? <span className="visually-hidden">{label}: </span> : null}
      {text}
    </span>
  );
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint ? <span className="hint"> — {hint}</span> : null}
      </label>
      {error ? (
        <p className="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
