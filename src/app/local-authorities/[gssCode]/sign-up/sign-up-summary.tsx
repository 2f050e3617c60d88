import type { ReactNode } from "react";
import { SummaryList, type SummaryListRow } from "@/components/summary-list";
import type { DocumentSection } from "@/components/submission/document-view";
import { SIGN_UP } from "@/catalogue/cohorts";
import { findExpectation, getStrand } from "@/catalogue/lookup";
import { ADDITIONAL_DELIVERY_EXPECTATIONS } from "@/catalogue/programme";
import { formatDate } from "@/domain/dates";
import { SIGN_UP_SECTIONS } from "@/domain/sign-up/sections";
import type { Issue, SubmissionDocument } from "@/domain/submissions/types";
import { ZCommitments } from "@/schemas/sign-up/commitments";
import { ZConsultees } from "@/schemas/sign-up/consultees";
import { ZEifSupport } from "@/schemas/sign-up/eif-support";
import { GO_FURTHER_STRANDS, ZGoFurtherIntentions } from "@/schemas/sign-up/go-further-intentions";
import { ZResearch } from "@/schemas/sign-up/research";
import { ZSignatories } from "@/schemas/sign-up/signatories";
import { ZTrailblazerApplication, type TTrailblazerApplication } from "@/schemas/sign-up/trailblazer-application";
import { PROGRAMME_END } from "@/catalogue/deadlines";

// Read-only rendering of each sign-up section, for check answers, sign-off and the trailblazer panel.

const NOT_ANSWERED = "Not answered";
const yesNo = (v: string | undefined) => (v === "yes" ? "Yes" : v === "no" ? "No" : NOT_ANSWERED);
const text = (v: string | undefined) => (v ? <span className="whitespace-pre-line">{v}</span> : NOT_ANSWERED);
const goFurtherList = (ids: readonly string[] | undefined) =>
  ids?.length ? (
    <ul className="govuk-list govuk-list--bullet">
      {ids.map((id) => (
        <li key={id}>{findExpectation(id)?.summary ?? id}</li>
      ))}
    </ul>
  ) : (
    "None"
  );

function rowsFor(key: string, data: unknown): SummaryListRow[] {
  switch (key) {
    case "commitments": {
      const d = ZCommitments.safeParse(data).data;
      return [
        { key: `Every minimum expectation by ${formatDate(PROGRAMME_END)}`, value: d?.minimumExpectations ? "Committed" : "Not confirmed" },
        ...ADDITIONAL_DELIVERY_EXPECTATIONS.map((e) => {
          const a = d?.additional[e.expectationId];
          return { key: `${e.number}. ${e.title}`, value: a?.response === "confirmed" ? "Committed" : a?.response === "opt-out" ? `Opted out: ${a.optOutReason ?? "no reason given"}` : NOT_ANSWERED };
        }),
      ];
    }
    case "go-further-intentions": {
      const d = ZGoFurtherIntentions.safeParse(data).data;
      return [...GO_FURTHER_STRANDS.map((s) => ({ key: getStrand(s).name, value: goFurtherList(d?.goFurthers[s]) })), { key: "Other ideas", value: d?.otherIdeas ? text(d.otherIdeas) : "None" }];
    }
    case "signatories": {
      const d = ZSignatories.safeParse(data).data;
      return SIGN_UP.signatories.map((s) => {
        const p = d?.signatories[s.id];
        return { key: s.label, value: p?.name ? `${p.name}${p.dateSigned ? `, signed ${formatDate(p.dateSigned)}` : ", date not given"}` : NOT_ANSWERED };
      });
    }
    case "consultees": {
      const d = ZConsultees.safeParse(data).data;
      return SIGN_UP.consultees.map((c) => {
        const rows = d?.consultees[c.id] ?? [];
        return {
          key: c.label,
          value: rows.length ? (
            <ul className="govuk-list">
              {rows.map((r, i) => (
                <li key={i}>
                  {r.name ?? "Name not given"}, {r.role ?? "role not given"}
                </li>
              ))}
            </ul>
          ) : (
            NOT_ANSWERED
          ),
        };
      });
    }
    case "eif-support": {
      const d = ZEifSupport.safeParse(data).data;
      return [
        { key: "Support requested", value: yesNo(d?.request) },
        ...(d?.request === "yes"
          ? [
              { key: "How developed the system is", value: text(d.maturity) },
              { key: "What the support would help with", value: text(d.needs) },
              { key: "Willing to commit", value: d.willingToEngage ? "Yes" : "Not confirmed" },
            ]
          : []),
      ];
    }
    case "research": {
      const d = ZResearch.safeParse(data).data;
      return [
        { key: "Interested in the research", value: yesNo(d?.interested) },
        ...(d?.interested === "yes" ? [{ key: "Contact", value: [d.contactName, d.contactEmail].filter(Boolean).join(", ") || NOT_ANSWERED }] : []),
      ];
    }
    case "trailblazer-application":
      return trailblazerRows(ZTrailblazerApplication.safeParse(data).data);
    default:
      return [];
  }
}

export function trailblazerRows(d: TTrailblazerApplication | undefined): SummaryListRow[] {
  if (d?.applying !== "yes") return [{ key: "Applying to be a trailblazer", value: yesNo(d?.applying) }];
  return [
    { key: "Applying to be a trailblazer", value: "Yes" },
    { key: "Strands", value: d.strands.map((s) => getStrand(s).name).join(", ") || NOT_ANSWERED },
    ...d.strands.flatMap((s) => {
      const plan = d.plans[s];
      const name = getStrand(s).name;
      return [
        { key: `${name}: plans`, value: text(plan?.ambition) },
        { key: `${name}: go-further options in 2022 to 2023`, value: goFurtherList(plan?.goFurtherIds) },
        { key: `${name}: existing offer`, value: text(plan?.existingOffer) },
      ];
    }),
    { key: "How families will know their hubs", value: text(d.familyHubAccess) },
    { key: "Existing family hubs offer", value: text(d.familyHubsOffer) },
    { key: "Sharing expertise", value: text(d.sharingExpertise) },
    { key: "System maturity", value: text(d.systemMaturity) },
    { key: "Partners engaged", value: d.partnersEngaged ? "Yes" : "Not confirmed" },
  ];
}

export function SectionSummary({ sectionKey, data }: { sectionKey: string; data: unknown }): ReactNode {
  if (data === undefined) return <p>Not started</p>;
  return <SummaryList rows={rowsFor(sectionKey, data)} />;
}

/** Every section as a document-view card, with problem counts and change links when editable. */
export function signUpDocumentSections(document: SubmissionDocument, { changeHref, errors = [], warnings = [] }: { changeHref?: (key: string) => string; errors?: readonly Issue[]; warnings?: readonly Issue[] } = {}): DocumentSection[] {
  return SIGN_UP_SECTIONS.map((s) => ({
    key: s.key,
    title: s.title,
    content: <SectionSummary sectionKey={s.key} data={document[s.key]} />,
    changeHref: changeHref?.(s.key),
    errors: errors.filter((e) => e.sectionKey === s.key).length,
    warnings: warnings.filter((w) => w.sectionKey === s.key).length,
  }));
}
