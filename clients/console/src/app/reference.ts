// Reference lists (agencies, categories, districts, boundaries) cached for the session.
import { useQuery } from "@tanstack/react-query";
import { unwrap, useI18n, type ApiClient, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "./api";

async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string | null }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return items;
}

const HOUR = 3_600_000;

export function useAgencies() {
  const api = useApi();
  return useQuery({
    queryKey: keys.agencies,
    staleTime: HOUR,
    queryFn: () =>
      allPages<Schemas["AgencyRead"]>((cursor) =>
        unwrap(api.GET("/api/v1/agencies", { params: { query: { limit: 200, cursor } } })),
      ),
  });
}

export function useCategories() {
  const api = useApi();
  return useQuery({
    queryKey: keys.categories,
    staleTime: HOUR,
    queryFn: () =>
      allPages<Schemas["CategoryRead"]>((cursor) =>
        unwrap(api.GET("/api/v1/categories", { params: { query: { limit: 200, cursor } } })),
      ),
  });
}

export function useDistricts() {
  const api = useApi();
  return useQuery({
    queryKey: keys.districts,
    staleTime: HOUR,
    queryFn: () =>
      allPages<Schemas["DistrictRead"]>((cursor) =>
        unwrap(api.GET("/api/v1/districts", { params: { query: { limit: 200, cursor } } })),
      ),
  });
}

export function fetchOutlines(api: ApiClient) {
  return unwrap(api.GET("/api/v1/districts/boundaries"));
}

export function useOutlines() {
  const api = useApi();
  return useQuery({ queryKey: keys.outlines, staleTime: Infinity, queryFn: () => fetchOutlines(api) });
}

/** Name in the reader's language of anything with name_th / name_en. */
export function useName() {
  const { lang } = useI18n();
  return (thing: { name_th: string; name_en: string } | undefined | null, fallback = "—") =>
    thing ? (lang === "th" ? thing.name_th : thing.name_en) : fallback;
}

export function byId<T extends { id: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
