// A horizontal bar chart drawn with CSS, for counts such as services by access type. An image with a text
// alternative; the same figures are always in a table next to it.

export interface MiBar {
  label: string;
  value: number;
}

export interface MiBarChartProps {
  /** Text alternative: what the chart shows and where its figures are in words. */
  label: string;
  bars: readonly MiBar[];
}

export function MiBarChart({ label, bars }: MiBarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div role="img" aria-label={label} className="mb-[30px] max-w-[640px]">
      {bars.map((b) => (
        <div key={b.label} className="govuk-font-16 mb-2 grid grid-cols-[12rem_1fr] items-center gap-3">
          <span aria-hidden="true">{b.label}</span>
          <span aria-hidden="true" className="flex items-center gap-2">
            <span className="inline-block h-[20px] bg-govuk-blue forced-colors:bg-[CanvasText]" style={{ width: `${(b.value / max) * 100}%`, minWidth: b.value > 0 ? "2px" : 0 }} />
            <span className="tabular-nums">{b.value.toLocaleString("en-GB")}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
