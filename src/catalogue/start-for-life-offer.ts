import { YEAR_ONE_END } from "./deadlines";
import { expectationGroup } from "./define-expectation";

const H =
  "Minimum expectations and 'go further' options for funded services and activities > Publishing the start for life offer";

// The guide gives no delivery channel here. The minimums define what publishing the offer means, and the
// offer must be published "by April 2023" (Year one: funded services), so all of them take that deadline.
const min = expectationGroup({
  strand: "start-for-life-offer",
  kind: "minimum",
  channel: "general",
  heading: `${H} > Minimum expectations`,
});
const gf = expectationGroup({
  strand: "start-for-life-offer",
  kind: "go-further",
  channel: "general",
  heading: `${H} > 'Go further' options`,
});
const byYearOneEnd = { deadline: YEAR_ONE_END } as const;

export const START_FOR_LIFE_OFFER_EXPECTATIONS = [
  min(
    "start-for-life-offer.min.general.digital-offer",
    "The offer is published online, with all Start for Life services and support brought together in one place.",
    byYearOneEnd,
  ),
  min(
    "start-for-life-offer.min.general.hard-copy-before-birth",
    "Every parent-to-be receives a printed version of the area's Start for Life offer before the birth.",
    byYearOneEnd,
  ),
  min(
    "start-for-life-offer.min.general.physical-materials",
    "Posters, leaflets and other printed materials are available where parents and carers go, such as libraries, community and faith centres, GP surgeries, hubs and midwifery units.",
    byYearOneEnd,
  ),
  min(
    "start-for-life-offer.min.general.staff-connect-to-offer",
    "Hub staff who deal with parents and carers can link families to the Start for Life offer.",
    byYearOneEnd,
  ),
  gf(
    "start-for-life-offer.gf.general.single-click",
    "The offer can be reached in a single click from the council's main web page.",
  ),
  gf(
    "start-for-life-offer.gf.general.issue-specific-materials",
    "Printed materials on specific issues are available where parents and carers go, such as libraries, hubs and GP surgeries.",
  ),
  gf(
    "start-for-life-offer.gf.general.social-media-outreach",
    "The offer is promoted on social media and through further outreach suited to local communities.",
  ),
  gf(
    "start-for-life-offer.gf.general.neighbouring-areas",
    "Neighbouring local authorities work together so parents can find Start for Life support in nearby areas where relevant.",
  ),
] as const;
