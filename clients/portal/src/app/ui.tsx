// Small building blocks of the portal's screens: loading, problems in plain words, errors.
import { useEffect, useRef } from "react";
import { ApiError, useI18n } from "@fasttrack/shared";

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}

/** What went wrong, in the reader's language: the API words its problems in Thai or English;
 * a rate limit and a lost connection get the portal's own plain sentence. */
export function problemText(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    const p = error.problem;
    if (error.status === 429) {
      return [t("problem.rate_limited"), p.detail].filter(Boolean).join(" ");
    }
    return [p.title, p.detail].filter(Boolean).join(": ") || t("error");
  }
  if (error instanceof TypeError) return t("problem.offline");
  return t("error");
}

/** A problem announced to screen readers and focused, so nobody misses it. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{problemText(error, t)}</p>
    </div>
  );
}

/** A GOV.UK-style error summary: each item links to its field. */
export function ErrorSummary({ items }: { items: { field: string; text: string }[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("problem.fix")}</h2>
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

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="panel">
      <h1>{t("notFound")}</h1>
      <p>{t("notFound.detail")}</p>
    </section>
  );
}

/** The hotline and LINE OA, shown wherever a citizen might need a person. */
export function HelpBox() {
  const { t } = useI18n();
  return (
    <aside className="help" aria-labelledby="help-title">
      <h2 id="help-title">{t("help.title")}</h2>
      <p>
        <a href="tel:1676" className="hotline">
          {t("help.hotline")}
        </a>
      </p>
      <p>{t("help.line")}</p>
    </aside>
  );
}
