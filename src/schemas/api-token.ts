import { z } from "zod";

/** The create-a-token form: a name that says which system uses it. */
export const ZTokenName = z.object({
  name: z.string({ error: "Enter a name for the token, like the system that will use it" }).trim().min(1, "Enter a name for the token, like the system that will use it").max(100, "The name must be 100 characters or fewer"),
});
