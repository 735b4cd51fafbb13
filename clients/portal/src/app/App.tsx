// The portal shell: providers, the header with the language switch, and the routes.
import { lazy, Suspense } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Link, NavLink, Outlet, Route, Routes } from "react-router";
import { ApiError, I18nProvider, LanguageSwitch, useI18n, type ApiClient } from "@fasttrack/shared";
import { messages } from "../messages";
import { ApiContext } from "./api";
import { HelpBox, Loading, NotFound } from "./ui";

// Each screen loads on demand: the first load is the shell and the home page only.
const FilePage = lazy(() => import("../features/file/FilePage"));
const TrackPage = lazy(() => import("../features/track/TrackPage"));
const DistrictPage = lazy(() => import("../features/district/DistrictPage"));

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}

function Layout() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <header className="portal-header">
        <div className="portal-bar">
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <LanguageSwitch />
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            <li>
              <NavLink to="/file">{t("nav.file")}</NavLink>
            </li>
            <li>
              <NavLink to="/track">{t("nav.track")}</NavLink>
            </li>
            <li>
              <NavLink to="/district">{t("nav.district")}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-footer">
        <HelpBox />
        <p className="hint">{t("app.tagline")}</p>
      </footer>
    </>
  );
}

function Home() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("home.title")}</h1>
      <p>{t("home.lead")}</p>
      <ul className="home-actions">
        <li>
          <Link className="big-link primary" to="/file">
            {t("home.file")}
          </Link>
        </li>
        <li>
          <Link className="big-link" to="/track">
            {t("home.track")}
          </Link>
        </li>
        <li>
          <Link className="big-link" to="/district">
            {t("home.district")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

export function App({ api, queryClient = makeQueryClient() }: { api: ApiClient; queryClient?: QueryClient }) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider messages={messages}>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<Home />} />
                <Route path="/file" element={<FilePage />} />
                <Route path="/track" element={<TrackPage />} />
                <Route path="/track/:code" element={<TrackPage />} />
                <Route path="/district" element={<DistrictPage />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
