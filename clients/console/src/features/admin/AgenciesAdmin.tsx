// Agencies: the directory of district offices, bureaus and partners; add one, edit one
// (names, contacts, active flag) with If-Match.
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { unwrap, unwrapWithResponse, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useAgencies, useDistricts, useName } from "../../app/reference";
import { ErrorMessage, Loading } from "../../app/ui";
import { CreatePanel, EditPanel } from "./RecordForm";
import type { FieldSpec } from "./records";

const KINDS: Schemas["AgencyKind"][] = ["district_office", "bureau", "omb", "external_partner", "other_government"];

const CONTACTS: FieldSpec[] = [
  { name: "phone", label: "admin.phone", kind: "tel", nullable: true },
  { name: "fax", label: "admin.fax", kind: "tel", nullable: true },
  { name: "email", label: "admin.email", kind: "email", nullable: true },
  { name: "line_id", label: "admin.lineId", kind: "text", nullable: true },
];

export function AgenciesAdmin() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const districts = useDistricts();
  const [editing, setEditing] = useState<Schemas["AgencyRead"] | null>(null);
  const districtOptions = (districts.data ?? []).map((d) => ({ value: d.code, label: `${name(d)} (${d.code})` }));
  const kindOptions = KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }));
  const createSpecs: FieldSpec[] = [
    { name: "code", label: "admin.code", kind: "text", required: true, hint: "admin.codeHint" },
    { name: "kind", label: "admin.kind", kind: "select", required: true, options: kindOptions, defaultValue: "district_office" },
    { name: "name_th", label: "admin.nameTh", kind: "text", required: true },
    { name: "name_en", label: "admin.nameEn", kind: "text", required: true },
    { name: "district_code", label: "case.district", kind: "select", options: districtOptions },
    ...CONTACTS,
  ];
  const editSpecs: FieldSpec[] = [
    { name: "name_th", label: "admin.nameTh", kind: "text", required: true },
    { name: "name_en", label: "admin.nameEn", kind: "text", required: true },
    ...CONTACTS,
    { name: "is_active", label: "admin.active", kind: "checkbox" },
  ];
  return (
    <>
      {editing ? (
        <EditPanel<Schemas["AgencyRead"]>
          key={editing.id}
          id="agency-edit"
          title={t("admin.editAgency", { name: name(editing) })}
          specs={editSpecs}
          queryKey={["agencies", "one", editing.id]}
          read={() => unwrapWithResponse(api.GET("/api/v1/agencies/{agency_id}", { params: { path: { agency_id: editing.id } } }))}
          patch={(etag, body) =>
            unwrap(
              api.PATCH("/api/v1/agencies/{agency_id}", {
                params: { path: { agency_id: editing.id }, header: { "If-Match": etag } },
                body: body as Schemas["AgencyUpdate"],
              }),
            )
          }
          invalidate={[keys.agencies]}
          onClose={() => setEditing(null)}
        />
      ) : (
        <CreatePanel
          id="agency-new"
          title={t("admin.newAgency")}
          submitLabel={t("admin.addAgency")}
          doneText={t("admin.added")}
          specs={createSpecs}
          create={async (body) => {
            await unwrap(api.POST("/api/v1/agencies", { body: body as Schemas["AgencyCreate"] }));
            await queryClient.invalidateQueries({ queryKey: keys.agencies });
          }}
        />
      )}
      <div className="panel">
        {agencies.isPending ? <Loading /> : agencies.isError ? <ErrorMessage error={agencies.error} /> : (
          <table>
            <caption className="bars">{t("admin.agencies")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.code")}</th>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.kind")}</th>
                <th scope="col">{t("admin.contacts")}</th>
                <th scope="col">{t("admin.status")}</th>
                <th scope="col"><span className="visually-hidden">{t("admin.edit")}</span></th>
              </tr>
            </thead>
            <tbody>
              {agencies.data.map((a) => (
                <tr key={a.id}>
                  <td><code>{a.code}</code></td>
                  <td>{name(a)}</td>
                  <td>{t(`agencyKind.${a.kind}`)}</td>
                  <td>{[a.phone, a.email, a.line_id].filter(Boolean).join(" · ") || "—"}</td>
                  <td>{a.is_active ? t("admin.activeYes") : t("admin.inactive")}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(a)}>
                      {t("admin.edit")}<span className="visually-hidden"> {name(a)}</span>
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
