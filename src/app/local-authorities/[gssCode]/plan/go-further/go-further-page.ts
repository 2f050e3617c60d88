import { notFound } from "next/navigation";
import { expectationsFor, findExpectation, STRANDS } from "@/catalogue/lookup";
import type { Strand } from "@/catalogue/types";
import type { TPlanGoFurther } from "@/schemas/plan/go-further";
import { loadEditablePlanSection } from "../section-page";

/** The strands with a 'go further' page: every funded strand, and any other the catalogue gives options for. */
export function goFurtherStrands(): readonly Strand[] {
  return STRANDS.filter((s) => s.funded || expectationsFor({ strand: s.id, kind: "go-further" }).length > 0);
}

/** The saved section and the strand a route names (404 for any other). */
export async function loadGoFurtherStrand(gssCode: string, strandId: string) {
  const strand = goFurtherStrands().find((s) => s.id === strandId);
  if (!strand) notFound();
  const page = await loadEditablePlanSection(gssCode, "go-further");
  const data: TPlanGoFurther = (page.data as TPlanGoFurther | undefined) ?? { chosen: {}, own: [] };
  return { page, strand, data };
}

/** The chosen options of every strand but `strand`, to carry through that strand's page. */
export function chosenElsewhere(data: TPlanGoFurther, strand: string): TPlanGoFurther["chosen"] {
  return Object.fromEntries(Object.entries(data.chosen).filter(([id]) => findExpectation(id)?.strand !== strand));
}
