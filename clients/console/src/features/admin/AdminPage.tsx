// Admin: routing rules with the routing preview, the directory (agencies, coordinators,
// categories), SLA policies and closure days, privacy notices, users (invitations), API clients
// (secret shown once), the audit log; each a tab with its own address.
import { NavLink, Navigate, Route, Routes } from "react-router";
import { useI18n } from "@fasttrack/shared";
import { useMe } from "../../app/auth";
import { NotFound } from "../../app/ui";
import { AgenciesAdmin } from "./AgenciesAdmin";
import { ApiClientsAdmin } from "./ApiClientsAdmin";
import { AuditAdmin } from "./AuditAdmin";
import { CategoriesAdmin } from "./CategoriesAdmin";
import { CoordinatorsAdmin } from "./CoordinatorsAdmin";
import { PrivacyAdmin } from "./PrivacyAdmin";
import { ClosureDaysAdmin, SlaAdmin } from "./SlaAdmin";
import { RoutingAdmin } from "./RoutingAdmin";
import { UsersAdmin } from "./UsersAdmin";

export default function AdminPage() {
  const { t } = useI18n();
  const me = useMe();
  if (me.role !== "admin") return <NotFound />;
  const tabs = [
    ["routing", t("admin.routing")],
    ["agencies", t("admin.agencies")],
    ["coordinators", t("admin.coordinators")],
    ["categories", t("admin.categories")],
    ["sla", t("admin.slaPolicies")],
    ["closure-days", t("admin.closureDays")],
    ["privacy", t("admin.privacy")],
    ["users", t("admin.users")],
    ["api-clients", t("admin.apiClients")],
    ["audit", t("admin.audit")],
  ] as const;
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t("nav.admin")}</h1>
      <nav aria-label={t("nav.admin")} className="tabs">
        {tabs.map(([path, label]) => (
          <NavLink key={path} to={`/admin/${path}`} className="tab">
            {label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="routing" replace />} />
        <Route path="routing" element={<RoutingAdmin />} />
        <Route path="agencies" element={<AgenciesAdmin />} />
        <Route path="coordinators" element={<CoordinatorsAdmin />} />
        <Route path="categories" element={<CategoriesAdmin />} />
        <Route path="sla" element={<SlaAdmin />} />
        <Route path="closure-days" element={<ClosureDaysAdmin />} />
        <Route path="privacy" element={<PrivacyAdmin />} />
        <Route path="users" element={<UsersAdmin />} />
        <Route path="api-clients" element={<ApiClientsAdmin />} />
        <Route path="audit" element={<AuditAdmin />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </section>
  );
}
