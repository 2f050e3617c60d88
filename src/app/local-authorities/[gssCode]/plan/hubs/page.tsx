import type { Metadata } from "next";
import { Button } from "@/components/button";
import { ButtonGroup } from "@/components/button-group";
import { HubSummary } from "@/components/plan/hub-summary";
import { SummaryCard } from "@/components/summary-card";
import { planPath } from "@/server/plans/load-plan-page";
import { PlanSectionFrame } from "../section-page";
import { loadHub } from "./hub-page";

export const metadata: Metadata = { title: "Family hubs and network sites" };

export default async function HubsPage({ params }: { params: Promise<{ gssCode: string }> }) {
  const { page, hubs } = await loadHub((await params).gssCode);
  const path = (...rest: string[]) => planPath(page.la.gssCode, "hubs", ...rest);
  return (
    <PlanSectionFrame gssCode={page.la.gssCode} laName={page.la.name} title="Family hubs and network sites" comment={page.comment}>
      <p className="govuk-body">
        List each family hub, network site, outreach or mobile service and virtual offer, with the date it opened or will open. The section is complete once at least one
        family hub is listed.
      </p>
      {hubs.length === 0 ? (
        <p className="govuk-body">You have not added any hubs or sites yet.</p>
      ) : (
        hubs.map((hub, i) => (
          <SummaryCard
            key={i}
            title={hub.name}
            titleText={hub.name}
            titleLevel={2}
            actions={[
              { href: path(String(i)), text: "Change" },
              { href: path(String(i), "remove"), text: "Remove" },
            ]}
          >
            <HubSummary hub={hub} />
          </SummaryCard>
        ))
      )}
      <ButtonGroup>
        <Button href={path("add")} variant="secondary">
          {hubs.length === 0 ? "Add a hub or site" : "Add another hub or site"}
        </Button>
        <Button href={planPath(page.la.gssCode)}>Return to your delivery plan</Button>
      </ButtonGroup>
    </PlanSectionFrame>
  );
}
