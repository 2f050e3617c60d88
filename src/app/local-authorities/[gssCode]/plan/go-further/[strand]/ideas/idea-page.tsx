import { notFound } from "next/navigation";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { formFieldsOf, listFieldsExcept } from "@/domain/plan/form-fields";
import { quarterOptions } from "@/domain/plan/labels";
import { planPath } from "@/server/plans/load-plan-page";
import { loadGoFurtherStrand } from "../../go-further-page";
import { IdeaForm } from "./idea-form";

/** The strand, and the idea a route's `[index]` names: 404 unless it is one of this strand's ideas. */
export async function loadIdea(gssCode: string, strandId: string, index?: string) {
  const loaded = await loadGoFurtherStrand(gssCode, strandId);
  const { own } = loaded.data;
  if (index === undefined) return { ...loaded, position: own.length, idea: undefined };
  const position = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const idea = own[position];
  if (!idea || idea.strand !== loaded.strand.id) notFound();
  return { ...loaded, position, idea };
}

/** Add an idea (no index) or change one. */
export async function IdeaPage({ gssCode, strandId, index }: { gssCode: string; strandId: string; index?: string }) {
  const { page, strand, data, position, idea } = await loadIdea(gssCode, strandId, index);
  const strandPath = planPath(page.la.gssCode, "go-further", strand.id);
  return (
    <SectionPageFrame backHref={strandPath} backText={`Back to ${strand.name}`} caption={`${page.la.name} – ${strand.name}`} title={idea ? "Change your idea" : "Add an idea of your own"} comment={page.comment}>
      <IdeaForm
        action={page.save(strandPath)}
        version={page.version}
        index={position}
        strand={strand.id}
        saved={idea}
        others={[...formFieldsOf(data.chosen, "chosen"), ...listFieldsExcept(data.own, "own", position)]}
        quarters={quarterOptions()}
      />
    </SectionPageFrame>
  );
}
