import { z } from "zod";
import type { QuarterId } from "@/catalogue/calendar";
import { expectationsFor, findExpectation, getStrand, STRANDS } from "@/catalogue/lookup";
import type { Expectation, StrandId } from "@/catalogue/types";
import { LONG_TEXT, MEDIUM_TEXT, PLAN_QUARTER_IDS, SHORT_TEXT, shortName, zCheckbox, zChoice, zOptionalChoice, zOptionalText, zRequiredText } from "./fields";

// Section 6: the catalogue's 'go further' options the LA chooses, and its own ideas, strand by strand.
// "for services funded by the programme, we will ask you to tell us how you will go further and what this will
// look like locally" (Minimum expectations and 'go furthers'). Each has the quarter in which delivery starts,
// which the trailblazer rule reads ("go further and faster in year one", trailblazer guide).
//
// Form fields: `chosen[<option id>].selected` (checkbox "yes"), `chosen[<option id>].startQuarter` (select),
// `chosen[<option id>].detail`; `own[0].title`, `own[0].description`, `own[0].strand`, `own[0].startQuarter`.

export interface TChosenGoFurther {
  selected: true;
  startQuarter: QuarterId;
  /** What it will look like locally. */
  detail?: string;
}

function chosenSchema(option: Expectation) {
  const name = `'${shortName(option.summary)}'`;
  return z
    .preprocess(
      (value) => value ?? {},
      z.object({
        selected: zCheckbox,
        startQuarter: zOptionalChoice(PLAN_QUARTER_IDS, `Select the quarter in which ${name} will start`),
        detail: zOptionalText("What it will look like locally", MEDIUM_TEXT),
      }),
    )
    .transform((entry, ctx): TChosenGoFurther | undefined => {
      // An unticked option is not chosen, whatever else its row holds.
      if (!entry.selected) return undefined;
      if (!entry.startQuarter) {
        ctx.addIssue({ code: "custom", path: ["startQuarter"], message: `Select the quarter in which ${name} will start`, params: { code: "start-quarter-missing" } });
        return undefined;
      }
      return { selected: true, startQuarter: entry.startQuarter, detail: entry.detail };
    });
}

const CHOSEN_SCHEMAS = new Map(expectationsFor({ kind: "go-further" }).map((e) => [e.id, chosenSchema(e)]));

function chosenMapSchema(strand?: StrandId) {
  return z.preprocess(
    (value) => value ?? {},
    z.record(z.string(), z.unknown(), { error: "Enter the chosen options as a map of option id to details" }).transform((raw, ctx) => {
      const chosen: Record<string, TChosenGoFurther> = {};
      for (const [id, value] of Object.entries(raw)) {
        const option = findExpectation(id);
        const schema = CHOSEN_SCHEMAS.get(id);
        if (!option || !schema || (strand && option.strand !== strand)) {
          const message = !option
            ? `"${id}" is not a 'go further' option in the catalogue`
            : option.kind !== "go-further"
              ? `"${id}" is a minimum expectation, not a 'go further' option`
              : `"${id}" is not a 'go further' option for ${getStrand(strand ?? option.strand).name}`;
          ctx.addIssue({ code: "custom", path: [id], message, params: { code: "unknown-go-further" } });
          continue;
        }
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: "custom", path: [id, ...issue.path], message: issue.message, params: issue.code === "custom" ? issue.params : undefined });
          }
          continue;
        }
        if (parsed.data) chosen[id] = parsed.data;
      }
      return chosen;
    }),
  );
}

const STRAND_IDS = STRANDS.map((s) => s.id) as [StrandId, ...StrandId[]];

export const ZOwnGoFurther = z.object({
  title: zRequiredText("Enter a title for your 'go further' idea", "The title", SHORT_TEXT),
  description: zRequiredText("Describe your 'go further' idea", "The description", LONG_TEXT),
  strand: zChoice(STRAND_IDS, "Select the strand your idea belongs to"),
  startQuarter: zChoice(PLAN_QUARTER_IDS, "Select the quarter in which your idea will start"),
});
export type TOwnGoFurther = z.infer<typeof ZOwnGoFurther>;

const zOwnList = z.preprocess((value) => value ?? [], z.array(ZOwnGoFurther, { error: "Enter your own ideas as a list" }).max(100, "Add 100 ideas or fewer"));

export const ZPlanGoFurther = z.object({ chosen: chosenMapSchema(), own: zOwnList });
export type TPlanGoFurther = z.infer<typeof ZPlanGoFurther>;

/** One strand's page: its catalogue options, and own ideas that must belong to that strand. */
export function strandGoFurtherSchema(strand: StrandId) {
  return z.object({
    chosen: chosenMapSchema(strand),
    own: zOwnList.superRefine((own, ctx) => {
      own.forEach((idea, i) => {
        if (idea.strand !== strand) ctx.addIssue({ code: "custom", path: [i, "strand"], message: `This page is for ${getStrand(strand).name}: add the idea on its own strand's page` });
      });
    }),
  });
}

/** The section after saving one strand's page: that strand's options and ideas replaced, the others kept. */
export function mergeStrandGoFurther(section: TPlanGoFurther | undefined, strand: StrandId, strandData: TPlanGoFurther): TPlanGoFurther {
  const keptChosen = Object.entries(section?.chosen ?? {}).filter(([id]) => findExpectation(id)?.strand !== strand);
  const addedChosen = Object.entries(strandData.chosen).filter(([id]) => findExpectation(id)?.strand === strand);
  return {
    chosen: Object.fromEntries([...keptChosen, ...addedChosen]),
    own: [...(section?.own ?? []).filter((idea) => idea.strand !== strand), ...strandData.own.filter((idea) => idea.strand === strand)],
  };
}
