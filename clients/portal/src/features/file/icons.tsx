// One simple line icon per top-level category (drawn inline: no icon font, no CDN).
const PATHS: Record<string, string> = {
  roads: "M4 21 9 3M20 21 15 3M12 5v3M12 11v3M12 17v3",
  drainage_and_flooding: "M3 15c2 0 2 2 4.5 2S10 15 12 15s2 2 4.5 2S19 15 21 15M3 19c2 0 2 2 4.5 2S10 19 12 19s2 2 4.5 2S19 19 21 19M12 3s-4 5-4 8a4 4 0 0 0 8 0c0-3-4-8-4-8z",
  waste: "M4 7h16M9 7V4h6v3M6 7l1 14h10l1-14M10 11v6M14 11v6",
  noise: "M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12",
  encroachment: "M3 21h18M5 21V9l7-5 7 5v12M9 21v-6h6v6",
  street_vendors: "M3 10h18l-2-5H5l-2 5zM5 10v10h14V10M9 20v-5h6v5",
  traffic: "M8 3h8v18H8zM12 7h.01M12 12h.01M12 17h.01",
  lighting: "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z",
  trees: "M12 21v-6M7 15h10L12 3 7 15zM9 10h6",
  public_health: "M12 21s-8-4.5-8-11a5 5 0 0 1 8-4 5 5 0 0 1 8 4c0 6.5-8 11-8 11zM12 8v6M9 11h6",
  misconduct: "M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7l8-4zM12 8v5M12 16h.01",
  other: "M5 12h.01M12 12h.01M19 12h.01",
};

export function CategoryIcon({ code }: { code: string }) {
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false" className="category-icon">
      <path d={PATHS[code] ?? PATHS.other} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
