import { can, type Actor } from "@/domain/permissions";
import type { HeaderNavigationItem } from "@/components/header";

/** The header links each role sees. Administrators' tools are gathered on /admin to keep the header short. */
export function navigationFor(actor: Actor, unreadNotifications = 0): HeaderNavigationItem[] {
  const items: HeaderNavigationItem[] = [];
  if (actor.localAuthorityGss) items.push({ href: `/local-authorities/${actor.localAuthorityGss}`, text: "Home" });
  if (can(actor, "dashboard.view")) {
    items.push({ href: "/dashboard", text: "Dashboard" }, { href: "/review", text: "Waiting for review" }, { href: "/analytics", text: "Analytics" }, { href: "/risks", text: "Risks" });
  }
  if (can(actor, "signup.review")) items.push({ href: "/trailblazers", text: "Trailblazers" });
  items.push({ href: "/catalogue", text: "Programme expectations" });
  items.push({ href: "/notifications", text: unreadNotifications > 0 ? `Notifications (${unreadNotifications} new)` : "Notifications" });
  if (can(actor, "users.manage")) items.push({ href: "/admin", text: "Administration" });
  return items;
}

/** Where each role lands after signing in. */
export function homePathFor(actor: Actor): string {
  return actor.localAuthorityGss ? `/local-authorities/${actor.localAuthorityGss}` : "/local-authorities";
}
