// The figures of a hardening run: `node hardening/support/figures.mjs reset` before, `… print` after.
// Each suite appends a line to test-results/hardening/figures.jsonl (see summary.ts).
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const FILE = path.resolve(import.meta.dirname, "../../test-results/hardening/figures.jsonl");
const mode = process.argv[2];

if (mode === "reset") {
  rmSync(FILE, { force: true });
} else {
  const figures = existsSync(FILE) ? readFileSync(FILE, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
  const isolation = figures.filter((f) => f.part === "isolation");
  const hostile = figures.filter((f) => f.part === "hostile");
  const sum = (list, key) => list.reduce((n, f) => n + (f[key] ?? 0), 0);
  const by = (suite) => hostile.find((f) => f.suite === suite) ?? {};
  const values = Math.max(...hostile.map((f) => f.values ?? 0), 0);
  const targets = (by("engine").targets ?? 0) + (by("route-handlers").targets ?? 0) + (by("metrics-api").targets ?? 0);
  console.log(`isolation: ${sum(isolation, "probes")} probes, ${sum(isolation, "leaks")} leaks  (${isolation.map((f) => `${f.suite} ${f.probes}`).join(", ")})`);
  console.log(
    `hostile: ${values} values × ${targets} targets (${by("engine").targets ?? 0} section forms with ${by("schemas").targets ?? 0} fields, ${(by("route-handlers").targets ?? 0) + (by("metrics-api").targets ?? 0)} API endpoints and route handlers), ` +
      `${sum(hostile, "checks")} checks, ${sum(hostile, "failures")} failures`,
  );
  if (sum(isolation, "leaks") + sum(hostile, "failures") > 0) process.exitCode = 1;
}
