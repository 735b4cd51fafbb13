// Sign in with e-mail and password; back to the page that asked for it.
import { useState } from "react";
import type { FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch, useI18n } from "@fasttrack/shared";
import { useAuth } from "../../app/auth";
import { ErrorMessage, ErrorSummary, Field } from "../../app/ui";

export function safeNext(next: string | null): string {
  // Only paths inside the console: never an absolute or protocol-relative URL.
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/queue";
}

export function SignInPage() {
  const { t } = useI18n();
  const { token, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get("next"));
  if (token) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!email || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <div className="row-actions" style={{ justifyContent: "flex-end" }}>
        <LanguageSwitch />
      </div>
      <section className="panel">
        <h1>Fast Track · {t("signIn.title")}</h1>
        <p className="muted">{t("app.subtitle")}</p>
        <ErrorSummary
          title={t("signIn.failed")}
          items={missing ? [{ field: email ? "password" : "email", text: t("signIn.required") }] : []}
        />
        {error ? <ErrorMessage error={error} /> : null}
        <form onSubmit={submit} noValidate>
          <Field id="email" label={t("signIn.email")}>
            <input
              id="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              size={32}
            />
          </Field>
          <Field id="password" label={t("signIn.password")}>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              size={32}
            />
          </Field>
          <div className="row-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("signIn.submit")}
            </button>
            <Link to="/forgot-password">{t("signIn.forgot")}</Link>
          </div>
        </form>
      </section>
    </main>
  );
}
