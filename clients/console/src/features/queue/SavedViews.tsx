// Saved queue views per user: a name for a set of filters, kept in this browser.
import { useState } from "react";
import { Link } from "react-router";
import { useI18n } from "@fasttrack/shared";

interface View {
  name: string;
  search: string;
}

const storageKey = (userId: string) => `fasttrack.console.views.${userId}`;

export function loadViews(userId: string): View[] {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((v): v is View => typeof v?.name === "string" && typeof v?.search === "string")
      : [];
  } catch {
    return [];
  }
}

function storeViews(userId: string, views: View[]) {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(views));
  } catch {
    // storage full or unavailable: the views last for this page
  }
}

export function SavedViews({ userId, current, onOpen }: { userId: string; current: string; onOpen: (search: string) => void }) {
  const { t } = useI18n();
  const [views, setViews] = useState<View[]>(() => loadViews(userId));
  const [name, setName] = useState("");
  const update = (next: View[]) => {
    setViews(next);
    storeViews(userId, next);
  };
  return (
    <details className="panel">
      <summary>{t("queue.views")} ({views.length})</summary>
      <ul>
        {views.map((view) => (
          <li key={view.name} className="row-actions">
            <Link to={`/queue?${view.search}`} onClick={() => onOpen(view.search)}>{view.name}</Link>
            <button type="button" onClick={() => update(views.filter((v) => v.name !== view.name))}>
              {t("queue.deleteView")} <span className="visually-hidden">{view.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          update([...views.filter((v) => v.name !== name.trim()), { name: name.trim(), search: current }]);
          setName("");
        }}
      >
        <label htmlFor="view-name" className="visually-hidden">{t("queue.viewName")}</label>
        <input id="view-name" value={name} placeholder={t("queue.viewName")} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t("queue.saveView")}</button>
      </form>
    </details>
  );
}
