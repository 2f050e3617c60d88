import type { Expectation } from "@/catalogue/types";
import { Tag } from "@/components/tag";
import { formatDate } from "@/domain/dates";
import { CHANNEL_LABELS, KIND_LABELS } from "./catalogue-labels";

function channelText(e: Expectation): string {
  const channel = CHANNEL_LABELS[e.channel];
  if (e.deliverableAnyChannel) return `${channel} (or virtually, or elsewhere in the network)`;
  if (e.deliverableInNetwork) return `${channel} (or elsewhere in the network)`;
  return channel;
}

/** One expectation. Its element id is the catalogue id, so other pages can link to /catalogue#<id>. */
export function ExpectationEntry({ expectation: e }: { expectation: Expectation }) {
  return (
    <li id={e.id} className="scroll-mt-4 border-b border-govuk-border pt-[15px] pb-[10px] target:bg-govuk-light-grey">
      <p className="govuk-body mb-[10px]">{e.summary}</p>
      <p className="mb-[10px]">
        <Tag colour={e.kind === "minimum" ? "blue" : "purple"}>{KIND_LABELS[e.kind]}</Tag>
        {e.optOutAllowed && (
          <Tag colour="grey" className="ml-2">
            Can opt out with good reason
          </Tag>
        )}
      </p>
      <dl className="govuk-font-16 mb-[10px] grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">Delivered</dt>
        <dd className="m-0 mb-1 sm:mb-0">{channelText(e)}</dd>
        <dt className="font-bold">Deadline</dt>
        <dd className="m-0 mb-1 sm:mb-0">{e.deadline ? formatDate(e.deadline) : "No deadline"}</dd>
        <dt className="font-bold">Guide reference</dt>
        <dd className="m-0">
          {e.guideRef.heading}
          {e.guideRef.document === "trailblazer-guide" && " (trailblazer guide)"}
        </dd>
      </dl>
      <p className="govuk-font-16 mb-0 text-govuk-secondary-text">
        Id: <code className="wrap-break-word">{e.id}</code>
      </p>
    </li>
  );
}
