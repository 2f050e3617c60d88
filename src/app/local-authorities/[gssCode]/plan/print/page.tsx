import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlanSectionSummary } from "@/components/plan/plan-section-summary";
import { SubmissionStatusTag } from "@/components/submission/status-tag";
import { formatDateTime } from "@/domain/dates";
import { loadPlanPage, planPath } from "@/server/plans/load-plan-page";

export const metadata: Metadata = { title: "Delivery plan (print view)" };

/** The plan laid out for council papers: every section in order, no controls, prints cleanly. */
export default async function PrintPlanPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const page = await loadPlanPage((await params).gssCode);
  if (!page.submission) redirect(planPath(page.la.gssCode));
  const { la, submission, sections, document } = page;
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <p className="govuk-caption-l">Family Hubs and Start for Life programme</p>
      <h1 className="govuk-heading-xl">{la.name}: delivery plan</h1>
      <p>
        <SubmissionStatusTag status={submission.status} /> Revision {submission.revision}
        {submission.submittedAt ? `, submitted ${formatDateTime(submission.submittedAt)}` : ""}
        {submission.decidedAt && submission.status === "APPROVED" ? `, approved ${formatDateTime(submission.decidedAt)}` : ""}. Catalogue version {submission.catalogueVersion}.
      </p>
      <p className="print:hidden">
        Use your browser&apos;s print command to print this page or save it as a PDF. <a href={planPath(la.gssCode)}>Back to the delivery plan</a>
      </p>
      {sections.map((s, i) => (
        <section key={s.key} className="mb-10 break-inside-avoid-page" aria-labelledby={`section-${s.key}`}>
          <h2 id={`section-${s.key}`} className="govuk-heading-l">
            {i + 1}. {s.title}
          </h2>
          <PlanSectionSummary sectionKey={s.key} data={document[s.key]} />
        </section>
      ))}
    </main>
  );
}
