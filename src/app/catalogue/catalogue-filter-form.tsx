import { STRANDS } from "@/catalogue/strands";
import { CHANNELS, EXPECTATION_KINDS } from "@/catalogue/types";
import { Button } from "@/components/button";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import type { TCatalogueFilters } from "@/schemas/catalogue-filters";
import { CHANNEL_LABELS, KIND_LABELS } from "./catalogue-labels";

/** A GET form, so filtering works without JavaScript and every filtered view has its own address. */
export function CatalogueFilterForm({ filters }: { filters: TCatalogueFilters }) {
  return (
    <form method="get" action="/catalogue" className="mb-8 flex flex-wrap items-end gap-x-6" role="search" aria-label="Filter the catalogue">
      <TextInput id="q" name="q" label="Words or id" defaultValue={filters.q} width={20} formGroupClassName="mb-4" />
      <Select
        id="strand"
        name="strand"
        label="Strand"
        defaultValue={filters.strand ?? ""}
        formGroupClassName="mb-4"
        options={[{ value: "", text: "All strands" }, ...STRANDS.map((s) => ({ value: s.id, text: s.name }))]}
      />
      <Select
        id="kind"
        name="kind"
        label="Type"
        defaultValue={filters.kind ?? ""}
        formGroupClassName="mb-4"
        options={[{ value: "", text: "All types" }, ...EXPECTATION_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))]}
      />
      <Select
        id="channel"
        name="channel"
        label="How it is delivered"
        defaultValue={filters.channel ?? ""}
        formGroupClassName="mb-4"
        options={[{ value: "", text: "All ways" }, ...CHANNELS.map((c) => ({ value: c, text: CHANNEL_LABELS[c] }))]}
      />
      <div className="mb-4">
        <Button variant="secondary">Apply filters</Button>
      </div>
    </form>
  );
}
