// Coordinators of an agency: the primary and the backups in rank order; add one, edit one
// (contacts, on leave, backup rank, active) with If-Match, and make one the primary.
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, unwrapWithResponse, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useAgencies, useName } from "../../app/reference";
import { ErrorMessage, Field, Loading } from "../../app/ui";
import { CreatePanel, EditPanel } from "./RecordForm";
import type { FieldSpec } from "./records";

const LEVELS: Schemas["CoordinatorLevel"][] = ["district", "bureau", "other"];
const STATUSES: Schemas["CoordinatorStatus"][] = ["active", "on_leave"];

export function CoordinatorsAdmin() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState("");
  const [editing, setEditing] = useState<Schemas["CoordinatorRead"] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const listKey = keys.coordinators({ agency: agencyId });
  const coordinators = useQuery({
    queryKey: listKey,
    enabled: Boolean(agencyId),
    queryFn: () => unwrap(api.GET("/api/v1/coordinators", { params: { query: { agency_id: agencyId, limit: 200 } } })),
  });
  // a coordinator record may be linked to the agency's coordinator account (who signs in)
  const accounts = useQuery({
    queryKey: keys.users({ agency: agencyId, role: "coordinator" }),
    enabled: Boolean(agencyId),
    queryFn: () =>
      unwrap(api.GET("/api/v1/users", { params: { query: { agency_id: agencyId, role: "coordinator", is_active: true, limit: 200 } } })),
  });
  const accountOptions = (accounts.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.full_name} (${u.email})` }));
  const agency = (agencies.data ?? []).find((a) => a.id === agencyId);
  const statusOptions = STATUSES.map((s) => ({ value: s, label: t(`coordinatorStatus.${s}`) }));
  const contacts: FieldSpec[] = [
    { name: "title_th", label: "admin.position", kind: "text", nullable: true },
    { name: "phone", label: "admin.phone", kind: "tel", nullable: true },
    { name: "fax", label: "admin.fax", kind: "tel", nullable: true },
    { name: "email", label: "admin.email", kind: "email", nullable: true },
    { name: "line_id", label: "admin.lineId", kind: "text", nullable: true },
    { name: "status", label: "admin.status", kind: "select", required: true, options: statusOptions, defaultValue: "active" },
    { name: "backup_rank", label: "admin.backupRank", kind: "number", nullable: true, hint: "admin.backupRankHint" },
    { name: "user_id", label: "admin.linkedUser", kind: "select", nullable: true, options: accountOptions, hint: "admin.linkedUserHint" },
  ];
  const createSpecs: FieldSpec[] = [
    { name: "name", label: "admin.name", kind: "text", required: true },
    { name: "level", label: "admin.level", kind: "select", options: LEVELS.map((l) => ({ value: l, label: t(`coordinatorLevel.${l}`) })) },
    ...contacts,
    { name: "is_primary", label: "admin.primary", kind: "checkbox" },
  ];
  const editSpecs: FieldSpec[] = [
    { name: "name", label: "admin.name", kind: "text", required: true },
    ...contacts,
    { name: "is_active", label: "admin.active", kind: "checkbox" },
  ];

  async function makePrimary(c: Schemas["CoordinatorRead"]) {
    setError(null);
    try {
      await unwrap(
        api.PUT("/api/v1/agencies/{agency_id}/primary-coordinator", {
          params: { path: { agency_id: c.agency_id } },
          body: { coordinator_id: c.id },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ["coordinators"] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <div className="panel">
        <Field id="co-agency" label={t("admin.coordinatorsOf")}>
          <select id="co-agency" value={agencyId} onChange={(e) => { setAgencyId(e.target.value); setEditing(null); }}>
            <option value="">—</option>
            {(agencies.data ?? []).map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
          </select>
        </Field>
      </div>
      {!agency ? <p className="panel">{t("admin.chooseAgency")}</p> : (
        <>
          {editing ? (
            <EditPanel<Schemas["CoordinatorRead"]>
              key={editing.id}
              id="coordinator-edit"
              title={t("admin.editCoordinator", { name: editing.name })}
              specs={editSpecs}
              queryKey={["coordinators", "one", editing.id]}
              read={() => unwrapWithResponse(api.GET("/api/v1/coordinators/{coordinator_id}", { params: { path: { coordinator_id: editing.id } } }))}
              patch={(etag, body) =>
                unwrap(
                  api.PATCH("/api/v1/coordinators/{coordinator_id}", {
                    params: { path: { coordinator_id: editing.id }, header: { "If-Match": etag } },
                    body: body as Schemas["CoordinatorUpdate"],
                  }),
                )
              }
              invalidate={[["coordinators"]]}
              onClose={() => setEditing(null)}
            />
          ) : (
            <CreatePanel
              key={agency.id}
              id="coordinator-new"
              title={t("admin.newCoordinator", { agency: name(agency) })}
              submitLabel={t("admin.addCoordinator")}
              doneText={t("admin.added")}
              specs={createSpecs}
              create={async (body) => {
                await unwrap(api.POST("/api/v1/coordinators", { body: { ...body, agency_id: agency.id } as Schemas["CoordinatorCreate"] }));
                await queryClient.invalidateQueries({ queryKey: ["coordinators"] });
              }}
            />
          )}
          <div className="panel">
            {error ? <ErrorMessage error={error} /> : null}
            {coordinators.isPending ? <Loading /> : coordinators.isError ? <ErrorMessage error={coordinators.error} /> : (
              <table>
                <caption className="bars">{t("admin.coordinatorsOfAgency", { agency: name(agency) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("admin.name")}</th>
                    <th scope="col">{t("admin.role")}</th>
                    <th scope="col">{t("admin.contacts")}</th>
                    <th scope="col">{t("admin.status")}</th>
                    <th scope="col"><span className="visually-hidden">{t("admin.edit")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {coordinators.data.items.length === 0 ? (
                    <tr><td colSpan={5}>{t("admin.noCoordinators")}</td></tr>
                  ) : coordinators.data.items.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}{c.title_th ? <div className="muted">{c.title_th}</div> : null}</td>
                      <td>{c.is_primary ? <strong>{t("admin.primary")}</strong> : c.backup_rank ? t("admin.backupN", { n: c.backup_rank }) : t("admin.backup")}</td>
                      <td>{[c.phone, c.email, c.line_id].filter(Boolean).join(" · ") || "—"}</td>
                      <td>{c.is_active ? t(`coordinatorStatus.${c.status}`) : t("admin.inactive")}</td>
                      <td className="row-actions">
                        <button type="button" onClick={() => setEditing(c)}>
                          {t("admin.edit")}<span className="visually-hidden"> {c.name}</span>
                        </button>
                        {!c.is_primary && c.is_active ? (
                          <button type="button" onClick={() => void makePrimary(c)}>
                            {t("admin.makePrimary")}<span className="visually-hidden"> {c.name}</span>
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </>
      )}
    </>
  );
}
