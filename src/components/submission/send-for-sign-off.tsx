import { WarningText } from "@/components/warning-text";
import type { FormState } from "@/schemas/form-state";
import { StepForm } from "./step-form";

/** The foot of a "check your answers" page: sending the draft to be signed, once nothing stops it. */
export function SendForSignOff({
  noun,
  signer,
  refusal,
  check,
  action,
}: {
  /** "plan", "return", "statement", as it reads mid-sentence. */
  noun: string;
  /** Who signs, as it starts a sentence: "The single accountable lead". */
  signer: string;
  /** Why it cannot be sent at all now (a locked period), if so. */
  refusal?: string | null;
  /** What the rules found: any error stops it; each warning needs an explanation first. */
  check: { errors: unknown[]; unexplained: unknown[] };
  /** The bound send-for-sign-off step. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Send the {noun} for sign-off</h2>
      {refusal ? (
        <WarningText>{refusal}</WarningText>
      ) : check.errors.length > 0 ? (
        <WarningText>You cannot send the {noun} for sign-off until every problem is fixed.</WarningText>
      ) : (
        <>
          <p>
            {signer} will be asked to read and sign the {noun}. Once they sign it, it is submitted to the programme team and can no longer be changed.
          </p>
          {check.unexplained.length > 0 && <WarningText>Explain every warning above before you send the {noun}.</WarningText>}
          <StepForm action={action} buttonText="Send for sign-off" />
        </>
      )}
    </>
  );
}
