// Plain-English names for the catalogue's codes, as the catalogue page shows them.
import type { FundingType } from "@/catalogue/funding";
import type { MetricFrequency, MetricUnit } from "@/catalogue/metric-model";
import type { Channel, CriterionRequirement, ExpectationKind, FrameworkLevel, FrameworkPrincipleId, StrandId } from "@/catalogue/types";

export const KIND_LABELS: Record<ExpectationKind, string> = {
  minimum: "Minimum expectation",
  "go-further": "Go further option",
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  hub: "Face to face at a family hub",
  virtual: "Virtual",
  network: "Through the family hub network",
  system: "System level",
  general: "General",
};

export const UNIT_LABELS: Record<MetricUnit, string> = {
  count: "Number",
  percentage: "Percentage",
  boolean: "Yes or no",
  days: "Days",
  hours: "Hours",
  "times-per-year": "Times a year",
  text: "Text",
  date: "Date",
  choice: "One option from a list",
  choices: "Options from a list",
  breakdown: "Numbers by category",
  records: "List of records",
};

export const FREQUENCY_LABELS: Record<MetricFrequency, string> = {
  quarterly: "Quarterly",
  annual: "Once a year",
  evaluation: "By the national evaluation",
};

export const PRINCIPLE_LABELS: Record<FrameworkPrincipleId | "cross-cutting", string> = {
  access: "Access",
  connection: "Connection",
  relationships: "Relationships",
  "cross-cutting": "All three principles",
};

export const LEVEL_LABELS: Record<FrameworkLevel, string> = { 1: "Basic model", 2: "Developed model" };

export const REQUIREMENT_LABELS: Record<CriterionRequirement, string> = {
  required: "Required",
  "go-further": "Go further",
};

export const FUNDING_TYPE_LABELS: Record<FundingType, string> = { resource: "Programme (resource)", capital: "Capital" };

export function strandLabel(strands: readonly { id: StrandId; name: string }[], id: StrandId): string {
  return strands.find((s) => s.id === id)?.name ?? id;
}
