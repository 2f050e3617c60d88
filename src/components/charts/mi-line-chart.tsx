// A server-rendered line chart (SVG) for management information over quarters. It is an image with a text
// alternative: every chart is shown next to a table of the same figures, which is what screen readers and
// keyboard users read. Lines differ in colour and dash pattern, so no line is told apart by colour alone.

export interface MiLineSeries {
  name: string;
  values: readonly (number | null)[];
  /** Drawn thicker and black: the national median, or the LA itself. */
  emphasis?: boolean;
}

export interface MiLineChartProps {
  /** Text alternative: what the chart shows and where its figures are in words. */
  label: string;
  xLabels: readonly string[];
  series: readonly MiLineSeries[];
  /** "%" for percentages. */
  unitSuffix?: string;
  /** Fixes the top of the scale, e.g. 100 for percentages. */
  yMax?: number;
}

const COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#912b88", "#28a197", "#b58840", "#505a5f", "#5694ca"];
const DASHES = ["", "6 3", "2 3", "10 4 2 4", "", "6 3", "2 3", "10 4 2 4", "", "6 3"];

const W = 640;
const H = 300;
const PAD = { top: 16, right: 16, bottom: 48, left: 56 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function MiLineChart({ label, xLabels, series, unitSuffix = "", yMax }: MiLineChartProps) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = yMax ?? niceMax(Math.max(0, ...all));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (xLabels.length <= 1 ? plotW / 2 : (i * plotW) / (xLabels.length - 1));
  const y = (v: number) => PAD.top + plotH - (Math.min(v, top) / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const styled = series.map((s, i) => ({ ...s, colour: s.emphasis ? "#0b0c0c" : COLOURS[i % COLOURS.length]!, dash: s.emphasis ? "" : DASHES[i % DASHES.length]! }));

  return (
    <figure className="mb-[30px]">
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-[640px]" xmlns="http://www.w3.org/2000/svg">
        <title>{label}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#b1b4b6" strokeWidth={1} />
            <text x={PAD.left - 8} y={y(t) + 5} textAnchor="end" fontSize={14} fill="#0b0c0c">
              {`${Math.round(t * 10) / 10}${unitSuffix}`}
            </text>
          </g>
        ))}
        {xLabels.map((l, i) => (
          <text key={l} x={x(i)} y={H - PAD.bottom + 22} textAnchor="middle" fontSize={13} fill="#0b0c0c">
            {l}
          </text>
        ))}
        {styled.map((s) => {
          const points = s.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
          return (
            <g key={s.name}>
              <polyline points={points.map(([px, py]) => `${px},${py}`).join(" ")} fill="none" stroke={s.colour} strokeWidth={s.emphasis ? 4 : 2.5} strokeDasharray={s.dash} />
              {points.map(([px, py]) => (
                <circle key={`${px}`} cx={px} cy={py} r={s.emphasis ? 4.5 : 3.5} fill={s.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="govuk-font-16 m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0" aria-label="Key">
          {styled.map((s) => (
            <li key={s.name} className="flex items-center gap-2">
              <svg width="32" height="10" aria-hidden="true" focusable="false">
                <line x1="0" x2="32" y1="5" y2="5" stroke={s.colour} strokeWidth={s.emphasis ? 4 : 2.5} strokeDasharray={s.dash} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
