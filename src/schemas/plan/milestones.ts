import { z } from "zod";
import { ENTERED_FIXED_MILESTONES } from "@/domain/plan/fixed-milestones";
import { MEDIUM_TEXT, SHORT_TEXT, zOptionalDate, zOptionalText, zRequiredDate, zRequiredText } from "./fields";

// Section 7: the dates of the catalogue's fixed milestones (`fixed.hub-opening.date`) and the LA's own quarterly
// transformation milestones (`transformation[0].title`, `transformation[0].date`). Fixed dates may be left blank
// while drafting; the plan rules require them, inside their windows, before sign-off.

const FIXED_IDS: ReadonlySet<string> = new Set(ENTERED_FIXED_MILESTONES.map((m) => m.id));

export const ZFixedMilestoneEntry = z.object({
  date: zOptionalDate("The date"),
  description: zOptionalText("What it will look like for families", MEDIUM_TEXT),
});
export type TFixedMilestoneEntry = z.infer<typeof ZFixedMilestoneEntry>;

const zFixed = z.preprocess(
  (value) => value ?? {},
  z.record(z.string(), z.unknown(), { error: "Enter the fixed milestones as a map of milestone id to date" }).transform((raw, ctx) => {
    const fixed: Record<string, TFixedMilestoneEntry> = {};
    for (const [id, value] of Object.entries(raw)) {
      const milestone = ENTERED_FIXED_MILESTONES.find((m) => m.id === id);
      if (!milestone || !FIXED_IDS.has(id)) {
        ctx.addIssue({ code: "custom", path: [id], message: `"${id}" is not a fixed milestone entered on this page`, params: { code: "unknown-milestone" } });
        continue;
      }
      const parsed = ZFixedMilestoneEntry.safeParse(value ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const message = issue.message.replace(/^(Enter )?the date/i, (m) => `${m} for '${milestone.label}'`);
          ctx.addIssue({ code: "custom", path: [id, ...issue.path], message });
        }
        continue;
      }
      if (parsed.data.date || parsed.data.description) fixed[id] = parsed.data;
    }
    return fixed;
  }),
);

export const ZTransformationMilestone = z.object({
  // Quarterly returns report on each milestone by this id, so it must survive edits and reordering.
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/, "The milestone's reference is not valid. Reload the page and try again.")
    .optional()
    .or(z.literal(""))
    .transform((value) => value || `m-${crypto.randomUUID()}`),
  title: zRequiredText("Enter the milestone", "The milestone", SHORT_TEXT),
  date: zRequiredDate("The milestone date"),
  description: zOptionalText("The description", MEDIUM_TEXT),
});
export type TTransformationMilestone = z.infer<typeof ZTransformationMilestone>;

export const ZPlanMilestones = z.object({
  fixed: zFixed,
  transformation: z.preprocess(
    (value) => value ?? [],
    z.array(ZTransformationMilestone, { error: "Enter the transformation milestones as a list" }).max(200, "Add 200 milestones or fewer"),
  ),
});
export type TPlanMilestones = z.infer<typeof ZPlanMilestones>;
