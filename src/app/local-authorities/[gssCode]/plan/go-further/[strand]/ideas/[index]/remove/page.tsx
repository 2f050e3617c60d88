import type { Metadata } from "next";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { RemoveForm } from "@/components/plan/remove-form";
import { formFieldsOf, listFieldsExcept } from "@/domain/plan/form-fields";
import { planPath } from "@/server/plans/load-plan-page";
import { loadIdea } from "../../idea-page";

export const metadata: Metadata = { title: "Remove your idea" };

export default async function RemoveIdeaPage({ params }: { params: Promise<{ gssCode: string; strand: string; index: string }> }) {
  const { gssCode, strand: strandId, index } = await params;
  const { page, strand, data, position, idea } = await loadIdea(gssCode, strandId, index);
  const strandPath = planPath(page.la.gssCode, "go-further", strand.id);
  return (
    <SectionPageFrame backHref={strandPath} backText={`Back to ${strand.name}`} caption={`${page.la.name} – ${strand.name}`} title={`Are you sure you want to remove ‘${idea?.title ?? "this idea"}’?`}>
      <RemoveForm
        action={page.save(strandPath)}
        version={page.version}
        fields={[...formFieldsOf(data.chosen, "chosen"), ...listFieldsExcept(data.own, "own", position)]}
        submitText="Yes, remove it"
        cancelHref={strandPath}
      />
    </SectionPageFrame>
  );
}
