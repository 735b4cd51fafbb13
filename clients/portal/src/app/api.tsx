// The API client for the whole portal, and the query keys of what it reads.
import { createContext, useContext } from "react";
import { unwrap, type ApiClient, type DistrictOutlines } from "@fasttrack/shared";

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error("useApi outside ApiContext");
  return client;
}

export const keys = {
  categories: ["public", "categories"] as const,
  notice: ["public", "privacy-notice"] as const,
  outlines: ["districts", "boundaries"] as const,
  districtStats: ["public", "district-stats"] as const,
  activities: (district: string | null) => ["public", "activities", district] as const,
  similar: (params: object) => ["public", "similar", params] as const,
  track: (code: string) => ["public", "track", code] as const,
};

/** The district polygons (served as application/geo+json, typed as the outline collection). */
export async function fetchOutlines(api: ApiClient): Promise<DistrictOutlines> {
  return (await unwrap(api.GET("/api/v1/districts/boundaries"))) as DistrictOutlines;
}
