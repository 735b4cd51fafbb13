// One versioned record being edited: read with its ETag, written with If-Match. A 412 means
// someone saved first: the record is read again (new values, new ETag) and the admin's own
// values stay in the form, to save again over the new version or to drop.
import { useCallback, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@fasttrack/shared";

export interface Tagged<T> {
  data: T;
  etag: string;
}

export function useVersionedRecord<T>({
  queryKey,
  read,
  write,
  invalidate,
}: {
  queryKey: readonly unknown[];
  read: () => Promise<{ data: T; response: Response }>;
  /** The PATCH (or PUT) with `If-Match: etag`. */
  write: (etag: string) => Promise<unknown>;
  /** The lists to refresh after a save. */
  invalidate: readonly (readonly unknown[])[];
}) {
  const queryClient = useQueryClient();
  const record = useQuery({
    queryKey,
    staleTime: 0,
    queryFn: async (): Promise<Tagged<T>> => {
      const { data, response } = await read();
      return { data, etag: response.headers.get("ETag") ?? "" };
    },
  });
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = useCallback(async (): Promise<boolean> => {
    const etag = queryClient.getQueryData<Tagged<T>>(queryKey)?.etag ?? "";
    setBusy(true);
    setError(null);
    try {
      await write(etag);
      setConflict(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey }),
        ...invalidate.map((key) => queryClient.invalidateQueries({ queryKey: key })),
      ]);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        await queryClient.refetchQueries({ queryKey });
        setConflict(true);
      } else {
        setError(e);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }, [queryClient, queryKey, write, invalidate]);

  const dismissConflict = useCallback(() => setConflict(false), []);
  return { record, save, conflict, dismissConflict, error, busy };
}
