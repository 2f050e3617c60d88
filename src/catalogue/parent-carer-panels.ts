import { YEAR_ONE_END } from "./deadlines";
import { expectationGroup } from "./define-expectation";

const H = "Minimum expectations and 'go further' options for funded services and activities > Parent and Carer Panels";

// The guide gives no delivery channel for panels. Every minimum here describes the panel that must be
// established "by April 2023" (Year one: funded services), so all of them take that earlier deadline.
const min = expectationGroup({
  strand: "parent-carer-panels",
  kind: "minimum",
  channel: "general",
  heading: `${H} > Minimum expectations`,
});
const gf = expectationGroup({
  strand: "parent-carer-panels",
  kind: "go-further",
  channel: "general",
  heading: `${H} > 'Go further' options`,
});
const byYearOneEnd = { deadline: YEAR_ONE_END } as const;

export const PARENT_CARER_PANEL_EXPECTATIONS = [
  min(
    "parent-carer-panels.min.general.diverse-membership",
    "Panel members are diverse: pregnant women or their partners and parents and carers of under-twos, optionally parents of older children who recently used Start for Life services; membership is refreshed every year.",
    byYearOneEnd,
  ),
  min(
    "parent-carer-panels.min.general.inclusive-format",
    "Panels vary their length or format (for example breakout groups) so every member's view is heard.",
    byYearOneEnd,
  ),
  min(
    "parent-carer-panels.min.general.regular-meetings",
    "Panels meet regularly at a frequency agreed with the parents and carers on them, and at least every two months.",
    byYearOneEnd,
  ),
  min(
    "parent-carer-panels.min.general.supported-attendance",
    "Parents and carers are actively helped to attend and take part, including through expenses and incentives such as food and drink, vouchers, qualifications or funded childcare.",
    byYearOneEnd,
  ),
  min(
    "parent-carer-panels.min.general.insights-to-accountable-lead",
    "Insights from the panel are passed to the single accountable lead to shape local service design, planning and delivery.",
    byYearOneEnd,
  ),
  min(
    "parent-carer-panels.min.general.digital-access",
    "Members can take part in the panel digitally, for example by alternating face-to-face and online meetings.",
    byYearOneEnd,
  ),
  gf(
    "parent-carer-panels.gf.general.wider-engagement",
    "Participants are engaged between meetings, and more parents and carers beyond the panel are reached, via existing organisations (calls, surveys) or a parent champion model.",
  ),
  gf(
    "parent-carer-panels.gf.general.input-across-planning",
    "Parents and carers contribute at several levels of business planning, from first deciding which services to offer through to improving existing ones.",
  ),
  gf(
    "parent-carer-panels.gf.general.act-on-feedback",
    "Feedback from the panel on the family hubs and the Start for Life offer (for example breastfeeding, mental health, parenting) is acted on, with reports on service improvements shared with cabinet or executive committees.",
  ),
] as const;
