// Runtime configuration: `config.json` next to index.html, so one build serves any deployment.
export interface RuntimeConfig {
  /** "" (the default): the API is on the same origin; otherwise its origin, e.g. https://api.example */
  apiBaseUrl: string;
}

export const DEFAULT_CONFIG: RuntimeConfig = { apiBaseUrl: "" };

export function parseConfig(value: unknown): RuntimeConfig {
  if (!value || typeof value !== "object") return DEFAULT_CONFIG;
  const base = (value as Record<string, unknown>).apiBaseUrl;
  if (typeof base !== "string") return DEFAULT_CONFIG;
  if (base !== "" && !/^https?:\/\/[^/]+/.test(base)) return DEFAULT_CONFIG;
  return { apiBaseUrl: base.replace(/\/$/, "") };
}

/** Read `config.json` relative to the document (the SPA's base); defaults when absent. */
export async function loadRuntimeConfig(
  url = new URL("config.json", document.baseURI).toString(),
  fetcher: typeof fetch = fetch,
): Promise<RuntimeConfig> {
  try {
    const response = await fetcher(url, { cache: "no-cache" });
    if (!response.ok) return DEFAULT_CONFIG;
    return parseConfig(await response.json());
  } catch {
    return DEFAULT_CONFIG;
  }
}
