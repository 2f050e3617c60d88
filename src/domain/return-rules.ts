import { periodById, type ReportingPeriod } from "@/catalogue/calendar";
import { findExpectation, expectationsFor } from "@/catalogue/lookup";
import { checkMetricValues, type Issue as MetricIssue } from "@/catalogue/metric-rules";
import { SERVICE_REGISTER_METRIC_ID } from "@/catalogue/metrics-programme";
import { formatDate } from "@/domain/dates";
import { RETURN_SCHEMAS, readReturnDocument, type ReturnContext, type ReturnSectionKey, type ReturnSections } from "@/domain/return/sections";
import { previousMetricValues } from "@/domain/return/prefill";
import { isMetricDue, locateMetricPath, metricFieldName, RETURN_METRICS, SERVICES_SECTION } from "@/domain/return/return-metrics";
import { sectionSchemaIssues } from "@/domain/submissions/schema-issues";
import type { CheckResult, Issue, SubmissionDocument } from "@/domain/submissions/types";
import { fieldName } from "@/schemas/form-data";

// The rules of a quarterly delivery return ("Programme reporting expectations > Programme delivery
// returns" and "> Management information"). Errors block sending for sign-off; warnings need a short
// explanation. Paths are the form field names of the section's inputs (see fieldName).

const RETURNS_REF = "/catalogue#reporting";

type Sink = { errors: Issue[]; warnings: Issue[] };

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Parses each saved section; one that does not parse gives its schema messages as errors and is skipped. */
function parseSections(document: SubmissionDocument, context: ReturnContext, sink: Sink): ReturnSections {
  const sections: ReturnSections = {};
  for (const key of Object.keys(RETURN_SCHEMAS) as ReturnSectionKey[]) {
    if (document[key] === undefined) continue;
    if (key === "annual-questions" && !context.includesAnnualQuestions) continue;
    const parsed = RETURN_SCHEMAS[key].safeParse(document[key]);
    if (parsed.success) {
      (sections as Record<string, unknown>)[key] = parsed.data;
      continue;
    }
    sink.errors.push(...sectionSchemaIssues(key, parsed.error));
  }
  return sections;
}

function checkMilestones(current: ReturnSections, previous: ReturnSections, context: ReturnContext, period: ReportingPeriod | undefined, sink: Sink): void {
  const sectionKey = "milestones";
  for (const milestone of context.planMilestones) {
    const update = current.milestones?.milestones[milestone.id];
    const before = previous.milestones?.milestones[milestone.id];
    const at = (field: string) => fieldName("milestones", milestone.id, field);
    const name = `"${milestone.label}"`;
    if (!update?.status) {
      sink.errors.push({ sectionKey, path: at("status"), code: "milestone-status-missing", message: `Select a status for ${name}.` });
      continue;
    }
    const lastDate = before?.revisedDate ?? milestone.plannedDate;
    const noCommentary = isBlank(update.commentary);
    if (noCommentary && (update.status === "at-risk" || update.status === "off-track")) {
      sink.errors.push({
        sectionKey,
        path: at("commentary"),
        code: "commentary-required",
        message: `Explain why ${name} is ${update.status === "at-risk" ? "at risk" : "off track"} and what you are doing about it.`,
      });
    } else if (noCommentary && update.revisedDate && update.revisedDate !== lastDate) {
      sink.errors.push({
        sectionKey,
        path: at("commentary"),
        code: "date-moved-commentary-required",
        message: `Explain why the date of ${name} moved from ${formatDate(lastDate)} to ${formatDate(update.revisedDate)}.`,
      });
    } else if (noCommentary && before?.status === "complete" && update.status !== "complete") {
      sink.errors.push({
        sectionKey,
        path: at("commentary"),
        code: "no-longer-complete-commentary-required",
        message: `${name} was complete last quarter. Explain why it is no longer complete.`,
      });
    }
    const expected = update.revisedDate ?? milestone.plannedDate;
    if (period && update.status !== "complete" && expected <= period.covers.to) {
      sink.warnings.push({
        sectionKey,
        path: at("revisedDate"),
        code: "milestone-overdue",
        message: `${name} was due by ${formatDate(expected)}, before the end of the quarter this return covers, but is not complete. Give a revised date, or explain the delay.`,
      });
    }
  }
}

function checkExpectations(current: ReturnSections, previous: ReturnSections, context: ReturnContext, period: ReportingPeriod | undefined, sink: Sink): void {
  const sectionKey = "minimum-expectations";
  const ids = context.planExpectationIds ?? expectationsFor({ kind: "minimum" }).map((e) => e.id);
  const updates = current["minimum-expectations"]?.expectations ?? {};
  for (const id of Object.keys(updates)) {
    if (!findExpectation(id)) {
      sink.errors.push({ sectionKey, path: fieldName("expectations", id), code: "unknown-expectation", message: `"${id}" is not an expectation of the programme. Remove it.` });
    }
  }
  for (const id of ids) {
    const expectation = findExpectation(id);
    if (!expectation) continue;
    const update = updates[id];
    const before = previous["minimum-expectations"]?.expectations[id];
    const at = (field: string) => fieldName("expectations", id, field);
    const guidanceHref = `/catalogue#${id}`;
    const name = `"${expectation.summary}"`;
    if (!update?.progress) {
      sink.errors.push({ sectionKey, path: at("progress"), code: "expectation-progress-missing", message: `Select the progress on ${name}.`, guidanceHref });
      continue;
    }
    if (update.progress === "met" && isBlank(update.evidence)) {
      sink.errors.push({ sectionKey, path: at("evidence"), code: "evidence-required", message: `Describe the evidence that ${name} is met.`, guidanceHref });
    }
    if (before?.progress === "met" && update.progress !== "met" && isBlank(update.noLongerMetReason)) {
      sink.errors.push({
        sectionKey,
        path: at("noLongerMetReason"),
        code: "no-longer-met-reason-required",
        message: `${name} was met last quarter. Explain why it is no longer met.`,
        guidanceHref,
      });
    }
    if (period && expectation.deadline && expectation.deadline <= period.covers.to && update.progress !== "met") {
      sink.warnings.push({
        sectionKey,
        path: at("progress"),
        code: "deadline-passed",
        message: `${name} was due to be met by ${formatDate(expectation.deadline)}. Explain when it will be met.`,
        guidanceHref,
      });
    }
  }
}

function checkRisks(current: ReturnSections, previous: ReturnSections, sink: Sink): void {
  const sectionKey = "risks";
  const risks = current.risks?.risks ?? [];
  risks.forEach((risk, index) => {
    const at = (field: string) => fieldName("risks", index, field);
    if (risk.status === "open" && risk.rating === "red") {
      if (isBlank(risk.mitigation))
        sink.errors.push({ sectionKey, path: at("mitigation"), code: "red-risk-mitigation-required", message: `"${risk.title}" is rated red. Describe how you are mitigating it.` });
      if (isBlank(risk.owner))
        sink.errors.push({ sectionKey, path: at("owner"), code: "red-risk-owner-required", message: `"${risk.title}" is rated red. Name the person who owns it.` });
    }
    if (risk.status === "closed" && isBlank(risk.closedReason)) {
      sink.errors.push({ sectionKey, path: at("closedReason"), code: "closed-reason-required", message: `Explain why "${risk.title}" is closed.` });
    }
  });
  const ids = new Set(risks.map((r) => r.id));
  for (const before of previous.risks?.risks ?? []) {
    if (before.status === "open" && !ids.has(before.id)) {
      sink.errors.push({
        sectionKey,
        path: "risks",
        code: "open-risk-removed",
        message: `"${before.title}" was open last quarter. Keep it in the register, and close it with a reason if it no longer applies.`,
      });
    }
  }
}

function checkSuccesses(current: ReturnSections, sink: Sink): void {
  const section = current.successes;
  if (!section || (section.successes.length === 0 && !section.nothingToReport)) {
    sink.errors.push({
      sectionKey: "successes",
      path: "successes",
      code: "successes-not-answered",
      message: "Add at least one success or example of good practice, or confirm there is nothing to report this quarter.",
      guidanceHref: RETURNS_REF,
    });
  }
}

function checkAnnualQuestions(current: ReturnSections, sink: Sink): void {
  const answers = current["annual-questions"];
  const questions = [
    ["serviceImprovements", "Describe the improvements you have made to services this year."],
    ["jointWorking", "Describe how you are taking a joined-up approach to delivery with local partners."],
  ] as const;
  for (const [field, message] of questions) {
    if (isBlank(answers?.[field])) sink.errors.push({ sectionKey: "annual-questions", path: field, code: "annual-answer-required", message, guidanceHref: RETURNS_REF });
  }
}

function toIssue(issue: MetricIssue): Issue {
  const location = locateMetricPath(issue.metricId);
  return {
    sectionKey: location.sectionKey,
    path: fieldName(...location.segments),
    code: issue.code,
    message: issue.message,
    guidanceHref: `/catalogue#${location.metricId}`,
  };
}

function checkManagementInformation(current: ReturnSections, context: ReturnContext, sink: Sink): void {
  const values: Record<string, unknown> = { ...(current.metrics?.metrics ?? {}) };
  if (current.services) values[SERVICE_REGISTER_METRIC_ID] = current.services.services;
  const { errors, warnings } = checkMetricValues({ values, previous: previousMetricValues(context.previous) });
  sink.errors.push(...errors.map(toIssue));
  sink.warnings.push(...warnings.map(toIssue));

  // Which metrics are due is the return's decision (metric-rules.ts checks only what is given). A missing
  // minimum figure is a warning, not an error: the guide expects some figures to lag (population rates).
  if (!current.services?.services.length) {
    sink.warnings.push({
      sectionKey: SERVICES_SECTION,
      path: "services",
      code: "metric-not-given",
      message: "The register of services is empty. Add the services offered in your area, or explain why there are none yet.",
      guidanceHref: `/catalogue#${SERVICE_REGISTER_METRIC_ID}`,
    });
  }
  for (const metric of RETURN_METRICS) {
    if (metric.level !== "minimum" || !isMetricDue(metric, context.includesAnnualQuestions) || values[metric.id] !== undefined) continue;
    sink.warnings.push({
      sectionKey: "metrics",
      path: metricFieldName(metric.id),
      code: "metric-not-given",
      message: `${metric.label} is not given. Enter it, or explain why it is not available.`,
      guidanceHref: `/catalogue#${metric.id}`,
    });
  }
}

/** Every rule of a delivery return. `document` is the stored document (each section as saved). */
export function checkReturn(document: SubmissionDocument, context: ReturnContext): CheckResult {
  const sink: Sink = { errors: [], warnings: [] };
  const current = parseSections(document, context, sink);
  const previous = readReturnDocument(context.previous);
  const period = periodById(context.periodId);
  checkMilestones(current, previous, context, period, sink);
  checkExpectations(current, previous, context, period, sink);
  checkRisks(current, previous, sink);
  checkSuccesses(current, sink);
  if (context.includesAnnualQuestions) checkAnnualQuestions(current, sink);
  checkManagementInformation(current, context, sink);
  return sink;
}
