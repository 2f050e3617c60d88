import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/domain/permissions";
import { ZAllocationForm } from "@/schemas/allocation";
import { listAllocations } from "@/server/allocations/load-allocations";
import { importAllocations, saveAllocation } from "@/server/allocations/save-allocations";
import { AppError } from "@/server/errors";
import { createLocalAuthority, createUser } from "../support/fixtures";
import { useTestDatabase } from "../support/use-test-database";

const { db } = useTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = await createUser(db, "DEPARTMENT_ADMIN");
});

const HEADER = "gss_code,financial_year,funding_line,amount_pounds";

describe("one allocation from the form", () => {
  it("saves pounds as exact pence and replaces the amount on a second save, with an audit event each time", async () => {
    const la = await createLocalAuthority(db);
    const input = ZAllocationForm.parse({ gssCode: la.gssCode, financialYear: "2023/24", fundingLineId: "parenting-support", amount: "£1,234,567.89" });
    await saveAllocation({ db, actor: admin, input });
    await saveAllocation({ db, actor: admin, input: { ...input, amountPence: 29 } });
    const rows = await db.allocation.findMany({ where: { localAuthorityGss: la.gssCode } });
    expect(rows).toMatchObject([{ financialYear: "2023-24", fundingLineId: "parenting-support", amountPence: 29, source: "INDICATIVE" }]);
    const audit = await db.auditEvent.findMany({ where: { action: "allocation.saved", localAuthorityGss: la.gssCode }, orderBy: { occurredAt: "asc" } });
    expect(audit.map((a) => a.data)).toMatchObject([{ before: null, after: 123_456_789 }, { before: 123_456_789, after: 29 }]);
  });

  it("refuses a reviewer or an LA user (not found) and stores nothing", async () => {
    const la = await createLocalAuthority(db);
    const lead = await createUser(db, "COMMISSIONING_LEAD", { localAuthorityGss: la.gssCode });
    const reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
    const input = { gssCode: la.gssCode, financialYear: "2022-23", fundingLineId: "parenting-support", amountPence: 100 };
    for (const actor of [lead, reviewer]) {
      const error = await saveAllocation({ db, actor, input }).catch((e: unknown) => e);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    expect(await db.allocation.count({ where: { localAuthorityGss: la.gssCode } })).toBe(0);
    const list = await listAllocations({ db, actor: lead, filters: {} }).catch((e: unknown) => e);
    expect((list as AppError).code).toBe("NOT_FOUND");
  });
});

describe("CSV import", () => {
  it("imports every row of a good file in one go", async () => {
    const a = await createLocalAuthority(db);
    const b = await createLocalAuthority(db);
    const csv = [HEADER, `${a.gssCode},2022-23,family-hubs-transformation.programme,"1,000,000.50"`, `${b.gssCode.toLowerCase()},2022 to 2023,parenting-support,£0.29`].join("\n");
    expect(await importAllocations({ db, actor: admin, csv })).toEqual({ ok: true, imported: 2 });
    expect((await db.allocation.findFirstOrThrow({ where: { localAuthorityGss: b.gssCode } })).amountPence).toBe(29);
    expect((await db.allocation.findFirstOrThrow({ where: { localAuthorityGss: a.gssCode } })).amountPence).toBe(100_000_050);
    const { rows } = await listAllocations({ db, actor: admin, filters: { gssCode: a.gssCode } });
    expect(rows.map((r) => r.localAuthorityGss)).toEqual([a.gssCode]);
  });

  it("imports nothing when any row fails, and names each problem by row and column", async () => {
    const a = await createLocalAuthority(db);
    const csv = [
      HEADER,
      `${a.gssCode},2022-23,parenting-support,500`,
      `E99999999,2022-23,parenting-support,500`,
      `${a.gssCode},2031-32,parenting-support,12.345`,
      `${a.gssCode},2022-23,parenting-support,600`,
    ].join("\r\n");
    const result = await importAllocations({ db, actor: admin, csv });
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, column: "gss_code", message: "E99999999 is not the GSS code of a local authority in the programme" },
        { row: 4, column: "financial_year", message: "2031-32 is not a financial year of the programme. Use the form 2022-23" },
        { row: 4, column: "amount_pounds", message: expect.stringMatching(/^12.345 is not an amount in pounds/) },
        { row: 5, column: null, message: "Row 5 repeats row 2: the same local authority, financial year and funding line. Keep one of them" },
      ],
    });
    expect(await db.allocation.count({ where: { localAuthorityGss: a.gssCode } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "allocations.imported", data: { path: ["rows"], equals: 1 } } })).toBe(0);
  });

  it("refuses a file with a wrong header, and anyone but an administrator", async () => {
    expect(await importAllocations({ db, actor: admin, csv: "gss,year\nE1,2022-23" })).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ row: 1, column: "gss_code" })]) });
    const reviewer = await createUser(db, "DEPARTMENT_REVIEWER");
    const error = await importAllocations({ db, actor: reviewer, csv: HEADER }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
