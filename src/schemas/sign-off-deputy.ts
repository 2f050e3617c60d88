import { z } from "zod";

/** The nominate-a-deputy form: one colleague, chosen from the list. */
export const ZNominateDeputy = z.object({
  deputyId: z.string({ error: "Select the person who can sign on your behalf" }).trim().min(1, "Select the person who can sign on your behalf").max(100, "Select the person who can sign on your behalf"),
});
export type TNominateDeputy = z.infer<typeof ZNominateDeputy>;
