// The statistics endpoint as a query (scoped by the API to what the user may see).
import { useQuery } from "@tanstack/react-query";
import { unwrap } from "@fasttrack/shared";
import { keys, useApi } from "./api";

export const OPEN_STATUSES = ["received", "triaged", "assigned", "in_progress", "awaiting_complainant"] as const;

export function useStats(query: Record<string, unknown>, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: keys.stats(query),
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/stats/complaints", { params: { query: query as never } })),
  });
}
