import { NotificationBanner } from "@/components/notification-banner";

/** Shown on a revision opened because a reviewer returned the previous one. */
export function ReturnedBanner({ comments, summary, sectionTitle }: { comments: { sectionKey: string; reason: string }[]; summary: string | null; sectionTitle: (key: string) => string }) {
  if (comments.length === 0) return null;
  return (
    <NotificationBanner title="Changes requested" heading="The programme team asked for changes">
      <ul className="govuk-list govuk-list-bullet">
        {comments.map((c) => (
          <li key={c.sectionKey}>
            <strong>{sectionTitle(c.sectionKey)}:</strong> {c.reason}
          </li>
        ))}
      </ul>
      {summary && <p>{summary}</p>}
    </NotificationBanner>
  );
}
