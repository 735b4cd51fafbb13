// The case's files: upload with progress (the shared client's XHR upload: fetch reports
// none), previews as blob URLs (the files need the bearer token, so no plain <img src>).
import { useEffect, useState } from "react";
import type { ChangeEvent } from "react";
import { uploadWithProgress, useI18n, type Schemas } from "@fasttrack/shared";
import { tokenHolder } from "../../app/auth";
import { useConfig } from "../../app/config";
import { ErrorMessage } from "../../app/ui";
import { useAttachments, useInvalidateCase } from "./useCase";

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
      await uploadWithProgress(
        { baseUrl: apiBaseUrl, token: tokenHolder.current, language: document.documentElement.lang || "th" },
        "/api/v1/complaints/{complaint_id}/attachments",
        { complaint_id: complaintId },
        { file, visibility },
        setProgress,
      );
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
