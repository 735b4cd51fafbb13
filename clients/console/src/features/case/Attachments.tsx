// The case's files: upload with progress (XHR: fetch reports none), previews as blob URLs
// (the files need the bearer token, so no plain <img src>).
import { useEffect, useState } from "react";
import type { ChangeEvent } from "react";
import { useI18n, type Schemas } from "@fasttrack/shared";
import { tokenHolder } from "../../app/auth";
import { useConfig } from "../../app/config";
import { ErrorMessage } from "../../app/ui";
import { useAttachments, useInvalidateCase } from "./useCase";
import { ApiError } from "@fasttrack/shared";

export function uploadWithProgress(
  url: string,
  file: File,
  visibility: "internal" | "public",
  onProgress: (percent: number) => void,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    const token = tokenHolder.current;
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Accept-Language", document.documentElement.lang || "th");
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
    form.append("file", file);
    form.append("visibility", visibility);
    xhr.send(form);
  });
}

export function Attachments({ complaintId }: { complaintId: string }) {
  const { t } = useI18n();
  const { apiBaseUrl } = useConfig();
  const attachments = useAttachments(complaintId);
  const invalidate = useInvalidateCase(complaintId);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [visibility, setVisibility] = useState<"internal" | "public">("internal");

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await uploadWithProgress(`${apiBaseUrl}/api/v1/complaints/${complaintId}/attachments`, file, visibility, setProgress);
      await invalidate();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  }

  const items = attachments.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="files-title">
      <h2 id="files-title">{t("case.attachments")}</h2>
      {items.length === 0 ? <p className="muted">{t("case.noAttachments")}</p> : (
        <ul className="files">
          {items.map((a) => <AttachmentItem key={a.id} attachment={a} />)}
        </ul>
      )}
      <div className="field">
        <label htmlFor="file-input">
          {t("case.upload")} <span className="hint">— {t("case.uploadHint")}</span>
        </label>
        <input id="file-input" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" onChange={onFile} disabled={progress !== null} />
        <label className="check">
          <input type="checkbox" checked={visibility === "public"} onChange={(e) => setVisibility(e.target.checked ? "public" : "internal")} /> {t("entry.public")}
        </label>
      </div>
      {progress !== null ? (
        <p role="status">
          <progress max={100} value={progress} aria-label={t("case.uploading", { percent: progress })} /> {t("case.uploading", { percent: progress })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

function AttachmentItem({ attachment }: { attachment: Schemas["AttachmentRead"] }) {
  const { t, dateTime } = useI18n();
  const { apiBaseUrl } = useConfig();
  const [url, setUrl] = useState<string | null>(null);
  const isImage = attachment.content_type.startsWith("image/");
  const href = `${apiBaseUrl}${attachment.url}`;
  useEffect(() => {
    let revoked = false;
    let objectUrl: string | null = null;
    if (!isImage) return;
    void fetch(href, { headers: { Authorization: `Bearer ${tokenHolder.current ?? ""}` } })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (blob && !revoked) {
          objectUrl = URL.createObjectURL(blob);
          setUrl(objectUrl);
        }
      });
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [href, isImage]);
  async function open() {
    const r = await fetch(href, { headers: { Authorization: `Bearer ${tokenHolder.current ?? ""}` } });
    if (!r.ok) return;
    const objectUrl = URL.createObjectURL(await r.blob());
    const link = document.createElement("a");
    link.href = objectUrl;
    link.download = attachment.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }
  return (
    <li className="row-actions">
      {url ? <img src={url} alt={attachment.filename} className="thumb" /> : null}
      <button type="button" onClick={() => void open()}>{attachment.filename}</button>
      <span className="muted">
        {Math.ceil(attachment.size / 1024)} kB · {t(`visibility.${attachment.visibility}`)} · {dateTime(attachment.created_at)}
      </span>
    </li>
  );
}
