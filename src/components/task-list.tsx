import type { ReactNode } from "react";
import { cx, joinIds } from "./class-names";
import { Tag, type TagColour } from "./tag";

export const TASK_STATUSES = ["Not started", "In progress", "Completed", "Changes requested", "Cannot start yet"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How each status is shown: a coloured tag, or plain text (GOV.UK shows "Completed" as plain text). */
const statusDisplay: Record<TaskStatus, TagColour | "text" | "secondary-text"> = {
  "Not started": "blue",
  "In progress": "light-blue",
  Completed: "text",
  "Changes requested": "red",
  "Cannot start yet": "secondary-text",
};

export interface TaskListItem {
  title: string;
  /** Omit when the task cannot be started; the title then renders as plain text. */
  href?: string;
  hint?: ReactNode;
  status: TaskStatus;
  /** Used to build the status/hint ids. Defaults to `${idPrefix}-${n}`. */
  id?: string;
}

export interface TaskListProps {
  items: readonly TaskListItem[];
  idPrefix?: string;
}

function TaskStatusView({ id, status }: { id: string; status: TaskStatus }) {
  const display = statusDisplay[status];
  const classes = "table-cell pl-[10px] text-right align-top";
  if (display === "text") return <div id={id} className={cx(classes, "text-govuk-text")}>{status}</div>;
  if (display === "secondary-text") return <div id={id} className={cx(classes, "text-govuk-secondary-text")}>{status}</div>;
  return (
    <div id={id} className={classes}>
      <Tag colour={display}>{status}</Tag>
    </div>
  );
}

/** GOV.UK task list. Linked rows are clickable across their full width. */
export function TaskList({ items, idPrefix = "task-list" }: TaskListProps) {
  return (
    <ul className="govuk-font-19 m-0 mb-[20px] list-none p-0 sm:mb-[30px]">
      {items.map((item, index) => {
        const baseId = item.id ?? `${idPrefix}-${index + 1}`;
        const statusId = `${baseId}-status`;
        const hintId = item.hint ? `${baseId}-hint` : undefined;
        const linked = item.href !== undefined && item.status !== "Cannot start yet";
        return (
          <li
            key={baseId}
            className={cx(
              "relative m-0 table w-full border-b border-govuk-border py-[10px] first:border-t",
              linked && "hover:bg-govuk-light-grey",
            )}
          >
            <div className="table-cell align-top">
              {linked ? (
                <a
                  href={item.href}
                  aria-describedby={joinIds(hintId, statusId)}
                  className="after:absolute after:inset-0 after:block after:content-['']"
                >
                  {item.title}
                </a>
              ) : (
                <span className="text-govuk-text">{item.title}</span>
              )}
              {item.hint && (
                <div id={hintId} className="mt-[5px] text-govuk-secondary-text">
                  {item.hint}
                </div>
              )}
            </div>
            <TaskStatusView id={statusId} status={item.status} />
          </li>
        );
      })}
    </ul>
  );
}
