// The signed-in user: the bearer token lives in sessionStorage (never localStorage) and
// sign-out revokes it on the server.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "./api";

const TOKEN_KEY = "fasttrack.console.token";
/** Dispatched by the API client when a request with a token is answered 401. */
export const UNAUTHORIZED_EVENT = "fasttrack:unauthorized";

export type Me = Schemas["UserRead"];

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // no storage: the token lives in memory for this page only
  }
}

interface Auth {
  token: string | null;
  me: Me | undefined;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Forget the session without calling the API (it answered 401). */
  expire: () => void;
}

const AuthContext = createContext<Auth | null>(null);

/** Holds the token the API client reads on every request. */
export const tokenHolder = { current: readToken() };

export function AuthProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenHolder.current);
  const meQuery = useQuery({
    queryKey: [...keys.me, token],
    enabled: Boolean(token),
    queryFn: () => unwrap(api.GET("/api/v1/users/me")),
    staleTime: 60_000,
  });

  const apply = useCallback(
    (next: string | null) => {
      tokenHolder.current = next;
      writeToken(next);
      setToken(next);
      if (!next) queryClient.clear();
    },
    [queryClient],
  );

  useEffect(() => {
    const onUnauthorized = () => apply(null);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [apply]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const body = await unwrap(
        api.POST("/api/v1/auth/login", {
          body: { username: email, password, scope: "" },
          bodySerializer: (b) => new URLSearchParams(b as Record<string, string>),
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      );
      apply(body.access_token);
    },
    [api, apply],
  );

  const signOut = useCallback(async () => {
    try {
      await api.POST("/api/v1/auth/logout");
    } finally {
      apply(null);
    }
  }, [api, apply]);

  const value = useMemo<Auth>(
    () => ({
      token,
      me: meQuery.data,
      loading: Boolean(token) && meQuery.isPending,
      signIn,
      signOut,
      expire: () => apply(null),
    }),
    [token, meQuery.data, meQuery.isPending, signIn, signOut, apply],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error("useMe before sign-in");
  return me;
}
