// A horizontal stacked bar chart drawn on the server as SVG: no JavaScript, prints, scales with the page. It is
// one image to assistive technology (role="img" with a label that says what it shows); the page must give the
// same numbers as a table beside it, which is what screen reader users read. Colours come from the GOV.UK
// palette; the legend names every colour, and each segment's <title> gives its value on hover.

export interface ChartSeries {
  key: string;
  label: string;
  /** A GOV.UK palette colour, e.g. "#00703c". */
  colour: string;
}

export interface ChartRow {
  label: string;
  values: Readonly<Record<string, number>>;
}

export interface StackedBarChartProps {
  /** What the chart shows, read out as the image's name, e.g. "Minimum expectations in England by strand". */
  label: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  /** Id of the table with the same data, referenced from the chart's description. */
  tableId?: string;
}

const LABEL_WIDTH = 300;
const BAR_WIDTH = 500;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;

export function StackedBarChart({ label, series, rows, tableId }: StackedBarChartProps) {
  const height = rows.length * ROW_HEIGHT + 10;
  return (
    <figure className="mb-8">
      <svg
        role="img"
        aria-label={tableId ? `${label}. The same figures are in the table that follows.` : label}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 10} ${height}`}
        className="h-auto w-full max-w-[960px]"
        fontFamily="inherit"
      >
        {rows.map((row, i) => {
          const total = series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
          let x = LABEL_WIDTH;
          const y = i * ROW_HEIGHT + 5;
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT - 5} textAnchor="end" fontSize="15" fill="#0b0c0c">
                {row.label.length > 38 ? `${row.label.slice(0, 36)}…` : row.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#f3f2f1" />
              {series.map((s) => {
                const value = row.values[s.key] ?? 0;
                if (value === 0 || total === 0) return null;
                const width = (value / total) * BAR_WIDTH;
                const rect = (
                  <rect key={s.key} x={x} y={y} width={width} height={BAR_HEIGHT} fill={s.colour} stroke="#ffffff" strokeWidth="1">
                    <title>{`${row.label}: ${s.label} ${value} of ${total}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="govuk-font-16 m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0" aria-label="Key">
          {series.map((s) => (
            <li key={s.key} className="inline-flex items-center gap-2">
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <rect width="16" height="16" fill={s.colour} stroke="#0b0c0c" strokeWidth="1" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
