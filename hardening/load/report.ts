import { percentile, type Sample } from "./http";

// Figures for the report: throughput, latency percentiles per kind of request, status counts.

export interface Stats {
  requests: number;
  seconds: number;
  perSecond: number;
  peakPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function statsOf(samples: readonly Sample[], from: number, to: number): Stats {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const seconds = Math.max(0.001, (to - from) / 1000);
  const buckets = new Map<number, number>();
  for (const s of samples) buckets.set(Math.floor(s.at / 1000), (buckets.get(Math.floor(s.at / 1000)) ?? 0) + 1);
  return {
    requests: samples.length,
    seconds,
    perSecond: samples.length / seconds,
    peakPerSecond: Math.max(0, ...buckets.values()),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? NaN,
  };
}

export function statusCounts(samples: readonly Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const key = s.failure ?? String(s.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}×${n}`).join(" ");
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "-").padStart(9);

export function kindTable(samples: readonly Sample[]): string {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const rows = kinds.map((kind) => {
    const own = samples.filter((s) => s.kind === kind);
    const times = own.map((s) => s.ms).sort((a, b) => a - b);
    return `  ${kind.padEnd(34)} ${String(own.length).padStart(6)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(times.at(-1) ?? NaN)}  ${statusCounts(own)}`;
  });
  return [`  ${"request".padEnd(34)} ${"count".padStart(6)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)}  statuses`, ...rows].join("\n");
}

export function describeStats(label: string, s: Stats): string {
  return `${label}: ${s.requests} requests in ${s.seconds.toFixed(1)} s = ${s.perSecond.toFixed(1)} req/s (peak ${s.peakPerSecond} in one second); latency p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
}
