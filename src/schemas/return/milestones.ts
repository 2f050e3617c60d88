import { z } from "zod";
import { zDateInput } from "@/schemas/date-parts";
import { zOptionalEnum, zOptionalText } from "./fields";

// Section "milestones": one update per milestone of the approved plan, keyed by the plan's milestone id
// (the form posts `milestones[<id>].status`, `milestones[<id>].revisedDate.day`, …).

export const MILESTONE_STATUSES = ["complete", "on-track", "at-risk", "off-track"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  complete: "Complete",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
};

/** The RAG colour of a status. Complete is shown blue, as is usual for done work on a RAG scale. */
export const MILESTONE_RAG: Record<MilestoneStatus, "blue" | "green" | "amber" | "red"> = {
  complete: "blue",
  "on-track": "green",
  "at-risk": "amber",
  "off-track": "red",
};

export const ZMilestoneUpdate = z.object({
  status: zOptionalEnum(MILESTONE_STATUSES, "Select the milestone's status"),
  /** The date now expected, when it differs from the plan. */
  revisedDate: zDateInput("The revised date", { optional: true, min: "2022-04-01", max: "2030-03-31" }),
  commentary: zOptionalText("Commentary", 2000),
});
export type TMilestoneUpdate = z.infer<typeof ZMilestoneUpdate>;

export const ZReturnMilestones = z.object({
  milestones: z.preprocess((v) => (v === undefined || v === "" ? {} : v), z.record(z.string().min(1).max(200), ZMilestoneUpdate)),
});
export type TReturnMilestones = z.infer<typeof ZReturnMilestones>;
