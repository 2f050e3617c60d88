import { warningKey, type Issue } from "@/domain/submissions/types";

/** Each warning beside the LA's explanation, for signers and reviewers. */
export function WarningsWithExplanations({ warnings, explanations, sectionTitle }: { warnings: Issue[]; explanations: Record<string, string>; sectionTitle: (key: string) => string }) {
  if (warnings.length === 0) return <p>The rules found no warnings.</p>;
  return (
    <dl className="mb-8">
      {warnings.map((w) => (
        <div key={warningKey(w)} className="mb-4 border-l-4 border-govuk-orange pl-4">
          <dt>
            <span className="govuk-font-16 block text-govuk-secondary-text">{sectionTitle(w.sectionKey)}</span>
            <strong>{w.message}</strong>
          </dt>
          <dd className="ml-0">
            <span className="sr-only">Explanation: </span>
            {explanations[warningKey(w)] ?? <em>Not explained</em>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
