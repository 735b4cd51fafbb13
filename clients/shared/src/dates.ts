// Dates as Bangkok reads them: Buddhist era in Thai, Gregorian in English, always Asia/Bangkok.
import type { Lang } from "./i18n";

export const BANGKOK = "Asia/Bangkok";

function locale(lang: Lang): string {
  return lang === "th" ? "th-TH-u-ca-buddhist" : "en-GB-u-ca-gregory";
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "29 พ.ย. 2569 15:20" / "29 Nov 2026, 15:20" (Bangkok time). */
export function formatDateTime(value: string | number | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: BANGKOK,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(toDate(value));
}

/** A calendar date. "YYYY-MM-DD" strings are dates, not instants: no zone shift applies. */
export function formatDate(value: string | Date, lang: Lang): string {
  const dateOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: dateOnly ? "UTC" : BANGKOK,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(dateOnly ? new Date(`${value}T12:00:00Z`) : toDate(value));
}

/** Today's date in Bangkok as "YYYY-MM-DD" (for date inputs and API date filters). */
export function bangkokToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: BANGKOK,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** A duration to show on SLA badges: "2 วัน 3 ชม." / "2 d 3 h"; minutes under an hour. */
export function formatDuration(seconds: number, lang: Lang): string {
  const total = Math.max(0, Math.round(Math.abs(seconds) / 60));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const unit = lang === "th" ? { d: "วัน", h: "ชม.", m: "นาที" } : { d: "d", h: "h", m: "min" };
  if (days > 0) return hours ? `${days} ${unit.d} ${hours} ${unit.h}` : `${days} ${unit.d}`;
  if (hours > 0) return minutes ? `${hours} ${unit.h} ${minutes} ${unit.m}` : `${hours} ${unit.h}`;
  return `${minutes} ${unit.m}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "th" ? "th-TH" : "en-GB").format(value);
}
