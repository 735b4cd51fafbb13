// Rendering a console component in tests: a fake API (a fetch function), a signed-in user,
// Thai messages, a router and a fresh query cache.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { createApiClient, I18nProvider } from "@fasttrack/shared";
import { ApiContext } from "../app/api";
import { AuthContext, type Me } from "../app/auth";
import { messages } from "../messages";

export type FakeFetch = (request: Request) => Promise<Response> | Response;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
}

export const ME: Me = {
  id: "00000000-0000-0000-0000-0000000000c1",
  email: "coordinator@example.org",
  full_name: "ผู้ประสานงาน",
  phone: null,
  language: "th",
  role: "coordinator",
  agency_id: "00000000-0000-0000-0000-00000000a026",
  is_active: true,
  is_verified: true,
  created_at: "2026-11-01T00:00:00Z",
  updated_at: "2026-11-01T00:00:00Z",
  version: 1,
  line_linked_at: null,
};

export function renderWith(ui: ReactNode, fetch: FakeFetch, me: Me = ME) {
  const api = createApiClient({ baseUrl: "http://api.test", fetch: (input) => Promise.resolve(fetch(input as Request)) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const auth = { token: "t", me, loading: false, signIn: async () => {}, signOut: async () => {}, expire: () => {} };
  return render(
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider messages={messages} initial="th">
          <AuthContext.Provider value={auth}>
            <MemoryRouter>{ui}</MemoryRouter>
          </AuthContext.Provider>
        </I18nProvider>
      </QueryClientProvider>
    </ApiContext.Provider>,
  );
}
