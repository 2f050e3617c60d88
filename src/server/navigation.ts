import { can, type Actor } from "@/domain/permissions";
import type { HeaderNavigationItem } from "@/components/header";

/** The header links each role sees. */
export function navigationFor(actor: Actor): HeaderNavigationItem[] {
  const items: HeaderNavigationItem[] = [];
  if (actor.localAuthorityGss) items.push({ href: `/local-authorities/${actor.localAuthorityGss}`, text: "Home" });
  if (can(actor, "la.list")) items.push({ href: "/local-authorities", text: "Local authorities" });
  if (can(actor, "dashboard.view")) items.push({ href: "/dashboard", text: "Dashboard" });
  if (can(actor, "dashboard.view")) items.push({ href: "/review", text: "Waiting for review" });
  if (can(actor, "dashboard.view")) items.push({ href: "/analytics", text: "Analytics" });
  if (can(actor, "dashboard.view")) items.push({ href: "/risks", text: "Risks" });
  if (actor.localAuthorityGss) items.push({ href: `/local-authorities/${actor.localAuthorityGss}/insights`, text: "Insights" });
  items.push({ href: "/catalogue", text: "Programme expectations" });
  if (can(actor, "users.manage")) items.push({ href: "/admin/users", text: "Users" });
  if (can(actor, "outbox.view")) items.push({ href: "/admin/outbox", text: "Outbox" });
  return items;
}

/** Where each role lands after signing in. */
export function homePathFor(actor: Actor): string {
  return actor.localAuthorityGss ? `/local-authorities/${actor.localAuthorityGss}` : "/local-authorities";
}
