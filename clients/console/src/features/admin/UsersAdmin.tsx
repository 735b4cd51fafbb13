// Staff accounts: invite one (the invitation e-mail links to the console), deactivate one.
import { useState } from "react";
import type { FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { byId, useAgencies, useName } from "../../app/reference";
import { ErrorMessage, Field, Loading } from "../../app/ui";

const ROLES: Schemas["Role"][] = ["omb_officer", "coordinator", "agency_staff", "admin"];

export function UsersAdmin() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const agencyById = byId(agencies.data);
  const [q, setQ] = useState("");
  const users = useQuery({
    queryKey: ["users", "admin", q],
    queryFn: () => unwrap(api.GET("/api/v1/users", { params: { query: { limit: 200, q: q || undefined } } })),
  });
  const [form, setForm] = useState({ email: "", full_name: "", role: "omb_officer" as Schemas["Role"], agency_id: "", language: "th" as Schemas["Language"] });
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<string | null>(null);

  async function invite(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setInvited(null);
    try {
      const user = await unwrap(
        api.POST("/api/v1/users", {
          body: { email: form.email.trim(), full_name: form.full_name.trim(), role: form.role, agency_id: form.agency_id || null, language: form.language },
        }),
      );
      setInvited(user.email);
      setForm({ ...form, email: "", full_name: "" });
      await queryClient.invalidateQueries({ queryKey: ["users"] });
    } catch (e) {
      setError(e);
    }
  }

  async function deactivate(user: Schemas["UserRead"]) {
    setError(null);
    try {
      await unwrap(api.POST("/api/v1/users/{user_id}/deactivate", { params: { path: { user_id: user.id } } }));
      await queryClient.invalidateQueries({ queryKey: ["users"] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <form className="panel" onSubmit={invite} aria-labelledby="invite-title">
        <h2 id="invite-title">{t("admin.invite")}</h2>
        <div className="filters">
          <Field id="u-email" label={t("signIn.email")}>
            <input id="u-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
          </Field>
          <Field id="u-name" label={t("intake.name")}>
            <input id="u-name" value={form.full_name} onChange={(e) => setForm({ ...form, full_name: e.target.value })} />
          </Field>
          <Field id="u-role" label={t("admin.role")}>
            <select id="u-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Schemas["Role"] })}>
              {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
            </select>
          </Field>
          <Field id="u-agency" label={t("field.agency")}>
            <select id="u-agency" value={form.agency_id} onChange={(e) => setForm({ ...form, agency_id: e.target.value })}>
              <option value="">—</option>
              {(agencies.data ?? []).map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
            </select>
          </Field>
          <Field id="u-lang" label={t("language")}>
            <select id="u-lang" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as Schemas["Language"] })}>
              <option value="th">ไทย</option>
              <option value="en">English</option>
            </select>
          </Field>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <div className="row-actions">
          <button type="submit" className="primary">{t("admin.sendInvite")}</button>
          {invited ? <span role="status">{t("admin.invited", { email: invited })}</span> : null}
        </div>
      </form>
      <div className="panel">
        <Field id="u-q" label={t("queue.q")}>
          <input id="u-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        {users.isPending ? <Loading /> : users.isError ? <ErrorMessage error={users.error} /> : (
          <table>
            <caption className="bars">{t("admin.users")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("intake.name")}</th>
                <th scope="col">{t("signIn.email")}</th>
                <th scope="col">{t("admin.role")}</th>
                <th scope="col">{t("field.agency")}</th>
                <th scope="col">{t("admin.status")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <td>{u.full_name}</td>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.agency_id ? name(agencyById.get(u.agency_id)) : "—"}</td>
                  <td>
                    {u.is_active ? (
                      <button type="button" className="danger" onClick={() => void deactivate(u)}>
                        {t("admin.deactivate")}<span className="visually-hidden"> {u.email}</span>
                      </button>
                    ) : t("admin.inactive")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
