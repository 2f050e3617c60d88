import type { ReactNode } from "react";

/** A label that also names its row, for screen-reader users who move between fields and hear each label out of context. */
export function labelWithContext(text: ReactNode, context: ReactNode): ReactNode {
  return (
    <>
      {text}
      <span className="sr-only"> ({context})</span>
    </>
  );
}
