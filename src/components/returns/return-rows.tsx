import type { ReactNode } from "react";
import { STRANDS } from "@/catalogue/lookup";
import type { SelectOption } from "@/components/select";
import { fieldName } from "@/schemas/form-data";

/** A risk or success may concern no single strand. */
export const STRAND_OPTIONS: readonly SelectOption[] = [{ value: "", text: "Not specific to one strand" }, ...STRANDS.map((s) => ({ value: s.id, text: s.name }))];

/** Error summary order for a list of rows: every field of each row in turn, the blank row for a new one last. */
export function rowsErrorOrder(list: string, rows: number, fields: readonly string[]): string[] {
  return Array.from({ length: rows }, (_, i) => fields.map((field) => fieldName(list, i, field))).flat();
}

/** One row of a list section, labelled by its heading. */
export function RowSection({ headingId, heading, children }: { headingId: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="mb-8 border-b border-govuk-border pb-4">
      <h2 id={headingId} className="govuk-heading-m">
        {heading}
      </h2>
      {children}
    </section>
  );
}
