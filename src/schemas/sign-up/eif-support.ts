import { z } from "zod";
import { zCheckbox, zText, zYesNo } from "./fields";

// Section "eif-support": section eight of the sign-up form, a request for Early Intervention Foundation
// support ("Additional support from the Early Intervention Foundation"; Annex Q). Annex Q says who
// benefits most: areas "at the start, or in the early stages" of family hub system maturity that are
// "willing and able to engage", since it "requires sustained commitment".
//
// Form fields: request (yes | no), maturity (textarea), needs (textarea), willingToEngage (checkbox "yes")

export const ZEifSupport = z.object({
  request: zYesNo("Select yes if you would like to be considered for support from the Early Intervention Foundation"),
  /** Where the area's family hub system is, e.g. from a recent self-assessment or the EIF maturity matrix. */
  maturity: zText("Your family hub system's maturity", 5000),
  /** What the area would want the support to help with. */
  needs: zText("What you need support with", 5000),
  willingToEngage: zCheckbox.default(false),
});

export type TEifSupport = z.infer<typeof ZEifSupport>;
