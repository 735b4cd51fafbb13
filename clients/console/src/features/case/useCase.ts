// One case with its ETag, its timeline and its files; writes that need If-Match.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap, unwrapWithResponse, type Schemas } from "@fasttrack/shared";
import { keys, useApi } from "../../app/api";

export type Complaint = Schemas["ComplaintRead"];
export interface CaseWithEtag {
  complaint: Complaint;
  etag: string;
}

export function useCase(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.complaint(id),
    queryFn: async (): Promise<CaseWithEtag> => {
      const { data, response } = await unwrapWithResponse(
        api.GET("/api/v1/complaints/{complaint_id}", { params: { path: { complaint_id: id } } }),
      );
      return { complaint: data, etag: response.headers.get("ETag") ?? "" };
    },
  });
}

export function useTimeline(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: async () => {
      const items: Schemas["TimelineEntryRead"][] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 50; i++) {
        const page = await unwrap(
          api.GET("/api/v1/complaints/{complaint_id}/timeline", {
            params: { path: { complaint_id: id }, query: { limit: 200, cursor } },
          }),
        );
        items.push(...page.items);
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
      }
      return items;
    },
  });
}

export function useAttachments(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.attachments(id),
    queryFn: () =>
      unwrap(api.GET("/api/v1/complaints/{complaint_id}/attachments", { params: { path: { complaint_id: id } } })),
  });
}

/** After any write: the case, its timeline and the queues are stale. */
export function useInvalidateCase(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.complaint(id) }),
      queryClient.invalidateQueries({ queryKey: keys.timeline(id) }),
      queryClient.invalidateQueries({ queryKey: keys.attachments(id) }),
      queryClient.invalidateQueries({ queryKey: ["complaints", "queue"] }),
    ]);
}
