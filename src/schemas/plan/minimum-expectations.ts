import { z } from "zod";
import { expectationsFor, findExpectation, getStrand } from "@/catalogue/lookup";
import type { Expectation, IsoDate, StrandId } from "@/catalogue/types";
import { MEDIUM_TEXT, shortName, zOptionalChoice, zOptionalDate, zOptionalText } from "./fields";

// Section 5: a status for every minimum expectation of the catalogue, keyed by expectation id
// (`expectations[parenting.min.hub.key-contact].status`). The form shows one page per strand and the server
// merges each page into the section, so a strand's entries are validated on their own (strandExpectationsSchema).

export const EXPECTATION_STATUSES = [
  { id: "met", label: "Already met" },
  { id: "planned", label: "Will be met by the target date" },
  { id: "at-risk", label: "At risk" },
  /** Only where the catalogue allows opting out with good reason (optOutAllowed). */
  { id: "opted-out", label: "Opting out, with good reason" },
] as const;
export type ExpectationStatus = (typeof EXPECTATION_STATUSES)[number]["id"];
const STATUS_IDS = EXPECTATION_STATUSES.map((s) => s.id) as [ExpectationStatus, ...ExpectationStatus[]];

export interface TExpectationEntry {
  status: ExpectationStatus;
  /** For "planned" and "at-risk": when it will be met. */
  targetDate?: IsoDate;
  /** For "at-risk" (why) and "opted-out" (the good reason). */
  reason?: string;
}

function entrySchema(expectation: Expectation) {
  const name = `'${shortName(expectation.summary)}'`;
  return z
    .preprocess(
      (value) => value ?? {},
      z.object(
        {
          status: zOptionalChoice(STATUS_IDS, `Select whether ${name} is already met, will be met by a target date or is at risk`),
          targetDate: zOptionalDate(`The target date for ${name}`),
          reason: zOptionalText("The reason", MEDIUM_TEXT),
        },
        { error: `Enter the status of ${name}` },
      ),
    )
    .transform((entry, ctx): TExpectationEntry | undefined => {
      const { status, targetDate, reason } = entry;
      if (!status) {
        // An untouched row on the strand page is simply not saved yet.
        if (targetDate || reason) ctx.addIssue({ code: "custom", path: ["status"], message: `Select whether ${name} is already met, will be met by a target date or is at risk` });
        return undefined;
      }
      if (status === "met") return { status };
      if (status === "opted-out") {
        if (!expectation.optOutAllowed) {
          ctx.addIssue({ code: "custom", path: ["status"], message: `You cannot opt out of ${name}: select whether it is already met, will be met by a target date or is at risk`, params: { code: "opt-out-not-allowed" } });
        }
        if (!reason) ctx.addIssue({ code: "custom", path: ["reason"], message: `Enter your reason for opting out of ${name}`, params: { code: "reason-missing" } });
        return { status, reason };
      }
      if (!targetDate) ctx.addIssue({ code: "custom", path: ["targetDate"], message: `Enter the target date for ${name}`, params: { code: "target-date-missing" } });
      if (status === "at-risk" && !reason) ctx.addIssue({ code: "custom", path: ["reason"], message: `Enter why ${name} is at risk`, params: { code: "reason-missing" } });
      return status === "at-risk" ? { status, targetDate, reason } : { status, targetDate };
    });
}

const ENTRY_SCHEMAS = new Map(expectationsFor({ kind: "minimum" }).map((e) => [e.id, entrySchema(e)]));

/** Entries keyed by expectation id, limited to the minimum expectations `allowed` (one strand, or all). */
function entriesSchema(allowed: readonly Expectation[], strandName?: string) {
  const ids: ReadonlySet<string> = new Set(allowed.map((e) => e.id));
  return z.preprocess(
    (value) => value ?? {},
    z.record(z.string(), z.unknown(), { error: "Enter the minimum expectations as a map of expectation id to status" }).transform((raw, ctx) => {
      const entries: Record<string, TExpectationEntry> = {};
      for (const [id, value] of Object.entries(raw)) {
        const known = findExpectation(id);
        const schema = ENTRY_SCHEMAS.get(id);
        if (!known || !schema || !ids.has(id)) {
          const message = !known
            ? `"${id}" is not an expectation in the catalogue`
            : known.kind !== "minimum"
              ? `"${id}" is a 'go further' option, not a minimum expectation`
              : `"${id}" is not a minimum expectation of ${strandName ?? "this strand"}`;
          ctx.addIssue({ code: "custom", path: [id], message, params: { code: "unknown-expectation" } });
          continue;
        }
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: "custom", path: [id, ...issue.path], message: issue.message, params: issue.code === "custom" ? issue.params : undefined });
          }
          continue;
        }
        if (parsed.data) entries[id] = parsed.data;
      }
      return entries;
    }),
  );
}

export const ZPlanMinimumExpectations = z.object({ expectations: entriesSchema(expectationsFor({ kind: "minimum" })) });
export type TPlanMinimumExpectations = z.infer<typeof ZPlanMinimumExpectations>;

/** The schema for one strand's page: only that strand's minimum expectations, and none required. */
export function strandExpectationsSchema(strand: StrandId) {
  return z.object({ expectations: entriesSchema(expectationsFor({ strand, kind: "minimum" }), getStrand(strand).name) });
}

/** Validates one strand's page (e.g. a form post) on its own, whatever the other strands hold. */
export function parseStrandExpectations(strand: StrandId, input: unknown) {
  return strandExpectationsSchema(strand).safeParse(input);
}

/**
 * The section after saving one strand's page: that strand's entries are replaced (so a cleared row is removed),
 * every other strand's are kept.
 */
export function mergeStrandExpectations(
  section: TPlanMinimumExpectations | undefined,
  strand: StrandId,
  strandData: TPlanMinimumExpectations,
): TPlanMinimumExpectations {
  const kept = Object.entries(section?.expectations ?? {}).filter(([id]) => findExpectation(id)?.strand !== strand);
  const added = Object.entries(strandData.expectations).filter(([id]) => findExpectation(id)?.strand === strand);
  return { expectations: Object.fromEntries([...kept, ...added]) };
}
