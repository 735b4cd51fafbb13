// Categories: the complaint types with their SLA class and MOU area; add one, edit one
// (names, parent, SLA class, area, active flag) with If-Match.
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, unwrapWithResponse, useI18n, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { byId, useCategories, useName } from "../../app/reference";
import { ErrorMessage, Loading } from "../../app/ui";
import { CreatePanel, EditPanel } from "./RecordForm";
import type { FieldSpec } from "./records";

export const slaPoliciesKey = ["sla-policies"] as const;

export function useSlaPolicies() {
  const api = useApi();
  return useQuery({ queryKey: slaPoliciesKey, queryFn: () => unwrap(api.GET("/api/v1/sla-policies")) });
}

export function CategoriesAdmin() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const categories = useCategories();
  const policies = useSlaPolicies();
  const categoryById = byId(categories.data);
  const [editing, setEditing] = useState<Schemas["CategoryRead"] | null>(null);
  const slaOptions = (policies.data?.items ?? []).map((p) => ({ value: p.sla_class, label: p.sla_class }));
  const areaOptions = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t("admin.mouArea", { n }) }));
  const parentOptions = (categories.data ?? [])
    .filter((c) => c.parent_id === null && c.id !== editing?.id)
    .map((c) => ({ value: c.id, label: name(c) }));
  const common: FieldSpec[] = [
    { name: "name_th", label: "admin.nameTh", kind: "text", required: true },
    { name: "name_en", label: "admin.nameEn", kind: "text", required: true },
    { name: "parent_id", label: "admin.parent", kind: "select", options: parentOptions, nullable: true },
    { name: "sla_class", label: "admin.slaClass", kind: "select", required: true, options: slaOptions, defaultValue: "standard" },
    { name: "mou_area_id", label: "outreach.area", kind: "select", numeric: true, required: true, options: areaOptions, defaultValue: "1" },
  ];
  const createSpecs: FieldSpec[] = [
    { name: "service_code", label: "admin.serviceCode", kind: "text", required: true, hint: "admin.serviceCodeHint" },
    ...common,
  ];
  const editSpecs: FieldSpec[] = [...common, { name: "is_active", label: "admin.active", kind: "checkbox" }];
  return (
    <>
      {editing ? (
        <EditPanel<Schemas["CategoryRead"]>
          key={editing.id}
          id="category-edit"
          title={t("admin.editCategory", { name: name(editing) })}
          specs={editSpecs}
          queryKey={["categories", "one", editing.id]}
          read={() => unwrapWithResponse(api.GET("/api/v1/categories/{category_id}", { params: { path: { category_id: editing.id } } }))}
          patch={(etag, body) =>
            unwrap(
              api.PATCH("/api/v1/categories/{category_id}", {
                params: { path: { category_id: editing.id }, header: { "If-Match": etag } },
                body: body as Schemas["CategoryUpdate"],
              }),
            )
          }
          invalidate={[keys.categories]}
          onClose={() => setEditing(null)}
        />
      ) : (
        <CreatePanel
          id="category-new"
          title={t("admin.newCategory")}
          submitLabel={t("admin.addCategory")}
          doneText={t("admin.added")}
          specs={createSpecs}
          create={async (body) => {
            await unwrap(api.POST("/api/v1/categories", { body: body as Schemas["CategoryCreate"] }));
            await queryClient.invalidateQueries({ queryKey: keys.categories });
          }}
        />
      )}
      <div className="panel">
        {categories.isPending ? <Loading /> : categories.isError ? <ErrorMessage error={categories.error} /> : (
          <table>
            <caption className="bars">{t("admin.categories")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.serviceCode")}</th>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.parent")}</th>
                <th scope="col">{t("admin.slaClass")}</th>
                <th scope="col">{t("outreach.area")}</th>
                <th scope="col">{t("admin.status")}</th>
                <th scope="col"><span className="visually-hidden">{t("admin.edit")}</span></th>
              </tr>
            </thead>
            <tbody>
              {categories.data.map((c) => (
                <tr key={c.id} data-service-code={c.service_code}>
                  <td><code>{c.service_code}</code></td>
                  <td>{name(c)}</td>
                  <td>{c.parent_id ? name(categoryById.get(c.parent_id)) : "—"}</td>
                  <td className="sla-class"><code>{c.sla_class}</code></td>
                  <td>{c.mou_area_id}</td>
                  <td>{c.is_active ? t("admin.activeYes") : t("admin.inactive")}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(c)}>
                      {t("admin.edit")}<span className="visually-hidden"> {name(c)}</span>
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
