import { z } from "zod";
import { zText, zYesNo } from "./fields";

// Section "research": section nine of the sign-up form, interest in the research on early awareness and
// take-up of family hub services (Annex R). Registering interest commits the area to nothing; it is
// then sent an expression-of-interest form, so a contact is needed. Birth registration in hubs is
// preferred but not required.
//
// Form fields: interested (yes | no), contactName, contactEmail, birthRegistration (yes | planned | no), approaches (textarea)

const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
  z.email("Enter an email address in the correct format, like name@example.gov.uk").optional(),
);

export const BIRTH_REGISTRATION_ANSWERS = ["yes", "planned", "no"] as const;

export const ZResearch = z.object({
  interested: zYesNo("Select yes if your area is interested in taking part in the research"),
  contactName: zText("The contact's name", 200),
  contactEmail: optionalEmail,
  birthRegistration: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(BIRTH_REGISTRATION_ANSWERS).optional()),
  approaches: zText("How you raise awareness of family hubs", 5000),
});

export type TResearch = z.infer<typeof ZResearch>;
