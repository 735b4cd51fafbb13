import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, loadRuntimeConfig, parseConfig } from "./config";
import { ApiError, createApiClient, unwrap } from "./api/client";

describe("runtime config", () => {
  it("accepts an origin and refuses anything else", () => {
    expect(parseConfig({ apiBaseUrl: "https://api.example/" })).toEqual({ apiBaseUrl: "https://api.example" });
    expect(parseConfig({ apiBaseUrl: "javascript:alert(1)" })).toEqual(DEFAULT_CONFIG);
    expect(parseConfig(null)).toEqual(DEFAULT_CONFIG);
  });

  it("falls back to the same origin when config.json is missing", async () => {
    const fetcher = async () => new Response("nope", { status: 404 });
    expect(await loadRuntimeConfig("http://x/config.json", fetcher as typeof fetch)).toEqual(DEFAULT_CONFIG);
  });
});

describe("api client", () => {
  it("sends the bearer token and language, and turns problems into ApiError", async () => {
    const seen: Request[] = [];
    let unauthorized = 0;
    const client = createApiClient({
      baseUrl: "http://api.test",
      getToken: () => "tok",
      getLanguage: () => "th",
      onUnauthorized: () => unauthorized++,
      fetch: async (input) => {
        seen.push(input as Request);
        return new Response(
          JSON.stringify({ status: 401, title: "ต้องเข้าสู่ระบบ", code: "auth.unauthenticated" }),
          { status: 401, headers: { "Content-Type": "application/problem+json" } },
        );
      },
    });
    const error = await unwrap(client.GET("/api/v1/users/me")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("auth.unauthenticated");
    expect(seen[0]?.headers.get("Authorization")).toBe("Bearer tok");
    expect(seen[0]?.headers.get("Accept-Language")).toBe("th");
    expect(unauthorized).toBe(1);
  });
});
