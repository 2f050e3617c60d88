import type { ReactNode } from "react";
import { Button } from "@/components/button";
import type { SubmissionStatus } from "@/domain/submissions/types";
import type { FormState } from "@/schemas/form-state";
import { StepForm } from "./step-form";

/**
 * The workflow steps offered on a submission's task list: the signer opens the sign-off page, and whoever
 * may send it for sign-off may withdraw it while it waits. The page decides who may do what.
 */
export function SubmissionWorkflowControls({
  status,
  signOff,
  withdraw,
  mayEdit,
  whoMayEdit,
  children,
}: {
  status: SubmissionStatus;
  /** Given when the actor may sign it now. */
  signOff?: { href: string; buttonText: string };
  /** The bound withdraw step, given when the actor may withdraw it now. */
  withdraw?: (state: FormState, formData: FormData) => Promise<FormState>;
  mayEdit: boolean;
  /** Told to someone who may read a draft but not change it. */
  whoMayEdit: string;
  children?: ReactNode;
}) {
  return (
    <>
      {signOff && (
        <p>
          <Button href={signOff.href}>{signOff.buttonText}</Button>
        </p>
      )}
      {withdraw && <StepForm action={withdraw} buttonText="Withdraw it to make changes" variant="secondary" />}
      {!mayEdit && status === "DRAFT" && <p>{whoMayEdit}</p>}
      {children}
    </>
  );
}
