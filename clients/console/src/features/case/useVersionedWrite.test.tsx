import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { ApiError } from "@fasttrack/shared";
import { keys } from "../../app/api";
import { useVersionedWrite } from "./useVersionedWrite";

describe("useVersionedWrite", () => {
  it("on a 412 re-reads the case, keeps the write, and re-applies it with the new ETag", async () => {
    const queryClient = new QueryClient();
    let version = 1;
    // the case query: each read returns the current version's ETag
    queryClient.setQueryDefaults(keys.complaint("c1"), {
      queryFn: () => ({ complaint: { id: "c1", version }, etag: `"${version}"` }),
    });
    await queryClient.fetchQuery({ queryKey: keys.complaint("c1") });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useVersionedWrite("c1"), { wrapper });
    const seen: string[] = [];
    const write = async (etag: string) => {
      seen.push(etag);
      if (etag !== `"${version}"`) throw new ApiError({ status: 412, code: "complaint.version_conflict" });
    };
    version = 2; // someone else saved meanwhile
    let ok = true;
    await act(async () => {
      ok = await result.current.run(write);
    });
    expect(ok).toBe(false);
    expect(result.current.conflict).toBe(true);
    await act(async () => {
      await result.current.reapply();
    });
    await waitFor(() => expect(result.current.conflict).toBe(false));
    expect(seen).toEqual(['"1"', '"2"']);
    expect(result.current.error).toBeNull();
  });
});
