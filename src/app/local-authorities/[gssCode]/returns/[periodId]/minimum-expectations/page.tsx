import type { Metadata } from "next";
import { TaskList } from "@/components/task-list";
import type { TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { returnPath } from "@/server/returns/return-paths";
import { EXPECTATION_STRANDS } from "@/server/returns/section-input";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Minimum expectations" };

export default async function ExpectationsIndexPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "minimum-expectations");
  const updates = (page.data as TReturnExpectations | undefined)?.expectations ?? {};
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Minimum expectations"
      comment={page.comment}
      intro={<p>Record your progress on each minimum expectation, one strand at a time. Give evidence for each one that is met.</p>}
    >
      <TaskList
        idPrefix="strand"
        items={EXPECTATION_STRANDS.map((s) => {
          const done = s.expectations.filter((e) => updates[e.id]?.progress).length;
          return {
            id: s.id,
            title: s.name,
            href: returnPath(page.la.gssCode, page.period.id, "minimum-expectations", s.id),
            hint: `${done} of ${s.expectations.length} recorded`,
            status: done === 0 ? "Not started" : done === s.expectations.length ? "Completed" : "In progress",
          };
        })}
      />
      <p>
        <a className="govuk-link" href={page.taskList}>
          Return to the task list
        </a>
      </p>
    </ReturnSectionFrame>
  );
}
