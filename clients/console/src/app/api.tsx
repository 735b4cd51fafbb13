// The API client for the whole app, and small helpers around the query cache.
import { createContext, useContext } from "react";
import type { ApiClient } from "@fasttrack/shared";

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error("useApi outside ApiContext");
  return client;
}

/** Query keys per resource: mutations invalidate by these prefixes. */
export const keys = {
  me: ["me"] as const,
  queue: (params: object) => ["complaints", "queue", params] as const,
  complaint: (id: string) => ["complaints", "one", id] as const,
  timeline: (id: string) => ["complaints", "timeline", id] as const,
  attachments: (id: string) => ["complaints", "attachments", id] as const,
  similar: (id: string) => ["complaints", "similar", id] as const,
  agencies: ["agencies"] as const,
  categories: ["categories"] as const,
  districts: ["districts"] as const,
  outlines: ["districts", "boundaries"] as const,
  users: (params: object) => ["users", params] as const,
  coordinators: (params: object) => ["coordinators", params] as const,
  stats: (params: object) => ["stats", params] as const,
};
