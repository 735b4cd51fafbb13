// Routing rules: the list, a new rule, its removal, and the preview of where a case would go.
import { useState } from "react";
import type { FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, useI18n, type Schemas } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { byId, useAgencies, useCategories, useDistricts, useName } from "../../app/reference";
import { ErrorMessage, Field, Loading } from "../../app/ui";

export function RoutingAdmin() {
  const { t } = useI18n();
  const api = useApi();
  const name = useName();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const categories = useCategories();
  const districts = useDistricts();
  const agencyById = byId(agencies.data);
  const categoryById = byId(categories.data);
  const districtByCode = new Map((districts.data ?? []).map((d) => [d.code, d]));
  const rules = useQuery({
    queryKey: ["routing-rules"],
    queryFn: () => unwrap(api.GET("/api/v1/routing-rules", { params: { query: { limit: 200 } } })),
  });
  const [form, setForm] = useState({ category_id: "", district_code: "", target_kind: "agency" as Schemas["TargetKind"], target_agency_id: "" });
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState(false);
  const [preview, setPreview] = useState<Schemas["RoutingPreviewRead"] | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCreated(false);
    try {
      await unwrap(
        api.POST("/api/v1/routing-rules", {
          body: {
            category_id: form.category_id || null,
            district_code: form.district_code || null,
            target_kind: form.target_kind,
            target_agency_id: form.target_kind === "agency" ? form.target_agency_id || null : null,
          },
        }),
      );
      setCreated(true);
      await queryClient.invalidateQueries({ queryKey: ["routing-rules"] });
    } catch (e) {
      setError(e);
    }
  }

  async function runPreview() {
    setPreviewError(null);
    setPreview(null);
    try {
      setPreview(
        await unwrap(
          api.POST("/api/v1/routing/preview", {
            body: { category_id: form.category_id, district_code: form.district_code || null },
          }),
        ),
      );
    } catch (e) {
      setPreviewError(e);
    }
  }

  async function remove(rule: Schemas["RoutingRuleRead"]) {
    setError(null);
    try {
      await unwrap(api.DELETE("/api/v1/routing-rules/{rule_id}", { params: { path: { rule_id: rule.id } } }));
      await queryClient.invalidateQueries({ queryKey: ["routing-rules"] });
    } catch (e) {
      setError(e);
    }
  }

  const target = (rule: Schemas["RoutingRuleRead"]) =>
    rule.target_kind === "district_office" ? t("admin.districtOffice") : name(agencyById.get(rule.target_agency_id ?? ""));
  return (
    <>
      <form className="panel" onSubmit={create} aria-labelledby="rule-title">
        <h2 id="rule-title">{t("admin.newRule")}</h2>
        <div className="filters">
          <Field id="rule-category" label={t("case.category")}>
            <select id="rule-category" value={form.category_id} onChange={(e) => setForm({ ...form, category_id: e.target.value })}>
              <option value="">{t("admin.anyCategory")}</option>
              {(categories.data ?? []).map((c) => <option key={c.id} value={c.id}>{name(c)}</option>)}
            </select>
          </Field>
          <Field id="rule-district" label={t("case.district")}>
            <select id="rule-district" value={form.district_code} onChange={(e) => setForm({ ...form, district_code: e.target.value })}>
              <option value="">{t("admin.anyDistrict")}</option>
              {(districts.data ?? []).map((d) => <option key={d.code} value={d.code}>{name(d)}</option>)}
            </select>
          </Field>
          <Field id="rule-kind" label={t("admin.target")}>
            <select id="rule-kind" value={form.target_kind} onChange={(e) => setForm({ ...form, target_kind: e.target.value as Schemas["TargetKind"] })}>
              <option value="agency">{t("admin.anAgency")}</option>
              <option value="district_office">{t("admin.districtOffice")}</option>
            </select>
          </Field>
          {form.target_kind === "agency" ? (
            <Field id="rule-agency" label={t("field.agency")}>
              <select id="rule-agency" value={form.target_agency_id} onChange={(e) => setForm({ ...form, target_agency_id: e.target.value })}>
                <option value="">—</option>
                {(agencies.data ?? []).filter((a) => a.is_active).map((a) => <option key={a.id} value={a.id}>{name(a)} ({a.code})</option>)}
              </select>
            </Field>
          ) : null}
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <div className="row-actions">
          <button type="submit" className="primary">{t("admin.addRule")}</button>
          <button type="button" onClick={() => void runPreview()} disabled={!form.category_id}>{t("admin.preview")}</button>
          {created ? <span role="status">{t("admin.ruleAdded")}</span> : null}
        </div>
        {previewError ? <ErrorMessage error={previewError} /> : null}
        {preview ? (
          <div className="panel" role="status" aria-label={t("admin.previewResult")}>
            <h3>{t("admin.previewResult")}</h3>
            <p>
              {t("admin.wouldGo")}: <strong>{name(preview.agency)}</strong>
              {preview.coordinator ? ` · ${t("admin.coordinator")}: ${preview.coordinator.name}` : ""}
            </p>
            {preview.warning ? <p className="error-text">{preview.warning}</p> : null}
          </div>
        ) : null}
      </form>
      <div className="panel">
        {rules.isPending ? <Loading /> : rules.isError ? <ErrorMessage error={rules.error} /> : (
          <table>
            <caption className="bars">{t("admin.rules")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.category")}</th>
                <th scope="col">{t("case.district")}</th>
                <th scope="col">{t("admin.target")}</th>
                <th scope="col"><span className="visually-hidden">{t("admin.remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {rules.data.items.map((rule) => (
                <tr key={rule.id}>
                  <td>{rule.category_id ? name(categoryById.get(rule.category_id)) : t("admin.anyCategory")}</td>
                  <td>{rule.district_code ? name(districtByCode.get(rule.district_code), rule.district_code) : t("admin.anyDistrict")}</td>
                  <td>{target(rule)}</td>
                  <td>
                    {rule.category_id || rule.district_code ? (
                      <button type="button" className="danger" onClick={() => void remove(rule)}>
                        {t("admin.remove")}
                        <span className="visually-hidden"> {rule.category_id ? name(categoryById.get(rule.category_id)) : ""} {rule.district_code ?? ""}</span>
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
  );
}
