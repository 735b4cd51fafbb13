// One's own account: name, phone, language, and a password change (current password needed).
import { useState } from "react";
import type { FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useMe } from "../../app/auth";
import { ErrorMessage, ErrorSummary, Field } from "../../app/ui";
import LineLink from "./LineLink";
import { MIN_PASSWORD_LENGTH } from "./PasswordPages";

export default function AccountPage() {
  const { t, setLang } = useI18n();
  const me = useMe();
  const api = useApi();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState(me.full_name);
  const [phone, setPhone] = useState(me.phone ?? "");
  const [language, setLanguage] = useState(me.language);
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found: { field: string; text: string }[] = [];
    if (password && password.length < MIN_PASSWORD_LENGTH) found.push({ field: "acc-password", text: t("password.tooShort", { n: MIN_PASSWORD_LENGTH }) });
    if (password && !current) found.push({ field: "acc-current", text: t("field.required", { field: t("password.current") }) });
    setProblems(found);
    if (found.length) return;
    const body: Schemas["UserSelfUpdate"] = {};
    if (fullName.trim() && fullName.trim() !== me.full_name) body.full_name = fullName.trim();
    if (phone.trim() !== (me.phone ?? "")) body.phone = phone.trim() || null;
    if (language !== me.language) body.language = language;
    if (password) {
      body.password = password;
      body.current_password = current;
    }
    setError(null);
    try {
      await unwrap(api.PATCH("/api/v1/users/me", { body }));
      setSaved(true);
      setCurrent("");
      setPassword("");
      if (body.language) setLang(body.language === "en" ? "en" : "th");
      await queryClient.invalidateQueries({ queryKey: keys.me });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="account-title" className="panel" style={{ maxWidth: "40rem" }}>
      <h1 id="account-title">{t("account.title")}</h1>
      <p>{me.email} · {t(`role.${me.role}`)}</p>
      <ErrorSummary title={t("intake.errors")} items={problems} />
      {error ? <ErrorMessage error={error} /> : null}
      <form onSubmit={submit} noValidate>
        <Field id="acc-name" label={t("intake.name")}>
          <input id="acc-name" value={fullName} onChange={(e) => setFullName(e.target.value)} size={40} />
        </Field>
        <Field id="acc-phone" label={t("intake.phone")}>
          <input id="acc-phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </Field>
        <Field id="acc-language" label={t("language")}>
          <select id="acc-language" value={language} onChange={(e) => setLanguage(e.target.value as Schemas["Language"])}>
            <option value="th">ไทย</option>
            <option value="en">English</option>
          </select>
        </Field>
        <h2>{t("account.password")}</h2>
        <Field id="acc-current" label={t("password.current")}>
          <input id="acc-current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
        <Field id="acc-password" label={t("password.new")} hint={t("password.rule", { n: MIN_PASSWORD_LENGTH })}>
          <input id="acc-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <div className="row-actions">
          <button type="submit" className="primary">{t("save")}</button>
          {saved ? <span role="status">{t("entry.saved")}</span> : null}
        </div>
      </form>
      <LineLink />
    </section>
  );
}
