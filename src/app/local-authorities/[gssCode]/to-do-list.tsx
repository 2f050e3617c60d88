import Link from "next/link";
import { Tag } from "@/components/tag";
import { SubmissionStatusTag } from "@/components/submission/status-tag";
import { formatDate } from "@/domain/dates";
import { daysText } from "@/domain/return/periods";
import { getDatabase } from "@/server/db/database";
import { loadToDoList, type ToDoItem } from "@/server/returns/load-to-do-list";

function StatusTag({ item }: { item: ToDoItem }) {
  if (item.changesRequested) return <Tag colour="red">Changes requested</Tag>;
  if (item.status) return <SubmissionStatusTag status={item.status} />;
  return <Tag colour="grey">Not started</Tag>;
}

/**
 * The LA's to-do list: its plan until approved, and every open or overdue return and statement of grant
 * usage. The page that renders it has already checked the actor may see this LA.
 */
export async function ToDoList({ gssCode }: { gssCode: string }) {
  const { db } = await getDatabase();
  const items = await loadToDoList({ db, localAuthorityGss: gssCode });
  return (
    <section aria-labelledby="to-do-heading" className="mb-8">
      <h2 id="to-do-heading" className="govuk-heading-m">
        Your to-do list
      </h2>
      {items.length === 0 ? (
        <p>There is nothing due at the moment.</p>
      ) : (
        <ul className="govuk-list" id="to-do-list">
          {items.map((item) => (
            <li key={item.key} className="mb-4 border-b border-govuk-border pb-4">
              <Link href={item.href} className="govuk-link font-bold">
                {item.title}
              </Link>
              <span className="block mt-1">
                <StatusTag item={item} />
                {item.deadline && item.deadline.state === "overdue" && (
                  <>
                    {" "}
                    <Tag colour="red">Overdue</Tag>
                  </>
                )}
              </span>
              <span className="block govuk-font-16 mt-1 text-govuk-secondary-text">
                {item.deadline ? (
                  <>
                    Due {formatDate(item.deadline.due)} – <strong>{daysText(item.deadline)}</strong>
                  </>
                ) : (
                  "No deadline set"
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
