// Writes that carry If-Match: on a 412 the case is re-read and the write is kept so the user
// can re-apply it on the new version (or drop it).
import { useCallback, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@fasttrack/shared";
import { keys } from "../../app/api";
import type { CaseWithEtag } from "./useCase";
import { useInvalidateCase } from "./useCase";

export type Write = (etag: string) => Promise<unknown>;

export function useVersionedWrite(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCase(id);
  const [conflict, setConflict] = useState<Write | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<Write | null>(null);

  const run = useCallback(
    async (write: Write): Promise<boolean> => {
      const current = queryClient.getQueryData<CaseWithEtag>(keys.complaint(id));
      setBusy(true);
      setError(null);
      try {
        await write(current?.etag ?? "");
        pending.current = null;
        setConflict(null);
        await invalidate();
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 412) {
          pending.current = write;
          await queryClient.refetchQueries({ queryKey: keys.complaint(id) });
          setConflict(() => write);
        } else {
          setError(e);
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [id, queryClient, invalidate],
  );

  const reapply = useCallback(async () => {
    const write = pending.current;
    setConflict(null);
    if (write) await run(write);
  }, [run]);

  const discard = useCallback(() => {
    pending.current = null;
    setConflict(null);
  }, []);

  return { run, conflict: conflict !== null, reapply, discard, busy, error };
}
