// The console shell: providers, routes, and the sign-in gate.
import { lazy, Suspense } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { ApiError, DEFAULT_CONFIG, I18nProvider, type ApiClient, type RuntimeConfig } from "@fasttrack/shared";
import { ConfigContext } from "./config";
import { messages } from "../messages";
import { ApiContext } from "./api";
import { AuthProvider, useAuth } from "./auth";
import { Layout } from "./Layout";
import { Loading, NotFound } from "./ui";
import { SignInPage } from "../features/auth/SignInPage";
import { QueuePage } from "../features/queue/QueuePage";
import { CasePage } from "../features/case/CasePage";
import { IntakePage } from "../features/intake/IntakePage";
import { ForgotPasswordPage, SetPasswordPage, VerifyPage } from "../features/auth/PasswordPages";

// Screens used less often load on demand: the first load stays small.
const AccountPage = lazy(() => import("../features/auth/AccountPage"));
const BoardPage = lazy(() => import("../features/board/BoardPage"));
const MapPage = lazy(() => import("../features/map/MapPage"));
const StatsPage = lazy(() => import("../features/stats/StatsPage"));
const AdminPage = lazy(() => import("../features/admin/AdminPage"));


function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { token, me, loading } = useAuth();
  const location = useLocation();
  if (!token) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (loading || !me) return <Loading />;
  return <>{children}</>;
}

export function App({
  api,
  config = DEFAULT_CONFIG,
  queryClient = makeQueryClient(),
}: {
  api: ApiClient;
  config?: RuntimeConfig;
  queryClient?: QueryClient;
}) {
  return (
    <ConfigContext.Provider value={config}>
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider messages={messages}>
          <BrowserRouter basename="/console">
            <AuthProvider>
              <Routes>
                <Route path="/sign-in" element={<SignInPage />} />
                <Route path="/accept-invitation" element={<SetPasswordPage invitation />} />
                <Route path="/reset-password" element={<SetPasswordPage invitation={false} />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                <Route path="/verify" element={<VerifyPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <Layout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<Navigate to="/queue" replace />} />
                  <Route path="/queue" element={<QueuePage />} />
                  <Route path="/cases/:id" element={<CasePage />} />
                  <Route path="/intake" element={<IntakePage />} />
                  <Route path="/account" element={<Lazy><AccountPage /></Lazy>} />
                  <Route path="/board" element={<Lazy><BoardPage /></Lazy>} />
                  <Route path="/map" element={<Lazy><MapPage /></Lazy>} />
                  <Route path="/stats" element={<Lazy><StatsPage /></Lazy>} />
                  <Route path="/admin/*" element={<Lazy><AdminPage /></Lazy>} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </AuthProvider>
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
    </ConfigContext.Provider>
  );
}

export function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function NotFoundPage() {
  return <NotFound />;
}
