// Uploads with progress to the typed API's multipart operations. XHR, because fetch reports
// no upload progress; the path is one of the API's own (checked against `paths`), never a
// string put together by a screen.
import { ApiError } from "./client";
import type { paths } from "./schema";

/** The API paths whose POST takes multipart/form-data. */
export type UploadPath = {
  [P in keyof paths]: paths[P] extends { post: { requestBody: { content: { "multipart/form-data": unknown } } } } ? P : never;
}[keyof paths];

type PathParams<P extends UploadPath> = paths[P]["post"] extends { parameters: { path: infer T } } ? T : never;

/** The form fields the operation takes (files as Blob). */
export type UploadFields<P extends UploadPath> = {
  [K in keyof paths[P]["post"]["requestBody"]["content"]["multipart/form-data"]]: string | Blob;
};

export interface UploadOptions {
  /** "" for the same origin, as for createApiClient. */
  baseUrl: string;
  token?: string | null;
  language?: string;
}

/** `/a/{id}/b` with {id: "x y"} → `/a/x%20y/b`; a missing parameter is an error, not "undefined". */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** POST the fields as multipart/form-data; resolves with the JSON answer, rejects with ApiError. */
export function uploadWithProgress<P extends UploadPath>(
  options: UploadOptions,
  path: P,
  params: PathParams<P>,
  fields: UploadFields<P>,
  onProgress: (percent: number) => void,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", options.baseUrl.replace(/\/$/, "") + fillPath(path, params as Record<string, string>));
    if (options.token) xhr.setRequestHeader("Authorization", `Bearer ${options.token}`);
    if (options.language) xhr.setRequestHeader("Accept-Language", options.language);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError({ status: xhr.status, ...(body && typeof body === "object" ? body : {}) }));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: "Network error" }));
    const form = new FormData();
    for (const [name, value] of Object.entries(fields) as [string, string | Blob][]) form.append(name, value);
    xhr.send(form);
  });
}
