import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExpectationsForm } from "@/components/returns/expectations-form";
import { readReturnDocument } from "@/domain/return/sections";
import type { TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { returnPath } from "@/server/returns/return-paths";
import { EXPECTATION_STRANDS, isExpectationStrand } from "@/server/returns/section-input";
import { loadEditableReturnSection, ReturnSectionFrame } from "../../section-page";

export const metadata: Metadata = { title: "Minimum expectations" };

export default async function StrandExpectationsPage({ params }: { params: Promise<{ gssCode: string; periodId: string; strand: string }> }) {
  const { gssCode, periodId, strand } = await params;
  if (!isExpectationStrand(strand)) notFound();
  const index = returnPath(gssCode, periodId, "minimum-expectations");
  const page = await loadEditableReturnSection(gssCode, periodId, "minimum-expectations", { part: { kind: "strand", id: strand }, next: index });
  const entry = EXPECTATION_STRANDS.find((s) => s.id === strand)!;
  return (
    <ReturnSectionFrame back={index} backText="Back to minimum expectations" caption={`${page.la.name} – ${page.period.label}`} title={entry.name} comment={page.comment}>
      <ExpectationsForm
        key={page.version}
        action={page.action}
        autosave={page.autosave}
        version={page.version}
        expectations={entry.expectations.map((e) => ({ id: e.id, summary: e.summary }))}
        saved={page.data as TReturnExpectations | undefined}
        previous={readReturnDocument(page.context.previous)["minimum-expectations"]}
      />
    </ReturnSectionFrame>
  );
}
