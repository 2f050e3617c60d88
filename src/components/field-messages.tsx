import type { ReactNode } from "react";
import { joinIds } from "./class-names";
import { ErrorMessage } from "./error-message";
import { Hint } from "./hint";

/** The `aria-describedby` ids of a question's hint (`${id}-hint`) and error message (`${id}-error`), when shown. */
export function fieldMessageIds(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return joinIds(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined);
}

/** A question's hint then its error message, as GOV.UK places them above the control. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
    </>
  );
}
