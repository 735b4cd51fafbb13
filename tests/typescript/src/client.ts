// What a frontend team writes against openapi-typescript's output of openapi.json (default
// options) and openapi-fetch; `tsc --strict` must accept it as it stands.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/schema";

type Schemas = components["schemas"];

const api = createClient<paths>({ baseUrl: "https://fasttrack.example" });

// Request types keep server-defaulted fields optional: the three required ones suffice.
export const minimal: Schemas["ComplaintCreate"] = {
  title: "น้ำท่วมขังหน้าตลาด",
  description: "ท่อระบายน้ำอุดตันมาสามวัน",
  channel: "line",
};

export async function createComplaint(): Promise<string> {
  const { data, error, response } = await api.POST("/api/v1/complaints", {
    body: { title: "Streetlight out", description: "Soi 5, since Monday", channel: "phone" },
  });
  if (error) {
    // Problems are typed: a dotted code, and the fields of a 422.
    const code: string = error.code;
    return `${response.status} ${code} ${error.errors?.[0]?.loc.join(".") ?? ""}`;
  }
  // Response types mark always-present fields required: no `?.` needed.
  const urgency: "low" | "normal" | "high" | "critical" = data.urgency;
  const fastTrack: boolean = data.fast_track;
  const version: number = data.version;
  const etag: string | null = response.headers.get("ETag");
  return `${data.case_number} ${urgency} ${fastTrack} ${version} ${etag ?? ""}`;
}

// A change sends the ETag it read; 412 and 428 are declared problems.
export async function triage(id: string, etag: string): Promise<number> {
  const { data, error } = await api.POST("/api/v1/complaints/{complaint_id}/transitions", {
    params: { path: { complaint_id: id }, header: { "If-Match": etag } },
    body: { action: "triage" },
  });
  if (error) {
    const current: unknown = error.current_version;
    return typeof current === "number" ? current : -1;
  }
  return data.version;
}

// Uploads are multipart/form-data with a binary part.
export async function upload(id: string, photo: Blob): Promise<string> {
  const { data, error } = await api.POST("/api/v1/complaints/{complaint_id}/attachments", {
    params: { path: { complaint_id: id } },
    body: { file: photo as unknown as string, visibility: "public" },
    bodySerializer(body) {
      const form = new FormData();
      form.append("file", body.file as unknown as Blob, "photo.jpg");
      if (body.visibility) form.append("visibility", body.visibility);
      return form;
    },
  });
  return error ? error.code : data.url;
}

// The timeline's payloads are a union discriminated by `kind`: narrowing types `data`.
export function describe(entry: Schemas["TimelineEntryRead"]): string {
  switch (entry.kind) {
    case "created":
      return `${entry.at} ${entry.data.case_number} via ${entry.data.channel}`;
    case "state_changed":
    case "assigned":
    case "transferred":
      return `${entry.data.action}: ${entry.data.from} → ${entry.data.to}`;
    case "coordination_message":
      return `${entry.data.channel ?? "?"} ${entry.data.counterpart ?? ""} ${entry.data.text ?? ""}`;
    case "field_visit":
      return `${entry.data.planned_date ?? ""} ${entry.data.done_date ?? ""} ${entry.data.outcome ?? ""}`;
    case "co_handler_added":
      return `${entry.data.agency_id} ${entry.data.reason}`;
    case "updated":
      return entry.data.fields.join(", ");
    case "flagged":
      return entry.data.reason;
    case "rated":
      return `${entry.data.score}/5 ${entry.data.comment ?? ""}`;
    case "escalated":
      return `${entry.data.milestone} ${entry.data.due_at} → ${entry.data.notify.join(", ")}`;
    case "redacted":
      return `${entry.data.entry_id}: ${entry.data.reason}`;
    default:
      // A redacted entry keeps its kind; its words are gone and `redaction` says who, when, why.
      return entry.redaction ? `(${entry.redaction.reason})` : (entry.data.text ?? "");
  }
}

// A timeline entry is written with the same `kind` it is read with.
export const note: Schemas["TimelineEntryCreate"] = { kind: "note", text: "โทรประสานเขตแล้ว" };
