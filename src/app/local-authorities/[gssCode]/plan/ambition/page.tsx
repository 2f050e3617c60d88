import type { Metadata } from "next";
import type { TPlanAmbition } from "@/schemas/plan/ambition";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { AmbitionForm } from "./ambition-form";

export const metadata: Metadata = { title: "Ambition and local context" };

export default async function AmbitionPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "ambition");
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Ambition and local context" comment={page.comment}>
      <AmbitionForm action={page.save()} version={page.version} saved={page.data as TPlanAmbition | undefined} />
    </PlanSectionFrame>
  );
}
