import Link from "next/link";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatPounds, fundingLineById } from "@/catalogue/funding";
import { STATUS_LABELS } from "@/domain/submissions/workflow";
import { allocationsForLocalAuthority } from "@/server/allocations/load-allocations";
import { getDatabase } from "@/server/db/database";
import { signUpPath } from "@/server/sign-up/load-sign-up";
import { SIGN_UP_PERIOD } from "@/server/sign-up/sign-up-kind";

// The LA home page's sign-up status and allocations. The page has already checked the actor may see this LA.

export async function SignUpStatus({ localAuthorityGss }: { localAuthorityGss: string }) {
  const { db } = await getDatabase();
  const latest = await db.submission.findFirst({ where: { kind: "SIGN_UP", localAuthorityGss, periodKey: SIGN_UP_PERIOD }, orderBy: { revision: "desc" }, select: { status: true } });
  return (
    <>
      <h2 className="govuk-heading-m">Programme sign-up</h2>
      <p>
        {latest ? `Status: ${STATUS_LABELS[latest.status]}.` : "Not started."} <Link href={signUpPath(localAuthorityGss)}>{latest ? "Go to the sign-up" : "Start the sign-up"}</Link>
      </p>
    </>
  );
}

export async function AllocationsSection({ localAuthorityGss }: { localAuthorityGss: string }) {
  const { db } = await getDatabase();
  const rows = await allocationsForLocalAuthority(db, localAuthorityGss);
  return (
    <>
      <h2 className="govuk-heading-m">Allocations</h2>
      {rows.length === 0 ? (
        <p>No allocations have been recorded yet.</p>
      ) : (
        <Table
          caption="Indicative allocations and trailblazer top-ups"
          captionVisuallyHidden
          head={["Financial year", "Funding line", { text: "Amount", numeric: true }]}
          rowKeys={rows.map((r) => r.id)}
          rows={rows.map((r) => [
            r.financialYear,
            <>
              {fundingLineById(r.fundingLineId)?.label ?? r.fundingLineId} {r.source === "TRAILBLAZER_TOP_UP" && <Tag colour="purple">Trailblazer top-up</Tag>}
            </>,
            formatPounds(r.amountPence, { showPence: true }),
          ])}
        />
      )}
    </>
  );
}
