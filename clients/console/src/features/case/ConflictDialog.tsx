// 412: someone changed the case first. The case is re-read; the user re-applies or discards.
import { useEffect, useRef } from "react";
import { useI18n } from "@fasttrack/shared";

export function ConflictDialog({ onReapply, onDiscard, busy }: { onReapply: () => void; onDiscard: () => void; busy: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="conflict-title" aria-describedby="conflict-body" onCancel={onDiscard}>
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p id="conflict-body">{t("conflict.body")}</p>
      <div className="row-actions">
        <button type="button" className="primary" onClick={onReapply} disabled={busy}>
          {t("conflict.reapply")}
        </button>
        <button type="button" onClick={onDiscard}>
          {t("conflict.discard")}
        </button>
      </div>
    </dialog>
  );
}
