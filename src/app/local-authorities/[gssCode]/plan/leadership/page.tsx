import type { Metadata } from "next";
import type { TPlanLeadership } from "@/schemas/plan/leadership";
import { loadEditablePlanSection, PlanSectionFrame } from "../section-page";
import { LeadershipForm } from "./leadership-form";

export const metadata: Metadata = { title: "Leadership" };

export default async function LeadershipPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadEditablePlanSection((await params).gssCode, "leadership");
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Leadership" comment={page.comment}>
      <LeadershipForm action={page.save()} version={page.version} saved={page.data as TPlanLeadership | undefined} />
    </PlanSectionFrame>
  );
}
