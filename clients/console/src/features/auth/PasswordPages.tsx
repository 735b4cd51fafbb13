// The pages the platform's e-mails link to: accept an invitation, reset a password, verify
// an e-mail address; and the request for a reset link. The token comes in the URL fragment.
import { useEffect, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { Link } from "react-router";
import { LanguageSwitch, unwrap, useI18n } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, ErrorSummary, Field } from "../../app/ui";

// The API refuses shorter ones (domain.identity.service.MIN_PASSWORD_LENGTH).
export const MIN_PASSWORD_LENGTH = 10;

/** The token from `#token=…` (or `?token=…`), then removed from the address bar. */
export function takeToken(location: Location = window.location): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  const fromQuery = new URLSearchParams(location.search).get("token");
  return fromHash ?? fromQuery ?? "";
}

function useToken(): string {
  const [token] = useState(() => takeToken());
  useEffect(() => {
    if (token) window.history.replaceState(null, "", window.location.pathname);
  }, [token]);
  return token;
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="sign-in">
      <div className="row-actions" style={{ justifyContent: "flex-end" }}>
        <LanguageSwitch />
      </div>
      <section className="panel">
        <h1>{title}</h1>
        {children}
      </section>
    </main>
  );
}

/** Choose a password with the e-mailed token: a new account's first, or a reset. */
export function SetPasswordPage({ invitation }: { invitation: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const token = useToken();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const title = t(invitation ? "password.inviteTitle" : "password.resetTitle");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: { field: string; text: string }[] = [];
    if (password.length < MIN_PASSWORD_LENGTH) found.push({ field: "new-password", text: t("password.tooShort", { n: MIN_PASSWORD_LENGTH }) });
    else if (password !== confirm) found.push({ field: "confirm-password", text: t("password.mismatch") });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST("/api/v1/auth/reset-password", { body: { token, password } }));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <Page title={title}>
        <p role="alert">{t("password.noToken")}</p>
        <Link to="/forgot-password">{t("password.requestLink")}</Link>
      </Page>
    );
  }
  if (done) {
    return (
      <Page title={title}>
        <p role="status">{t("password.done")}</p>
        <Link to="/sign-in">{t("signIn.title")}</Link>
      </Page>
    );
  }
  return (
    <Page title={title}>
      {invitation ? <p>{t("password.inviteIntro")}</p> : null}
      <ErrorSummary title={t("intake.errors")} items={problems} />
      {error ? <ErrorMessage error={error} /> : null}
      <form onSubmit={submit} noValidate>
        <Field id="new-password" label={t("password.new")} hint={t("password.rule", { n: MIN_PASSWORD_LENGTH })}>
          <input id="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} size={32} />
        </Field>
        <Field id="confirm-password" label={t("password.confirm")}>
          <input id="confirm-password" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} size={32} />
        </Field>
        <button type="submit" className="primary" disabled={busy}>{t("password.set")}</button>
      </form>
    </Page>
  );
}

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const api = useApi();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return;
    setError(null);
    try {
      await unwrap(api.POST("/api/v1/auth/forgot-password", { body: { email: email.trim() } }));
      setSent(true);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Page title={t("password.forgotTitle")}>
      {sent ? <p role="status">{t("password.sent")}</p> : (
        <form onSubmit={submit} noValidate>
          {error ? <ErrorMessage error={error} /> : null}
          <Field id="forgot-email" label={t("signIn.email")}>
            <input id="forgot-email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} size={32} />
          </Field>
          <button type="submit" className="primary">{t("password.send")}</button>
        </form>
      )}
      <p><Link to="/sign-in">{t("signIn.title")}</Link></p>
    </Page>
  );
}

export function VerifyPage() {
  const { t } = useI18n();
  const api = useApi();
  const token = useToken();
  const [state, setState] = useState<"pending" | "done" | "failed">("pending");
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!token) {
      setState("failed");
      return;
    }
    unwrap(api.POST("/api/v1/auth/verify", { body: { token } }))
      .then(() => setState("done"))
      .catch((e: unknown) => {
        setError(e);
        setState("failed");
      });
  }, [api, token]);
  return (
    <Page title={t("verify.title")}>
      {state === "pending" ? <p role="status">{t("loading")}</p> : null}
      {state === "done" ? <p role="status">{t("verify.done")}</p> : null}
      {state === "failed" ? (error ? <ErrorMessage error={error} /> : <p role="alert">{t("password.noToken")}</p>) : null}
      <p><Link to="/sign-in">{t("signIn.title")}</Link></p>
    </Page>
  );
}
