import { z } from "zod";
import type { SubmissionDefinition } from "@/domain/submissions/types";
import type { SubmissionKindServer } from "@/server/submissions/kind-server";

// A two-section kind that exercises the engine without depending on any real kind's rules.
export const testKindServer: SubmissionKindServer<{ strict: boolean }> = {
  definition: {
    kind: "PLAN",
    noun: "test plan",
    declaration: "I confirm this test plan.",
    deputiesMaySign: true,
    permissions: { edit: "plan.edit", sendForSignOff: "plan.sendForSignOff", signOff: "plan.signOff", review: "plan.review" },
    sections: [
      {
        key: "ambition",
        title: "Ambition",
        schema: z.object({ ambition: z.string().trim().min(1, "Enter your ambition") }),
        progress: (data) => (data ? "Completed" : "Not started"),
      },
      {
        key: "hubs",
        title: "Hubs",
        schema: z.object({ count: z.coerce.number({ error: "Enter a number" }).int().min(0, "Enter 0 or more") }),
        progress: (data) => (data ? "Completed" : "Not started"),
      },
    ],
    check(document) {
      const errors = document.ambition ? [] : [{ sectionKey: "ambition", path: "ambition", code: "missing", message: "Enter your ambition" }];
      const hubs = document.hubs as { count: number } | undefined;
      const warnings = hubs && hubs.count < 2 ? [{ sectionKey: "hubs", path: "count", code: "few-hubs", message: "Most areas open more than one hub" }] : [];
      return { errors, warnings };
    },
  } satisfies SubmissionDefinition<{ strict: boolean }>,
  loadContext: async () => ({ strict: true }),
};
