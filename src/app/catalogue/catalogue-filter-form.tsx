import { STRANDS } from "@/catalogue/strands";
import { CHANNELS, EXPECTATION_KINDS } from "@/catalogue/types";
import { Button } from "@/components/button";
import { Select, type SelectOption } from "@/components/select";
import { TextInput } from "@/components/text-input";
import type { TCatalogueFilters } from "@/schemas/catalogue-filters";
import { CHANNEL_LABELS, KIND_LABELS } from "./catalogue-labels";

const CHOICE_FILTERS: readonly { name: "strand" | "kind" | "channel"; label: string; options: readonly SelectOption[] }[] = [
  { name: "strand", label: "Strand", options: [{ value: "", text: "All strands" }, ...STRANDS.map((s) => ({ value: s.id, text: s.name }))] },
  { name: "kind", label: "Type", options: [{ value: "", text: "All types" }, ...EXPECTATION_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))] },
  { name: "channel", label: "How it is delivered", options: [{ value: "", text: "All ways" }, ...CHANNELS.map((c) => ({ value: c, text: CHANNEL_LABELS[c] }))] },
];

/** A GET form, so filtering works without JavaScript and every filtered view has its own address. */
export function CatalogueFilterForm({ filters }: { filters: TCatalogueFilters }) {
  return (
    <form method="get" action="/catalogue" className="mb-8 flex flex-wrap items-end gap-x-6" role="search" aria-label="Filter the catalogue">
      <TextInput id="q" name="q" label="Words or id" defaultValue={filters.q} width={20} formGroupClassName="mb-4" />
      {CHOICE_FILTERS.map(({ name, label, options }) => (
        <Select key={name} id={name} name={name} label={label} defaultValue={filters[name] ?? ""} formGroupClassName="mb-4" options={options} />
      ))}
      <div className="mb-4">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
