import { notFound } from "next/navigation";
import { SectionPageFrame } from "@/components/submission/section-page-frame";
import { listFieldsExcept } from "@/domain/plan/form-fields";
import type { TPlanHubs } from "@/schemas/plan/hubs";
import { planPath } from "@/server/plans/load-plan-page";
import { loadEditablePlanSection } from "../section-page";
import { HubForm } from "./hub-form";

/** The saved hubs and the one a route's `[index]` names (404 if there is none). */
export async function loadHub(gssCode: string, index?: string) {
  const page = await loadEditablePlanSection(gssCode, "hubs");
  const hubs = (page.data as TPlanHubs | undefined)?.hubs ?? [];
  if (index === undefined) return { page, hubs, position: hubs.length, hub: undefined };
  const position = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const hub = hubs[position];
  if (!hub) notFound();
  return { page, hubs, position, hub };
}

/** Add a hub (no index) or change one. */
export async function HubPage({ gssCode, index }: { gssCode: string; index?: string }) {
  const { page, hubs, position, hub } = await loadHub(gssCode, index);
  const listPath = planPath(page.la.gssCode, "hubs");
  return (
    <SectionPageFrame backHref={listPath} backText="Back to your hubs and sites" caption={`${page.la.name} – delivery plan`} title={hub ? `Change ${hub.name}` : "Add a family hub or site"} comment={page.comment}>
      <HubForm action={page.save(listPath)} version={page.version} index={position} saved={hub} others={listFieldsExcept(hubs, "hubs", position)} />
    </SectionPageFrame>
  );
}
