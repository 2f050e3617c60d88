import { PHYSICAL_ACCESS_TYPES, VIRTUAL_ACCESS_TYPES } from "@/catalogue/metrics-programme";
import type { MiReturnInput } from "./mi-series";

// Services by access type (from each LA's register of services in its return) and family hubs open (from
// each LA's approved delivery plan), for the analytics page.

export const ACCESS_TYPES = [
  ...PHYSICAL_ACCESS_TYPES.map((t) => ({ ...t, field: "physical-access-types" as const, group: "Physical" as const })),
  ...VIRTUAL_ACCESS_TYPES.map((t) => ({ ...t, field: "virtual-access-types" as const, group: "Virtual" as const })),
];

export interface AccessTypeCount {
  id: string;
  label: string;
  group: "Physical" | "Virtual";
  /** Services offering this kind of access. A service offering several is counted under each. */
  services: number;
  /** LAs with at least one such service. */
  localAuthorities: number;
}

/** Services offering each access type across the given returns (one period's, one per LA). */
export function servicesByAccessType(returns: readonly Pick<MiReturnInput, "localAuthorityGss" | "services">[]): { totalServices: number; accessTypes: AccessTypeCount[] } {
  const counts = ACCESS_TYPES.map((t) => ({ id: t.id, label: t.label, group: t.group, services: 0, las: new Set<string>() }));
  let totalServices = 0;
  for (const r of returns) {
    for (const service of r.services) {
      totalServices++;
      ACCESS_TYPES.forEach((type, i) => {
        const offered = service[type.field];
        if (Array.isArray(offered) && offered.includes(type.id)) {
          counts[i]!.services++;
          counts[i]!.las.add(r.localAuthorityGss);
        }
      });
    }
  }
  return { totalServices, accessTypes: counts.map(({ las, ...c }) => ({ ...c, localAuthorities: las.size })) };
}

export interface PlanHubsInput {
  localAuthorityGss: string;
  region: string;
  /** The plan's "hubs" section `hubs` list. */
  hubs: readonly Readonly<Record<string, unknown>>[];
}

/**
 * Family hubs open on each date: sites of kind "family-hub" whose opening date is on or before it, from each
 * LA's approved plan. Network sites, outreach and virtual offers are not hubs. Dates are London YYYY-MM-DD.
 */
export function hubsOpenOn(plans: readonly PlanHubsInput[], dates: readonly string[]): { total: number[]; byRegion: { region: string; counts: number[] }[] } {
  const regions = [...new Set(plans.map((p) => p.region))].sort();
  const opening = plans.map((p) => ({
    region: p.region,
    dates: p.hubs.flatMap((h) => (h.kind === "family-hub" && typeof h.openingDate === "string" ? [h.openingDate] : [])),
  }));
  const countOn = (date: string, region?: string) =>
    opening.filter((o) => region === undefined || o.region === region).reduce((n, o) => n + o.dates.filter((d) => d <= date).length, 0);
  return {
    total: dates.map((d) => countOn(d)),
    byRegion: regions.map((region) => ({ region, counts: dates.map((d) => countOn(d, region)) })),
  };
}
