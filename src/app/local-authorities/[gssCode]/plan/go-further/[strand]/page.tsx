import type { Metadata } from "next";
import { expectationsFor } from "@/catalogue/lookup";
import { CHANNEL_LABELS } from "@/app/catalogue/catalogue-labels";
import { Button } from "@/components/button";
import { Paragraphs } from "@/components/plan/hub-summary";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { SummaryCard } from "@/components/summary-card";
import { SummaryList } from "@/components/summary-list";
import { formFieldsOf } from "@/domain/plan/form-fields";
import { quarterLabel, quarterOptions } from "@/domain/plan/labels";
import { planPath } from "@/server/plans/load-plan-page";
import { chosenElsewhere, loadGoFurtherStrand } from "../go-further-page";
import { GoFurtherForm } from "./go-further-form";

export const metadata: Metadata = { title: "Going further" };

export default async function GoFurtherStrandPage({ params }: { params: Promise<{ gssCode: string; strand: string }> }) {
  const { gssCode, strand: strandId } = await params;
  const { page, strand, data } = await loadGoFurtherStrand(gssCode, strandId);
  const indexPath = planPath(page.la.gssCode, "go-further");
  const strandPath = (...rest: string[]) => planPath(page.la.gssCode, "go-further", strand.id, ...rest);
  const options = expectationsFor({ strand: strand.id, kind: "go-further" });
  const ideas = data.own.map((idea, index) => ({ idea, index })).filter(({ idea }) => idea.strand === strand.id);
  return (
    <SectionPageFrame backHref={indexPath} backText="Back to going further" caption={`${page.la.name} – going further`} title={strand.name} comment={page.comment}>
      {options.length > 0 ? (
        <GoFurtherForm
          action={page.save(indexPath)}
          version={page.version}
          strandName={strand.name}
          options={options.map((o) => ({ id: o.id, summary: o.summary, channel: o.channel === "general" ? undefined : CHANNEL_LABELS[o.channel] }))}
          saved={Object.fromEntries(options.flatMap((o) => (data.chosen[o.id] ? [[o.id, data.chosen[o.id]!]] : [])))}
          // Everything else in the section travels with the form, so unticking every option here is saved too.
          others={[...formFieldsOf(chosenElsewhere(data, strand.id), "chosen"), ...formFieldsOf(data.own, "own")]}
          quarters={quarterOptions()}
        />
      ) : (
        <p className="govuk-body">The programme guide has no ‘go further’ options for this strand. Add your own ideas below.</p>
      )}
      <h2 className="govuk-heading-m">Your own ideas</h2>
      <p className="govuk-body">
        Ideas of your own for going further in {strand.name.toLowerCase()}.{options.length > 0 ? " Save the options above before adding an idea, or your changes to them will be lost." : ""}
      </p>
      {ideas.length === 0 && <p className="govuk-body">You have not added any ideas of your own for this strand.</p>}
      {ideas.map(({ idea, index }) => (
        <SummaryCard
          key={index}
          title={idea.title}
          titleText={idea.title}
          titleLevel={3}
          actions={[
            { href: strandPath("ideas", String(index)), text: "Change" },
            { href: strandPath("ideas", String(index), "remove"), text: "Remove" },
          ]}
        >
          <SummaryList
            rows={[
              { key: "Description", value: <Paragraphs text={idea.description} /> },
              { key: "Starts", value: quarterLabel(idea.startQuarter) },
            ]}
          />
        </SummaryCard>
      ))}
      <Button href={strandPath("ideas", "add")} variant="secondary">
        {ideas.length === 0 ? "Add an idea of your own" : "Add another idea"}
      </Button>
    </SectionPageFrame>
  );
}
