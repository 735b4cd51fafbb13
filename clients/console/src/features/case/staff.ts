// The staff of an agency, to pick who works a case: the API lists them to admins and to the
// agency's own coordinator (nobody else asks, so nobody sees a 403).
import { useQuery } from "@tanstack/react-query";
import { unwrap, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";
import { useMe, type Me } from "../../app/auth";

export function mayListStaff(me: Pick<Me, "role" | "agency_id">, agencyId: string | null | undefined): boolean {
  if (!agencyId) return false;
  return me.role === "admin" || (me.role === "coordinator" && me.agency_id === agencyId);
}

/** Active accounts of the agency, by name (the API refuses an assignee from elsewhere). */
export function useAgencyStaff(agencyId: string | null | undefined) {
  const api = useApi();
  const me = useMe();
  return useQuery({
    queryKey: keys.users({ agency: agencyId ?? "" }),
    enabled: mayListStaff(me, agencyId),
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<Schemas["UserRead"][]> => {
      const page = await unwrap(
        api.GET("/api/v1/users", { params: { query: { agency_id: agencyId!, is_active: true, limit: 200 } } }),
      );
      return [...page.items].sort((a, b) => a.full_name.localeCompare(b.full_name, "th"));
    },
  });
}
