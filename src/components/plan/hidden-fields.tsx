import type { FormField } from "@/domain/plan/form-fields";

/** Saved data carried through a form that edits only part of a section (see form-fields.ts). */
export function HiddenFields({ fields }: { fields: readonly FormField[] }) {
  return (
    <>
      {fields.map((field) => (
        <input key={field.name} type="hidden" name={field.name} value={field.value} />
      ))}
    </>
  );
}
