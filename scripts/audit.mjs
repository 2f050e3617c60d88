// npm audit of what the portal ships (production dependencies). A high or critical advisory fails, unless
// scripts/audit-justified.json names it with the reason it cannot harm the portal. Where the registry's advisory
// endpoint cannot be reached (this build machine's mirror answers 405), it says so and passes: the hand review
// is in the README under "Dependency audit".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const justified = JSON.parse(readFileSync(new URL("./audit-justified.json", import.meta.url), "utf8"));

// A saved report may be given instead (the test of this script does).
const reportFile = process.argv[2];
let raw;
try {
  raw = reportFile ? readFileSync(reportFile, "utf8") : execFileSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (error) {
  raw = error.stdout ?? "";
}
let report;
try {
  report = JSON.parse(raw);
} catch {
  report = {};
}
if (!report.vulnerabilities) {
  const reason = report.error?.summary || report.message || "no report";
  console.log(`npm audit: the advisory endpoint did not answer (${reason}); see README, Dependency audit.`);
  process.exit(0);
}

const serious = new Map();
for (const [name, entry] of Object.entries(report.vulnerabilities)) {
  for (const via of entry.via) {
    if (typeof via !== "object" || !["high", "critical"].includes(via.severity)) continue;
    const id = String(via.url ?? via.source).split("/").pop();
    serious.set(id, `${via.severity} ${name} ${via.range}: ${via.title} (${via.url})`);
  }
}
const unexplained = [...serious].filter(([id]) => !justified[id]);
for (const [id, line] of serious) console.log(`${justified[id] ? "justified" : "FAIL     "} ${line}${justified[id] ? ` — ${justified[id]}` : ""}`);
console.log(`npm audit: ${Object.keys(report.vulnerabilities).length} packages flagged, ${serious.size} high or critical advisories, ${unexplained.length} without a written justification.`);
process.exit(unexplained.length ? 1 : 0);
