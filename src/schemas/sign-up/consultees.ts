import { z } from "zod";
import { SIGN_UP, type ConsulteeId } from "@/catalogue/cohorts";
import { zText } from "./fields";

// Section "consultees": assurance that the area engaged the people and organisations the guide lists,
// with "the names/roles of those you have consulted with" ("How to sign up to deliver the programme").
// Every group is a list: an area may have several MPs and many local providers. Rows left wholly
// blank (the spare rows of the form) are dropped.
//
// Form fields:
//   consultees[<consultee id>][<row>].name    person or organisation
//   consultees[<consultee id>][<row>].role    their role, e.g. "MP for Anytown North", "Head of midwifery, Anytown NHS Trust"

const CONSULTEE_IDS = SIGN_UP.consultees.map((c) => c.id) as [ConsulteeId, ...ConsulteeId[]];

const ZConsultee = z.object({
  name: zText("The name", 200),
  role: zText("The role", 200),
});
export type TConsultee = z.infer<typeof ZConsultee>;

const ZConsulteeRows = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : v),
  z
    .array(ZConsultee)
    .max(50, "List up to 50 people or organisations in each group")
    .transform((rows) => rows.filter((r) => r.name !== undefined || r.role !== undefined)),
);

export const ZConsultees = z.object({
  consultees: z.partialRecord(z.enum(CONSULTEE_IDS), ZConsulteeRows).default({}),
});

export type TConsultees = z.infer<typeof ZConsultees>;
