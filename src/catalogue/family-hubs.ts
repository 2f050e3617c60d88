import { HUB_OPENING, YEAR_ONE_END } from "./deadlines";
import { expectationGroup } from "./define-expectation";

// The family hubs strand has no bulleted minimum/go-further lists in the guide: its detail is in Annexes E and F,
// which are separate documents. These entries restate what Section 2 itself asks; framework.ts holds the criteria.
const SECTION_2 =
  "Section 2: taking part in the Family Hubs and Start for Life programme – what this will mean for your local authority area";
const FRAMEWORK = "Family hub model framework";
const SERVICES = "Family hub service expectations";
const S = "family-hubs";

const min = (heading: string) => expectationGroup({ strand: S, kind: "minimum", channel: "general", heading });
const minSystem = expectationGroup({ strand: S, kind: "minimum", channel: "system", heading: FRAMEWORK });
const gfSystem = expectationGroup({ strand: S, kind: "go-further", channel: "system", heading: FRAMEWORK });
// The service expectations name three ways services reach families; each becomes a channel-specific minimum.
const minHub = expectationGroup({ strand: S, kind: "minimum", channel: "hub", heading: SERVICES });
const minNetwork = expectationGroup({ strand: S, kind: "minimum", channel: "network", heading: SERVICES });
const minVirtual = expectationGroup({ strand: S, kind: "minimum", channel: "virtual", heading: SERVICES });
const gfGeneral = expectationGroup({ strand: S, kind: "go-further", channel: "general", heading: SERVICES });

export const FAMILY_HUBS_EXPECTATIONS = [
  min("Delivering change for families in year one – opening family hubs")(
    "family-hubs.min.general.open-hubs",
    "Open family hubs and make a visible difference for families by the end of June 2023 (the hub opening milestone).",
    { deadline: HUB_OPENING },
  ),
  min(`${SECTION_2} > Delivery expectations`)(
    "family-hubs.min.general.deliver-through-hub-model",
    "Deliver services through the local family hub model.",
  ),
  min("Funded services: delivery expectations > Local needs assessment")(
    "family-hubs.min.general.local-needs-assessment",
    "Carry out a local population needs assessment in 2022–23, or show that a recent one exists (for example from the early help strategy), to shape service design and delivery.",
    { deadline: YEAR_ONE_END },
  ),
  min(SERVICES)(
    "family-hubs.min.general.integrate-existing-services",
    "Bring existing family services that the programme does not fund into the family hub model, to raise awareness and take-up.",
  ),
  minSystem(
    "family-hubs.min.system.basic-model-criteria",
    "Meet every level 1 (basic model) criterion of the family hub model framework over the three funded years.",
  ),
  minSystem(
    "family-hubs.min.system.specified-developed-criteria",
    "Meet the specific level 2 (developed model) criteria that the framework makes compulsory.",
  ),
  minHub(
    "family-hubs.min.hub.face-to-face-services",
    "Each family hub offers in person the services that Annex F expects to be available face to face.",
  ),
  minNetwork(
    "family-hubs.min.network.network-services",
    "Services that Annex F expects families to reach through the hub but receive elsewhere (outreach, youth centres, clinical, voluntary or faith settings) are available across the network.",
  ),
  minVirtual(
    "family-hubs.min.virtual.virtual-services",
    "Services that Annex F expects to be online, as static information or interactive virtual services, are offered through the hub.",
  ),
  gfSystem(
    "family-hubs.gf.system.further-developed-criteria",
    "Meet additional level 2 (developed model) criteria beyond the compulsory ones, for example by maturing existing hubs.",
  ),
  gfSystem("family-hubs.gf.system.more-hubs", "Increase the number of family hubs in the area."),
  gfGeneral(
    "family-hubs.gf.general.service-go-furthers",
    "Go beyond the Annex F minimum for family services the programme does not fund; areas with more mature hubs are expected to commit to more of these.",
  ),
] as const;
