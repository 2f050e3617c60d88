import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";

// Each suite appends its figures here; hardening/support/figures.mjs prints the totals at the end of the run.
const FILE = path.resolve(import.meta.dirname, "../../test-results/hardening/figures.jsonl");

export function recordFigure(figure: Record<string, unknown>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  appendFileSync(FILE, `${JSON.stringify({ at: new Date().toISOString(), ...figure })}\n`);
}

export function recordProbes(suite: string, probes: number, leaks: number): void {
  recordFigure({ part: "isolation", suite, probes, leaks });
}

export function recordHostile(suite: string, values: number, targets: number, checks: number, failures: number): void {
  recordFigure({ part: "hostile", suite, values, targets, checks, failures });
}
