// The API client typed from openapi.json: openapi-fetch over `paths` from schema.d.ts.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Schemas = components["schemas"];
export type ApiClient = Client<paths>;

/** An RFC 9457 problem as the API renders every error. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  request_id?: string;
  errors?: { loc: (string | number)[]; msg: string; type: string }[];
  [extra: string]: unknown;
}

/** An error answer of the API, carrying its problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

export interface ApiClientOptions {
  /** "" for the same origin, or the API's origin when the SPA is deployed elsewhere. */
  baseUrl: string;
  /** The bearer token, read on every request (kept in memory or sessionStorage by the app). */
  getToken?: () => string | null | undefined;
  /** "th" or "en": problem titles and details come back in this language. */
  getLanguage?: () => string;
  /** Called on a 401 to a request that carried a token (expired or revoked session). */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    fetch: options.fetch,
  });
  const middleware: Middleware = {
    onRequest({ request }) {
      const token = options.getToken?.();
      if (token && !request.headers.has("Authorization")) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      const language = options.getLanguage?.();
      if (language) request.headers.set("Accept-Language", language);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has("Authorization")) {
        options.onUnauthorized?.();
      }
      return response;
    },
  };
  client.use(middleware);
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === "object" && "status" in error) return error as Problem;
  if (error && typeof error === "object") return { status: response.status, ...(error as object) };
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

/** The data of a successful answer, or an ApiError with the problem. */
export async function unwrap<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(toProblem(error, response));
  return data as T;
}

/** The data with the response (for its ETag and other headers). */
export async function unwrapWithResponse<T>(
  pending: Promise<FetchResult<T>>,
): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(toProblem(error, response));
  return { data: data as T, response };
}

/** A fresh Idempotency-Key for one user intent (kept across its retries and double clicks). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
