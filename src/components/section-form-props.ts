import type { AutosaveResult } from "@/components/returns/return-section-form";
import type { FormField } from "@/domain/plan/form-fields";
import type { FormState } from "@/schemas/form-state";

/** A section form's props: its save action, the section version the user loaded, and what is saved so far. */
export interface SectionFormProps<TSaved> {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  saved?: TSaved;
}

/** A form for one item of a list section; the rest of the section travels as hidden fields. */
export interface ListItemFormProps<TSaved> extends SectionFormProps<TSaved> {
  index: number;
  others: readonly FormField[];
}

/** A return section form, which also saves a draft as the user types. */
export interface ReturnSectionFormProps<TSaved> extends SectionFormProps<TSaved> {
  autosave: (formData: FormData) => Promise<AutosaveResult>;
}
