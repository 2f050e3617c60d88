import type { Metadata } from "next";
import { ServicesForm } from "@/components/returns/services-form";
import { SERVICE_FIELDS, type TReturnServices } from "@/schemas/return/services";
import { loadEditableReturnSection, ReturnSectionFrame, type ReturnSectionParams } from "../section-page";

export const metadata: Metadata = { title: "Register of services" };

export default async function ServicesPage({ params }: ReturnSectionParams) {
  const { gssCode, periodId } = await params;
  const page = await loadEditableReturnSection(gssCode, periodId, "services");
  return (
    <ReturnSectionFrame
      back={page.taskList}
      caption={`${page.la.name} – ${page.period.label}`}
      title="Register of services"
      comment={page.comment}
      intro={<p>List the services offered to families in your area. Last quarter’s register is carried forward: change what has changed, remove services that have closed and add new ones.</p>}
    >
      <ServicesForm key={page.version} action={page.action} autosave={page.autosave} version={page.version} fields={SERVICE_FIELDS} saved={(page.data as TReturnServices | undefined)?.services} />
    </ReturnSectionFrame>
  );
}
