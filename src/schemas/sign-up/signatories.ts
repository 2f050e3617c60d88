import { z } from "zod";
import { SIGN_UP, type SignatoryId } from "@/catalogue/cohorts";
import { zDateInput } from "../date-parts";
import { zText } from "./fields";

// Section "signatories": formal sign-up from the six people the guide lists ("How to sign up to deliver
// the programme"), each with a name and the date they signed. Blank fields may be saved; the sign-up
// rules say what is still missing.
//
// Form fields:
//   signatories[<signatory id>].name
//   signatories[<signatory id>].dateSigned.day / .month / .year

const SIGNATORY_IDS = SIGN_UP.signatories.map((s) => s.id) as [SignatoryId, ...SignatoryId[]];

const ZSignatory = z.object({
  name: zText("The name", 200),
  dateSigned: zDateInput("The date they signed", { optional: true }),
});

export const ZSignatories = z.object({
  signatories: z.partialRecord(z.enum(SIGNATORY_IDS), ZSignatory).default({}),
});

export type TSignatories = z.infer<typeof ZSignatories>;
export type TSignatory = z.infer<typeof ZSignatory>;
