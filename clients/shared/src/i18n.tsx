// Thai first, English second: a small typed message catalogue, no runtime dependency.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { formatDate, formatDateTime, formatDuration, formatNumber } from "./dates";
import { sharedMessages } from "./messages";

export type Lang = "th" | "en";
export const LANGUAGES: readonly Lang[] = ["th", "en"];
export type Messages = Record<string, string>;
export interface Catalogue {
  th: Messages;
  en: Messages;
}

const STORAGE_KEY = "fasttrack.lang";

/** The message in `lang` (falling back to Thai, then the key), with {name} placeholders filled. */
export function translate(
  catalogue: Catalogue,
  lang: Lang,
  key: string,
  params?: Record<string, string | number>,
): string {
  const template = catalogue[lang][key] ?? catalogue.th[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function mergeCatalogues(...catalogues: Catalogue[]): Catalogue {
  return {
    th: Object.assign({}, ...catalogues.map((c) => c.th)),
    en: Object.assign({}, ...catalogues.map((c) => c.en)),
  };
}

export function initialLanguage(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === "th" || stored === "en") return stored;
  } catch {
    // storage may be unavailable (private mode): Thai is the default
  }
  return "th";
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
  dateTime: (value: string | Date) => string;
  date: (value: string | Date) => string;
  duration: (seconds: number) => string;
  number: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  messages,
  initial,
  children,
}: {
  messages: Catalogue;
  initial?: Lang;
  children: ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(initial ?? initialLanguage);
  const catalogue = useMemo(() => mergeCatalogues(sharedMessages, messages), [messages]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(catalogue, lang, key, params),
      dateTime: (v) => formatDateTime(v, lang),
      date: (v) => formatDate(v, lang),
      duration: (s) => formatDuration(s, lang),
      number: (n) => formatNumber(n, lang),
    }),
    [lang, setLang, catalogue],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}

/** A two-button language switch (ไทย / English). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t("language")}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
        >
          {l === "th" ? "ไทย" : "English"}
        </button>
      ))}
    </div>
  );
}
