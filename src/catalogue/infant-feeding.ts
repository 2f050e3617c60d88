import { expectationGroup } from "./define-expectation";

const H = "Minimum expectations and 'go further' options for funded services and activities > Infant feeding support";
const MIN = `${H} > Minimum expectations`;
const GF = `${H} > 'Go further' options`;
const HUB = "Services available face to face at a family hub building";
const VIRTUAL = "Virtual services available through the family hub";
const NETWORK = "Services available through the family hub and received elsewhere in the network";
const SYSTEM = "Systems-level initiatives";
const S = "infant-feeding";

const minHub = expectationGroup({ strand: S, kind: "minimum", channel: "hub", heading: `${MIN} > ${HUB}` });
const minVirtual = expectationGroup({ strand: S, kind: "minimum", channel: "virtual", heading: `${MIN} > ${VIRTUAL}` });
const minNetwork = expectationGroup({ strand: S, kind: "minimum", channel: "network", heading: `${MIN} > ${NETWORK}` });
const minSystem = expectationGroup({ strand: S, kind: "minimum", channel: "system", heading: `${MIN} > ${SYSTEM}` });
const gfHub = expectationGroup({ strand: S, kind: "go-further", channel: "hub", heading: `${GF} > ${HUB}` });
const gfVirtual = expectationGroup({ strand: S, kind: "go-further", channel: "virtual", heading: `${GF} > ${VIRTUAL}` });
const gfNetwork = expectationGroup({ strand: S, kind: "go-further", channel: "network", heading: `${GF} > ${NETWORK}` });
const gfSystem = expectationGroup({ strand: S, kind: "go-further", channel: "system", heading: `${GF} > ${SYSTEM}` });

// The guide asterisks some hub bullets. Under the minimum list the footnote says hub, virtually or network;
// under the go-further list it says hub or network only, so the two get different flags.
const anyChannel = { deliverableAnyChannel: true } as const;
const hubOrNetwork = { deliverableInNetwork: true } as const;

export const INFANT_FEEDING_EXPECTATIONS = [
  minHub(
    "infant-feeding.min.hub.breastfeeding-space",
    "The hub provides a welcoming, safe breastfeeding space where mothers can feed and connect with other breastfeeding parents.",
  ),
  minHub(
    "infant-feeding.min.hub.printed-information",
    "Printed information at the hub tells parents and carers how to reach local infant feeding support.",
  ),
  minHub(
    "infant-feeding.min.hub.antenatal-classes",
    "All expectant parents, including fathers and partners, are offered antenatal classes giving consistent advice on early relationships and on breastfeeding's benefits for baby and mother.",
    anyChannel,
  ),
  minHub(
    "infant-feeding.min.hub.antenatal-feeding-decision",
    "Parents are helped to decide before birth whether to breastfeed, knowing the likely challenges and the support on offer.",
    anyChannel,
  ),
  minHub(
    "infant-feeding.min.hub.postnatal-practical-help",
    "All parents can get individual hands-on help, on hospital wards and at hubs, from professionals or trained peers, to start breastfeeding, feed responsively and bond in the first days after birth.",
    anyChannel,
  ),
  minHub(
    "infant-feeding.min.hub.postnatal-contact",
    "Mothers are proactively contacted and offered feeding support soon after birth.",
    anyChannel,
  ),
  minHub("infant-feeding.min.hub.peer-support", "An infant feeding peer support service is in place.", anyChannel),
  minHub(
    "infant-feeding.min.hub.face-to-face-support",
    "In-person feeding support from professionals and trained peers is available via the hub, and staff are trained through an accredited programme to promote breastfeeding.",
    anyChannel,
  ),
  minHub(
    "infant-feeding.min.hub.complex-needs",
    "Staff can recognise and respond to more complex feeding needs, and families get timely help to keep breastfeeding for as long as they wish.",
    anyChannel,
  ),
  minHub(
    "infant-feeding.min.hub.tongue-tie-access",
    "Every reasonable effort is made to shorten waits for tongue-tie support and treatment.",
    anyChannel,
  ),
  minHub("infant-feeding.min.hub.drop-in-sessions", "Drop-in infant feeding sessions or groups run at the hub."),
  minHub(
    "infant-feeding.min.hub.equipment-loan",
    "Parents who need it can borrow equipment such as breast pumps from the hub, with staff sensitively showing them how to use it.",
  ),
  minHub(
    "infant-feeding.min.hub.key-contact",
    "Every family can reach a key contact at the hub who explains the infant feeding support open to them.",
  ),
  minVirtual(
    "infant-feeding.min.virtual.online-information",
    "Parents are pointed to reliable, evidence-based online feeding information and shown how to use it.",
  ),
  minVirtual(
    "infant-feeding.min.virtual.national-helplines",
    "Parents are actively pointed to virtual and out-of-hours help such as the National Breastfeeding Helpline and the Start for Life Breastfeeding Friend.",
  ),
  minVirtual(
    "infant-feeding.min.virtual.remote-support",
    "Remote or virtual feeding support is available to every parent and easy to access.",
  ),
  minNetwork(
    "infant-feeding.min.network.promote-services",
    "Infant feeding services are publicised locally so people know what support exists.",
  ),
  minNetwork(
    "infant-feeding.min.network.representative-peers",
    "Where possible, peer supporters reflect the local community and connect into community and wider support groups.",
  ),
  minNetwork(
    "infant-feeding.min.network.targeted-one-to-one",
    "Focused and one-to-one support is offered to those less likely to breastfeed, such as young, first-time and more vulnerable parents.",
  ),
  minNetwork(
    "infant-feeding.min.network.proactive-tailored-support",
    "Professionals and trained peers proactively offer tailored support in a variety of settings to people least likely to engage with services.",
  ),
  minNetwork(
    "infant-feeding.min.network.language-services",
    "Interpreting and language services are available to those who need them.",
  ),
  minNetwork(
    "infant-feeding.min.network.trained-workforce",
    "Professionals and peer supporters have good training in feeding support and in sensitive conversations with families from diverse communities.",
  ),
  minNetwork(
    "infant-feeding.min.network.connect-to-community",
    "Professionals and peers link parents to other venues, community initiatives and support groups that champion breastfeeding-friendly places.",
  ),
  minNetwork(
    "infant-feeding.min.network.community-initiatives",
    "Local initiatives that celebrate breastfeeding and make feeding welcome in public spaces and at work are encouraged.",
  ),
  minSystem(
    "infant-feeding.min.system.strategy",
    "A multidisciplinary infant feeding strategy is written and put into practice, tailored to local communities and joining up staff and organisations.",
  ),
  minSystem(
    "infant-feeding.min.system.accredited-training",
    "All staff and volunteers receive suitable accredited training to spot feeding problems early, act quickly and bring in specialists when needed.",
  ),
  minSystem(
    "infant-feeding.min.system.integrated-workforce",
    "Health professionals, paid and volunteer peer supporters and the early years workforce work together, with the leadership, supervision, skills and capacity to help families.",
  ),
  gfHub(
    "infant-feeding.gf.hub.tailored-antenatal-education",
    "Antenatal feeding education is tailored for under-served groups such as fathers and partners, younger mothers and more vulnerable parents.",
    hubOrNetwork,
  ),
  gfHub(
    "infant-feeding.gf.hub.postnatal-face-to-face",
    "Mothers are proactively contacted and offered in-person feeding support soon after birth.",
    hubOrNetwork,
  ),
  gfHub(
    "infant-feeding.gf.hub.enhanced-peer-support",
    "The peer support service is expanded or improved, for example more peer supporters, longer hours, a combined in-person, virtual and outreach offer, or peers on postnatal wards.",
    hubOrNetwork,
  ),
  gfHub(
    "infant-feeding.gf.hub.regular-drop-ins",
    "Regular feeding drop-ins run through the hub, for example more often, at flexible or out-of-hours times, or for specific groups less likely to engage.",
  ),
  gfVirtual(
    "infant-feeding.gf.virtual.virtual-peer-groups",
    "Feeding peer support groups include an online element, such as virtual meet-ups or individual video-call support.",
  ),
  gfVirtual(
    "infant-feeding.gf.virtual.convenient-virtual-support",
    "Virtual support beyond the minimum is available whenever problems arise, for example a key contact or helpline, a local app or forum for peer support, or an online triage forum with quick follow-up.",
  ),
  gfVirtual("infant-feeding.gf.virtual.out-of-hours-service", "A local infant feeding support service operates out of hours."),
  gfNetwork(
    "infant-feeding.gf.network.enhanced-home-visits",
    "Where there is specific need, home visits go beyond statutory midwifery and health visiting requirements.",
  ),
  gfNetwork(
    "infant-feeding.gf.network.maternity-unit-staff",
    "Every maternity unit has dedicated infant feeding staff who support families, champion breastfeeding and lead training and professional development there.",
  ),
  gfNetwork(
    "infant-feeding.gf.network.targeted-approach",
    "An enhanced targeted approach reflects local need and access barriers, with specific interventions for families who are known to use services least.",
  ),
  gfNetwork(
    "infant-feeding.gf.network.alternative-venues",
    "Feeding support sessions with professionals and trained peers are held in other venues as needed.",
  ),
  gfNetwork("infant-feeding.gf.network.tongue-tie-clinics", "Tongue-tie clinics are run in the community."),
  gfNetwork(
    "infant-feeding.gf.network.cultural-initiatives",
    "Creative initiatives, such as outreach in schools and the wider community, foster a breastfeeding-friendly environment and shift attitudes.",
  ),
  gfNetwork(
    "infant-feeding.gf.network.community-assets",
    "Local community assets are put to creative use to raise awareness, share messages and engage parents, offering language or community support towards a breastfeeding-friendly environment.",
  ),
  gfSystem(
    "infant-feeding.gf.system.working-group",
    "A multidisciplinary infant feeding working group is set up or identified to oversee the strategy.",
  ),
  gfSystem(
    "infant-feeding.gf.system.support-network",
    "A local infant feeding support network links to national networks to share good practice and learning.",
  ),
  gfSystem(
    "infant-feeding.gf.system.community-networks",
    "Strong relationships with wider community networks make the most of community assets.",
  ),
] as const;
