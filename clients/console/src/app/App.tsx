// The console shell: providers, routes, and the sign-in gate.
import { Suspense } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { ApiError, I18nProvider, type ApiClient } from "@fasttrack/shared";
import { messages } from "../messages";
import { ApiContext } from "./api";
import { AuthProvider, useAuth } from "./auth";
import { Layout } from "./Layout";
import { Loading, NotFound } from "./ui";
import { SignInPage } from "../features/auth/SignInPage";
import { QueuePage } from "../features/queue/QueuePage";

// Screens used less often load on demand: the first load stays small.

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

export function App({ api, queryClient = makeQueryClient() }: { api: ApiClient; queryClient?: QueryClient }) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider messages={messages}>
          <BrowserRouter basename="/console">
            <AuthProvider>
              <Routes>
                <Route path="/sign-in" element={<SignInPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <Layout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<Navigate to="/queue" replace />} />
                  <Route path="/queue" element={<QueuePage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </AuthProvider>
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}

export function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function NotFoundPage() {
  return <NotFound />;
}
