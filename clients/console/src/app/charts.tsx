// Plain, accessible charts: horizontal bars as a table (screen readers read the numbers),
// and a column series; no chart library, so the screens load fast.
import { Link } from "react-router";
import { useI18n } from "@fasttrack/shared";

export interface Bar {
  key: string;
  label: string;
  value: number;
  href?: string;
}

export function BarTable({ caption, bars, valueLabel }: { caption: string; bars: Bar[]; valueLabel: string }) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <table className="bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("chart.item")}</th>
          <th scope="col">{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row">{bar.href ? <Link to={bar.href}>{bar.label}</Link> : bar.label}</th>
            <td>
              <span className="bar-cell">
                <span className="bar" style={{ width: `${(bar.value / max) * 100}%` }} aria-hidden="true" />
                <span className="bar-value">{number(bar.value)}</span>
              </span>
            </td>
          </tr>
        ))}
        {bars.length === 0 ? (
          <tr>
            <td colSpan={2}>{t("chart.empty")}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

export function ColumnSeries({ caption, points }: { caption: string; points: { label: string; value: number }[] }) {
  const { number } = useI18n();
  const max = Math.max(1, ...points.map((p) => p.value));
  const bar = Math.min(60, Math.max(28, 640 / Math.max(1, points.length)));
  const width = Math.max(320, points.length * bar);
  const height = 160;
  return (
    <figure className="series">
      <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-label={caption}>
        {points.map((p, i) => {
          const h = (p.value / max) * height;
          return (
            <g key={p.label}>
              <rect x={i * bar + 3} y={height - h} width={bar - 6} height={h} fill="#0e7490">
                <title>{`${p.label}: ${number(p.value)}`}</title>
              </rect>
              <text x={i * bar + bar / 2} y={height + 14} textAnchor="middle" fontSize="10" fill="#1b2430">
                {p.label}
              </text>
              <text x={i * bar + bar / 2} y={Math.max(10, height - h - 3)} textAnchor="middle" fontSize="10" fill="#1b2430">
                {p.value ? number(p.value) : ""}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
