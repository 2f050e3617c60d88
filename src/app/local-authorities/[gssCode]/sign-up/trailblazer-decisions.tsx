import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TRAILBLAZERS, type TrailblazerStrand } from "@/catalogue/cohorts";
import { formatPounds } from "@/catalogue/funding";
import { getStrand } from "@/catalogue/lookup";
import { topUpFor } from "@/catalogue/cohorts";
import { getDatabase } from "@/server/db/database";

/** What the panel decided on the LA's trailblazer application, with its feedback. The caller checked access to the LA. */
export async function TrailblazerDecisions({ localAuthorityGss }: { localAuthorityGss: string }) {
  const { db } = await getDatabase();
  const application = await db.trailblazerApplication.findUnique({
    where: { localAuthorityGss },
    select: { wave: true, strands: true, submittedAt: true, decisions: { select: { strand: true, wave: true, decision: true, feedback: true }, orderBy: { wave: "desc" } } },
  });
  if (!application) return null;
  const strands = application.strands as TrailblazerStrand[];
  return (
    <>
      <h2 className="govuk-heading-m" id="trailblazer-decisions">
        Your trailblazer application
      </h2>
      <p>Considered in wave {application.wave} of {TRAILBLAZERS.waves.length}.</p>
      <Table
        caption="Decisions by strand"
        captionSize="s"
        head={["Strand", "Decision", "Feedback"]}
        rowKeys={strands}
        rows={strands.map((strand) => {
          const latest = application.decisions.find((d) => d.strand === strand);
          const decision = !latest ? (
            <Tag colour="grey">Awaiting decision</Tag>
          ) : latest.decision === "SELECTED" ? (
            <>
              <Tag colour="green">Selected</Tag> <span className="block govuk-font-16">Top-up {formatPounds(topUpFor(strand))} in 2022 to 2023</span>
            </>
          ) : (
            <Tag colour="red">Not selected</Tag>
          );
          return [getStrand(strand).name, decision, latest?.feedback ?? ""];
        })}
      />
    </>
  );
}
