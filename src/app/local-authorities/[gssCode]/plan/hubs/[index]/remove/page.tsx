import type { Metadata } from "next";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { RemoveForm } from "@/components/plan/remove-form";
import { listFieldsExcept } from "@/domain/plan/form-fields";
import { hubKindLabel } from "@/domain/plan/labels";
import { planPath } from "@/server/plans/load-plan-page";
import { loadHub } from "../../hub-page";

export const metadata: Metadata = { title: "Remove a family hub or site" };

export default async function RemoveHubPage({ params }: { params: Promise<{ gssCode: string; index: string }> }) {
  const { gssCode, index } = await params;
  const { page, hubs, position, hub } = await loadHub(gssCode, index);
  const listPath = planPath(page.la.gssCode, "hubs");
  return (
    <SectionPageFrame backHref={listPath} backText="Back to your hubs and sites" caption={`${page.la.name} – delivery plan`} title={`Are you sure you want to remove ${hub?.name ?? "this site"}?`}>
      <p className="govuk-body">
        {hubKindLabel(hub?.kind)}
        {hub?.postcode ? `, ${hub.postcode}` : ""}. It will be removed from the plan when you confirm.
      </p>
      <RemoveForm action={page.save(listPath)} version={page.version} fields={listFieldsExcept(hubs, "hubs", position)} submitText="Yes, remove it" cancelHref={listPath} />
    </SectionPageFrame>
  );
}
