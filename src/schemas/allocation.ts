import { z } from "zod";
import { FINANCIAL_YEARS } from "@/catalogue/calendar";
import { FUNDING_LINES } from "@/catalogue/funding";
import { normaliseFinancialYear } from "@/domain/allocations/import";
import { parsePoundsToPence } from "@/domain/money";

// One indicative allocation, entered by an administrator: local authority, financial year, funding line and
// amount in pounds. Whether the GSS code is a known local authority is checked by the server, which has them.
// The form posts `amount` in pounds; the parsed value holds `amountPence`, which the schema also accepts.

const FINANCIAL_YEAR_IDS = FINANCIAL_YEARS.map((fy) => fy.id) as [string, ...string[]];

/** Funding lines an allocation may be recorded against: those paid to local authorities. */
export const ALLOCATABLE_FUNDING_LINE_IDS: readonly string[] = FUNDING_LINES.filter((l) => l.allocatedToLocalAuthorities).map((l) => l.id);

const AMOUNT_MESSAGE = "Enter the amount in pounds, like 1234.56 or 1,234.56, with no more than 2 decimal places";

export const ZAllocationForm = z
  .object({
    gssCode: z
      .string({ error: "Select a local authority" })
      .trim()
      .toUpperCase()
      .regex(/^E\d{8}$/, "Select a local authority"),
    financialYear: z.preprocess((v) => (typeof v === "string" ? normaliseFinancialYear(v) : v), z.enum(FINANCIAL_YEAR_IDS, { error: "Select a financial year" })),
    fundingLineId: z.string({ error: "Select a funding line" }).refine((id) => ALLOCATABLE_FUNDING_LINE_IDS.includes(id), { error: "Select a funding line" }),
    amount: z.string().optional(),
    amountPence: z.number().int().nonnegative().optional(),
  })
  .transform((value, ctx) => {
    const amountPence = value.amount !== undefined ? (value.amount.trim() === "" ? undefined : parsePoundsToPence(value.amount)) : value.amountPence;
    if (amountPence === undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter the amount in pounds" });
    else if (amountPence === null) ctx.addIssue({ code: "custom", path: ["amount"], message: AMOUNT_MESSAGE });
    return { gssCode: value.gssCode, financialYear: value.financialYear, fundingLineId: value.fundingLineId, amountPence: amountPence ?? 0 };
  });

export type TAllocationForm = z.infer<typeof ZAllocationForm>;
