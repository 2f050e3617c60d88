import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// scripts/audit.mjs on saved npm audit reports: what fails CI and what a written justification lets through.

const dir = mkdtempSync(path.join(tmpdir(), "audit-"));

function runAudit(report: unknown): { status: number | null; output: string } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(report));
  const run = spawnSync(process.execPath, ["scripts/audit.mjs", file], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

const advisory = (id: string, severity: string) => ({
  source: 1,
  name: "some-package",
  title: "Something bad",
  url: `https://github.com/advisories/${id}`,
  severity,
  range: "<2.0.0",
});

describe("npm audit gate", () => {
  it("fails on a high advisory nobody has justified", () => {
    const result = runAudit({ vulnerabilities: { "some-package": { severity: "high", via: [advisory("GHSA-aaaa-bbbb-cccc", "high")] } } });
    expect(result.status).toBe(1);
    expect(result.output).toContain("FAIL");
    expect(result.output).toContain("1 without a written justification");
  });

  it("passes a justified advisory, and moderate ones, and says so", () => {
    const result = runAudit({
      vulnerabilities: {
        nodemailer: { severity: "high", via: [advisory("GHSA-vvjj-xcjg-gr5g", "high")] },
        uuid: { severity: "moderate", via: [advisory("GHSA-w5hq-g745-h8pq", "moderate")] },
        exceljs: { severity: "moderate", via: ["uuid"] },
      },
    });
    expect(result.status).toBe(0);
    expect(result.output).toContain("justified high nodemailer");
    expect(result.output).toContain("1 high or critical advisories, 0 without a written justification");
  });

  it("passes with a clear line when the advisory endpoint does not answer", () => {
    const result = runAudit({ message: "405 Method Not Allowed", statusCode: 405, error: { summary: "" } });
    expect(result.status).toBe(0);
    expect(result.output).toContain("did not answer (405 Method Not Allowed)");
  });
});
