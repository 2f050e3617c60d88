import { checkReturn } from "@/domain/return-rules";
import type { SectionDefinition, SectionProgress, SubmissionDefinition } from "@/domain/submissions/types";
import { ZReturnAnnualQuestions, type TReturnAnnualQuestions } from "@/schemas/return/annual-questions";
import { ZReturnMetrics, type TReturnMetrics } from "@/schemas/return/metrics";
import { ZReturnMilestones, type TReturnMilestones } from "@/schemas/return/milestones";
import { ZReturnExpectations, type TReturnExpectations } from "@/schemas/return/minimum-expectations";
import { ZReturnRisks, type TReturnRisks } from "@/schemas/return/risks";
import { ZReturnServices, type TReturnServices } from "@/schemas/return/services";
import { ZReturnSuccesses, type TReturnSuccesses } from "@/schemas/return/successes";
import { isMetricDue, RETURN_METRICS } from "./return-metrics";
import type { ReturnContext } from "./sections";

// The quarterly programme delivery return as a submission kind: its task list, rules and sign-off.
// Progress is worked out from the section's data alone; the rules (checkReturn) know the approved plan
// and decide what is missing.

function allOrSome(total: number, done: number): SectionProgress {
  return total > 0 && done === total ? "Completed" : "In progress";
}

const milestones: SectionDefinition<TReturnMilestones> = {
  key: "milestones",
  title: "Milestones",
  schema: ZReturnMilestones,
  progress(data) {
    if (!data) return "Not started";
    const updates = Object.values(data.milestones);
    const done = updates.filter((u) => u.status && (!(u.status === "at-risk" || u.status === "off-track") || u.commentary)).length;
    return allOrSome(updates.length, done);
  },
};

const expectations: SectionDefinition<TReturnExpectations> = {
  key: "minimum-expectations",
  title: "Minimum expectations",
  schema: ZReturnExpectations,
  progress(data) {
    if (!data) return "Not started";
    const updates = Object.values(data.expectations);
    return allOrSome(updates.length, updates.filter((u) => u.progress && (u.progress !== "met" || u.evidence)).length);
  },
};

const risks: SectionDefinition<TReturnRisks> = {
  key: "risks",
  title: "Risks and issues",
  schema: ZReturnRisks,
  progress(data) {
    if (!data) return "Not started";
    const incomplete = data.risks.some(
      (r) => (r.status === "open" && r.rating === "red" && (!r.mitigation || !r.owner)) || (r.status === "closed" && !r.closedReason),
    );
    return incomplete ? "In progress" : "Completed";
  },
};

const successes: SectionDefinition<TReturnSuccesses> = {
  key: "successes",
  title: "Successes and good practice",
  schema: ZReturnSuccesses,
  progress(data) {
    if (!data) return "Not started";
    return data.successes.length > 0 || data.nothingToReport ? "Completed" : "In progress";
  },
};

const annualQuestions: SectionDefinition<TReturnAnnualQuestions> = {
  key: "annual-questions",
  title: "Annual questions: service improvements and joint working",
  schema: ZReturnAnnualQuestions,
  progress(data) {
    if (!data) return "Not started";
    return data.serviceImprovements && data.jointWorking ? "Completed" : "In progress";
  },
  appliesTo(context: ReturnContext) {
    return context.includesAnnualQuestions;
  },
};

const services: SectionDefinition<TReturnServices> = {
  key: "services",
  title: "Management information: register of services",
  schema: ZReturnServices,
  progress(data) {
    if (!data) return "Not started";
    return data.services.length > 0 ? "Completed" : "In progress";
  },
};

const QUARTERLY_MINIMUM = RETURN_METRICS.filter((m) => m.level === "minimum" && isMetricDue(m, false));

const metrics: SectionDefinition<TReturnMetrics> = {
  key: "metrics",
  title: "Management information: figures",
  schema: ZReturnMetrics,
  progress(data) {
    if (!data || Object.keys(data.metrics).length === 0) return data ? "In progress" : "Not started";
    return allOrSome(QUARTERLY_MINIMUM.length, QUARTERLY_MINIMUM.filter((m) => data.metrics[m.id] !== undefined).length);
  },
};

export const RETURN_DECLARATION =
  "As the single accountable lead for the Family Hubs and Start for Life programme in this local authority, I confirm " +
  "that this delivery return is accurate and complete to the best of my knowledge; that it reports progress against " +
  "our approved delivery plan; and that the management information has been checked, with every warning explained.";

export const deliveryReturnDefinition: SubmissionDefinition<ReturnContext> = {
  kind: "DELIVERY_RETURN",
  noun: "delivery return",
  sections: [milestones, expectations, risks, successes, annualQuestions, services, metrics],
  check: checkReturn,
  permissions: { edit: "return.edit", sendForSignOff: "return.sendForSignOff", signOff: "return.signOff", review: "return.review" },
  declaration: RETURN_DECLARATION,
  deputiesMaySign: true,
};
