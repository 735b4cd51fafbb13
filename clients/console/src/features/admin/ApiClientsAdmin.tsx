// Partner systems' API clients: create one (its secret is shown once, here), disable/enable.
import { useState } from "react";
import type { FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { byId, useAgencies, useName } from "../../app/reference";
import { ErrorMessage, Field, Loading } from "../../app/ui";

const SCOPES: Schemas["ClientScope"][] = ["complaints:create", "complaints:read", "complaints:update", "activities:write", "stats:read"];

export function ApiClientsAdmin() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const agencyById = byId(agencies.data);
  const clients = useQuery({
    queryKey: ["api-clients"],
    queryFn: () => unwrap(api.GET("/api/v1/api-clients", { params: { query: { limit: 200 } } })),
  });
  const [form, setForm] = useState({ name: "", agency_id: "", scopes: ["complaints:create", "complaints:read"] as Schemas["ClientScope"][] });
  const [secret, setSecret] = useState<Schemas["ApiClientSecretRead"] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setSecret(await unwrap(api.POST("/api/v1/api-clients", { body: { name: form.name.trim(), agency_id: form.agency_id, scopes: form.scopes } })));
      setForm({ ...form, name: "" });
      await queryClient.invalidateQueries({ queryKey: ["api-clients"] });
    } catch (e) {
      setError(e);
    }
  }

  async function toggle(client: Schemas["ApiClientRead"]) {
    setError(null);
    try {
      if (client.is_active) await unwrap(api.POST("/api/v1/api-clients/{client_id}/disable", { params: { path: { client_id: client.id } } }));
      else await unwrap(api.POST("/api/v1/api-clients/{client_id}/enable", { params: { path: { client_id: client.id } } }));
      await queryClient.invalidateQueries({ queryKey: ["api-clients"] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <form className="panel" onSubmit={create} aria-labelledby="client-title">
        <h2 id="client-title">{t("admin.newClient")}</h2>
        <div className="filters">
          <Field id="c-name" label={t("admin.clientName")}>
            <input id="c-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field id="c-agency" label={t("field.agency")}>
            <select id="c-agency" value={form.agency_id} onChange={(e) => setForm({ ...form, agency_id: e.target.value })}>
              <option value="">—</option>
              {(agencies.data ?? []).map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
            </select>
          </Field>
        </div>
        <fieldset>
          <legend>{t("admin.scopes")}</legend>
          {SCOPES.map((scope) => (
            <label key={scope} className="check">
              <input
                type="checkbox"
                checked={form.scopes.includes(scope)}
                onChange={(e) => setForm({ ...form, scopes: e.target.checked ? [...form.scopes, scope] : form.scopes.filter((s) => s !== scope) })}
              />{" "}
              <code>{scope}</code>
            </label>
          ))}
        </fieldset>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="primary">{t("admin.createClient")}</button>
        {secret ? (
          <div className="error-summary" role="status">
            <h3>{t("admin.secretOnce")}</h3>
            <p>client_id: <code>{secret.client_id}</code></p>
            <p>client_secret: <code>{secret.client_secret}</code></p>
            <button type="button" onClick={() => setSecret(null)}>{t("admin.secretStored")}</button>
          </div>
        ) : null}
      </form>
      <div className="panel">
        {clients.isPending ? <Loading /> : clients.isError ? <ErrorMessage error={clients.error} /> : (
          <table>
            <caption className="bars">{t("admin.apiClients")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.clientName")}</th>
                <th scope="col">{t("field.agency")}</th>
                <th scope="col">{t("admin.scopes")}</th>
                <th scope="col">{t("col.received")}</th>
                <th scope="col">{t("admin.status")}</th>
              </tr>
            </thead>
            <tbody>
              {clients.data.items.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{name(agencyById.get(c.agency_id))}</td>
                  <td>{c.scopes.join(", ")}</td>
                  <td>{dateTime(c.created_at)}</td>
                  <td>
                    <button type="button" onClick={() => void toggle(c)}>
                      {c.is_active ? t("admin.disable") : t("admin.enable")}<span className="visually-hidden"> {c.name}</span>
                    </button>
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
