// The frame around every signed-in screen: skip link, navigation by role, language, sign-out.
import { NavLink, Outlet, useNavigate } from "react-router";
import { LanguageSwitch, useI18n } from "@fasttrack/shared";
import { useAuth, useMe } from "./auth";

export function Layout() {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const staffOfOmb = me.role === "omb_officer" || me.role === "admin";
  const links: { to: string; label: string; show: boolean }[] = [
    { to: "/queue", label: t("nav.queue"), show: true },
    { to: "/intake", label: t("nav.intake"), show: me.role !== "agency_staff" },
    { to: "/board", label: t("nav.board"), show: me.role !== "agency_staff" },
    { to: "/map", label: t("nav.map"), show: true },
    { to: "/stats", label: t("nav.stats"), show: true },
    { to: "/outreach", label: t("nav.outreach"), show: staffOfOmb || me.role === "coordinator" },
    { to: "/admin", label: t("nav.admin"), show: me.role === "admin" },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>Fast Track</strong> <span>{t("app.subtitle")}</span>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            {links
              .filter((l) => l.show)
              .map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to}>{l.label}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          <LanguageSwitch />
          <NavLink to="/account" className="me">
            {me.full_name} · {t(`role.${me.role}`)}
          </NavLink>
          <button
            type="button"
            onClick={async () => {
              await signOut();
              navigate("/sign-in", { replace: true });
            }}
          >
            {t("signOut")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
