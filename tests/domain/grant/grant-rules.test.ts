import { describe, expect, it } from "vitest";
import { buildDemoGrantStatement } from "@/domain/grant/demo-grant-statements";
import { grantStatementDefinition } from "@/domain/grant/definition";
import { checkGrantStatement, type GrantAllocation } from "@/domain/grant/grant-rules";
import { GRANT_FUNDING_LINES } from "@/schemas/grant/spend";

const PROGRAMME = "family-hubs-transformation.programme";
const CAPITAL = "family-hubs-transformation.capital";
const ALLOCATIONS: GrantAllocation[] = [
  { fundingLineId: PROGRAMME, amountPence: 100_000_00 }, // £100,000
  { fundingLineId: CAPITAL, amountPence: 20_000_00 },
];

const statement = (lines: Record<string, { spendPence?: string | number; forecastPence?: string | number }>) => ({ spend: { lines } });

describe("checkGrantStatement", () => {
  it("reports spend on the family hubs programme and capital lines separately", () => {
    expect(GRANT_FUNDING_LINES.map((l) => l.id)).toEqual(expect.arrayContaining([PROGRAMME, CAPITAL]));
    expect(GRANT_FUNDING_LINES.map((l) => l.id)).not.toContain("family-hubs-transformation");
  });

  it("accepts the demo statements", () => {
    for (const kind of ["interim", "annual"] as const) {
      expect(checkGrantStatement(buildDemoGrantStatement({ kind, allocations: ALLOCATIONS }), { kind, allocations: ALLOCATIONS })).toEqual({ errors: [], warnings: [] });
    }
  });

  it("needs spend on every allocated line", () => {
    const result = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "£80,000" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(result.errors).toEqual([expect.objectContaining({ code: "spend-missing", sectionKey: "spend", path: `lines[${CAPITAL}].spendPence` })]);
  });

  it("does not allow spend above the allocation, to the penny", () => {
    const over = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "£100,000.01" }, [CAPITAL]: { spendPence: "£20,000" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(over.errors).toEqual([expect.objectContaining({ code: "spend-above-allocation", path: `lines[${PROGRAMME}].spendPence` })]);
    expect(over.errors[0]?.message).toContain("£100,000.01");
    const exact = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "£100,000.00" }, [CAPITAL]: { spendPence: "20000" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(exact).toEqual({ errors: [], warnings: [] });
  });

  it("needs a forecast per line on the interim statement", () => {
    const result = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "40000", forecastPence: "50000" }, [CAPITAL]: { spendPence: "5000" } }), {
      kind: "interim",
      allocations: ALLOCATIONS,
    });
    expect(result.errors).toEqual([expect.objectContaining({ code: "forecast-missing", path: `lines[${CAPITAL}].forecastPence` })]);
  });

  it("warns when spend and forecast together exceed the allocation", () => {
    const doc = statement({ [PROGRAMME]: { spendPence: "40000", forecastPence: "60000.01" }, [CAPITAL]: { spendPence: "5000", forecastPence: "15000" } });
    const result = checkGrantStatement(doc, { kind: "interim", allocations: ALLOCATIONS });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: "forecast-above-allocation", path: `lines[${PROGRAMME}].forecastPence` })]);
  });

  it("warns when more than a quarter of an allocation is unspent at the annual statement", () => {
    const quarter = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "75000" }, [CAPITAL]: { spendPence: "15000" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(quarter.warnings).toEqual([]);
    const more = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "74999.99" }, [CAPITAL]: { spendPence: "15000" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(more.warnings).toEqual([expect.objectContaining({ code: "underspend", path: `lines[${PROGRAMME}].spendPence` })]);
    // Not on the interim statement: the year is not over.
    const interim = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "1", forecastPence: "1" }, [CAPITAL]: { spendPence: "1", forecastPence: "1" } }), {
      kind: "interim",
      allocations: ALLOCATIONS,
    });
    expect(interim.warnings).toEqual([]);
  });

  it("does not allow spend on a line with no allocation", () => {
    const doc = statement({ [PROGRAMME]: { spendPence: "80000" }, [CAPITAL]: { spendPence: "15000" }, "infant-feeding": { spendPence: "10" } });
    const result = checkGrantStatement(doc, { kind: "annual", allocations: ALLOCATIONS });
    expect(result.errors).toEqual([expect.objectContaining({ code: "no-allocation", path: "lines.infant-feeding.spendPence" })]);
    const zero = statement({ [PROGRAMME]: { spendPence: "80000" }, [CAPITAL]: { spendPence: "15000" }, "infant-feeding": { spendPence: "0" } });
    expect(checkGrantStatement(zero, { kind: "annual", allocations: ALLOCATIONS }).errors).toEqual([]);
  });

  it("reports amounts that cannot be read", () => {
    const result = checkGrantStatement(statement({ [PROGRAMME]: { spendPence: "lots" } }), { kind: "annual", allocations: ALLOCATIONS });
    expect(result.errors).toEqual([expect.objectContaining({ code: "invalid", path: `lines[${PROGRAMME}].spendPence` })]);
  });
});

describe("grantStatementDefinition", () => {
  it("is signed off by the finance officer with the grant permissions", () => {
    expect(grantStatementDefinition.kind).toBe("GRANT_STATEMENT");
    expect(grantStatementDefinition.permissions).toEqual({ edit: "grant.edit", sendForSignOff: "grant.edit", signOff: "grant.signOff", review: "grant.review" });
    expect(grantStatementDefinition.declaration).toContain("section 151 officer");
    const spend = grantStatementDefinition.sections[0]!;
    expect(spend.progress(undefined)).toBe("Not started");
    expect(spend.progress({ lines: { [PROGRAMME]: { spendPence: 1 } } })).toBe("Completed");
    expect(spend.progress({ lines: { [PROGRAMME]: {} } })).toBe("In progress");
  });
});
