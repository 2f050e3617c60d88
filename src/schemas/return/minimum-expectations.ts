import { z } from "zod";
import { zOptionalEnum, zOptionalText } from "./fields";

// Section "minimum-expectations": progress on each expectation of the approved plan, keyed by catalogue id
// (the form posts `expectations[<id>].progress`; ids contain dots, so they are bracketed).

export const EXPECTATION_PROGRESS = ["not-started", "in-progress", "met"] as const;
export type ExpectationProgress = (typeof EXPECTATION_PROGRESS)[number];

export const EXPECTATION_PROGRESS_LABELS: Record<ExpectationProgress, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  met: "Met",
};

export const ZExpectationUpdate = z.object({
  progress: zOptionalEnum(EXPECTATION_PROGRESS, "Select the progress on this expectation"),
  evidence: zOptionalText("Evidence", 2000),
  /** Why an expectation reported as met last quarter is no longer met. */
  noLongerMetReason: zOptionalText("The reason it is no longer met", 2000),
});
export type TExpectationUpdate = z.infer<typeof ZExpectationUpdate>;

export const ZReturnExpectations = z.object({
  expectations: z.preprocess((v) => (v === undefined || v === "" ? {} : v), z.record(z.string().min(1).max(200), ZExpectationUpdate)),
});
export type TReturnExpectations = z.infer<typeof ZReturnExpectations>;
