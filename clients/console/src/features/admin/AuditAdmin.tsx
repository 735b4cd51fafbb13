// The audit log of administrative changes, newest first, with keyset "load more".
import { useInfiniteQuery } from "@tanstack/react-query";
import { unwrap, useI18n } from "@fasttrack/shared";
import { useApi } from "../../app/api";
import { ErrorMessage, Loading } from "../../app/ui";

export function AuditAdmin() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const log = useInfiniteQuery({
    queryKey: ["audit-log"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET("/api/v1/audit-log", { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorMessage error={log.error} />;
  const items = log.data.pages.flatMap((p) => p.items);
  return (
    <div className="panel">
      <table>
        <caption className="bars">{t("admin.audit")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.when")}</th>
            <th scope="col">{t("admin.action")}</th>
            <th scope="col">{t("admin.entity")}</th>
            <th scope="col">{t("admin.actor")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>{dateTime(e.at)}</td>
              <td><code>{e.action}</code></td>
              <td>{e.entity_type} <code>{e.entity_id.slice(0, 8)}</code></td>
              <td>{e.actor_kind}{e.actor_id ? ` ${e.actor_id.slice(0, 8)}` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage ? (
        <button type="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>{t("queue.more")}</button>
      ) : null}
    </div>
  );
}
