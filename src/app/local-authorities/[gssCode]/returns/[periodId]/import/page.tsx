import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { WarningText } from "@/components/warning-text";
import { importMiAction } from "@/server/actions/imports/import-mi";
import { loadReturnPage } from "@/server/returns/load-return-page";
import { returnPath } from "@/server/returns/return-paths";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import management information from a spreadsheet" };

type Params = { params: Promise<{ gssCode: string; periodId: string }> };

export default async function ImportMiPage({ params }: Params) {
  const { gssCode, periodId } = await params;
  const page = await loadReturnPage(gssCode, periodId);
  const { la, period, permissions, submission, refusal } = page;
  if (!permissions.edit) notFound();
  const closed = refusal ?? (submission && submission.status !== "DRAFT" ? "This return has been sent for sign-off or submitted, so nothing can be imported into it." : null);
  const template = returnPath(la.gssCode, period.id, "template.xlsx");
  return (
    <>
      <BackLink href={returnPath(la.gssCode, period.id)}>Back to the {period.label}</BackLink>
      <main id="main-content" tabIndex={-1} className="govuk-main-wrapper">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <PageHeading caption={`${la.name} – ${period.label}`}>Import management information from a spreadsheet</PageHeading>
            <p>Instead of typing each figure, you can fill in the spreadsheet template and upload it. It holds the register of services and every figure of the return.</p>
            <ol className="govuk-list govuk-list-number">
              <li>
                <a href={template} download>
                  Download the template for the {period.label} (Excel, .xlsx)
                </a>
                . It already holds the figures you have entered, with last quarter’s beside them.
              </li>
              <li>Fill in the value column of the Metrics sheet, and a row per service on the Services sheet. Do not rename sheets or columns.</li>
              <li>Upload the whole workbook, or one sheet saved as CSV.</li>
            </ol>
            <p>
              Every row is checked before anything is imported. If any row has a problem, nothing is imported and each problem is listed by sheet, row and column. Imported figures
              replace the register of services and the figures already in the return.
            </p>
            {closed ? <WarningText>{closed}</WarningText> : <ImportForm action={importMiAction.bind(null, { gssCode: la.gssCode, periodId: period.id })} />}
            <p>
              <Link href={returnPath(la.gssCode, period.id)}>Return to the task list without importing</Link>
            </p>
          </div>
        </div>
      </main>
    </>
  );
}
