// The queue's filters as URL search parameters (shareable, bookmarkable, saved as views).
import type { Me } from "../../app/auth";

export const FILTER_KEYS = [
  "scope",
  "status",
  "channel",
  "district_code",
  "agency_id",
  "category_id",
  "urgency",
  "fast_track",
  "resolution_sla",
  "first_response_sla",
  "mou_area_id",
  "created_from",
  "created_to",
  "q",
  "sort",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export type Scope = "mine" | "agency" | "all";

export function scopesFor(me: Me): Scope[] {
  if (me.role === "omb_officer" || me.role === "admin") return ["all", "mine"];
  if (me.role === "agency_staff") return ["mine", "agency"];
  return ["agency", "mine"];
}

export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The API query for the filters: the scope becomes assignee or agency filters. */
export function toQuery(filters: Filters, me: Me): Record<string, string | boolean | number> {
  const query: Record<string, string | boolean | number> = {};
  const scope = (filters.scope as Scope | undefined) ?? scopesFor(me)[0];
  for (const [key, value] of Object.entries(filters)) {
    if (!value || key === "scope") continue;
    if (key === "fast_track") query[key] = value === "true";
    else if (key === "mou_area_id") query[key] = Number(value);
    else if (key === "created_from" || key === "created_to") {
      // a Bangkok calendar day: from its start / to the end of the day
      query[key] = key === "created_from" ? `${value}T00:00:00+07:00` : `${value}T23:59:59+07:00`;
    } else query[key] = value;
  }
  if (scope === "mine") query.assignee_id = me.id;
  if (scope === "agency" && me.agency_id) query.agency_id = me.agency_id;
  return query;
}
