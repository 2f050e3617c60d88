import { PROGRAMME_END } from "./deadlines";
import type { Channel, Expectation, ExpectationKind, GuideDocument, IsoDate, StrandId } from "./types";

interface GroupContext {
  strand: StrandId;
  kind: ExpectationKind;
  channel: Channel;
  /** Heading path in the guide, segments joined by " > ". */
  heading: string;
  document?: GuideDocument;
}

type Extra = Pick<Expectation, "deliverableAnyChannel" | "deliverableInNetwork" | "optOutAllowed" | "metricIds"> & {
  deadline?: IsoDate | null;
};

/**
 * Returns a builder for the bullets under one heading of the guide, so each entry only states what is
 * particular to it. Minimum expectations default to the programme end date; go-furthers have no deadline.
 */
export function expectationGroup(context: GroupContext) {
  return <const Id extends string>(id: Id, summary: string, extra: Extra = {}): Expectation & { id: Id } => {
    const { deadline, ...flags } = extra;
    return {
      id,
      strand: context.strand,
      channel: context.channel,
      kind: context.kind,
      summary,
      guideRef: { document: context.document ?? "programme-guide", heading: context.heading },
      deadline: deadline !== undefined ? deadline : context.kind === "minimum" ? PROGRAMME_END : null,
      ...flags,
    };
  };
}
