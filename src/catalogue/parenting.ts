import { expectationGroup } from "./define-expectation";

const H = "Minimum expectations and 'go further' options for funded services and activities > Parenting support";
const MIN = `${H} > Minimum expectations`;
const GF = `${H} > 'Go further' options`;
const HUB = "Services available face to face at a family hub building";
const VIRTUAL = "Virtual services available through the family hub";
const NETWORK = "Services available through the family hub and received elsewhere in the network";

const minHub = expectationGroup({ strand: "parenting", kind: "minimum", channel: "hub", heading: `${MIN} > ${HUB}` });
const minVirtual = expectationGroup({ strand: "parenting", kind: "minimum", channel: "virtual", heading: `${MIN} > ${VIRTUAL}` });
const minNetwork = expectationGroup({ strand: "parenting", kind: "minimum", channel: "network", heading: `${MIN} > ${NETWORK}` });
const gfHub = expectationGroup({ strand: "parenting", kind: "go-further", channel: "hub", heading: `${GF} > ${HUB}` });
const gfVirtual = expectationGroup({ strand: "parenting", kind: "go-further", channel: "virtual", heading: `${GF} > ${VIRTUAL}` });
const gfNetwork = expectationGroup({ strand: "parenting", kind: "go-further", channel: "network", heading: `${GF} > ${NETWORK}` });

export const PARENTING_EXPECTATIONS = [
  minHub(
    "parenting.min.hub.key-contact",
    "Every family can reach a named key contact at the hub who explains the parenting support open to them.",
  ),
  minHub(
    "parenting.min.hub.transition-information",
    "The hub gives new and expectant parents and carers first-step information to help them adjust to becoming parents.",
  ),
  minHub(
    "parenting.min.hub.sensitive-conversations",
    "Hub staff hold sensitive conversations, promote the universal parenting offer and refer families, most in need first, to targeted evidence-based interventions.",
  ),
  minHub(
    "parenting.min.hub.referral-pathways",
    "Joined-up multi-agency referral routes lead from the hub to peer support, community outreach and targeted evidence-based parenting programmes for expectant and new parents.",
  ),
  minVirtual(
    "parenting.min.virtual.online-programme",
    "Every new parent or carer in the area who wants it can use a universal online parenting programme.",
  ),
  minVirtual(
    "parenting.min.virtual.peer-support-space",
    "Digital and social media channels (video calls, social networks, apps, forums) give new parents a virtual space for peer support at times that suit them.",
  ),
  minNetwork(
    "parenting.min.network.peer-support-outreach",
    "Peer support and voluntary, community and faith sector outreach, online and in person (including parent champions), reaches expectant and new parents, especially those least likely to use hubs such as fathers and co-parents, to reduce stigma.",
  ),
  minNetwork(
    "parenting.min.network.community-referral-pathways",
    "Multi-agency referral routes and community partnerships let practitioners (health visitors, midwives, early years staff, VCFS partners) spot families and link them to universal parenting support or targeted interventions.",
  ),
  gfHub(
    "parenting.gf.hub.social-networks",
    "The hub offers flexible chances for parents to build social networks, including out-of-hours times and sessions aimed at under-served groups such as foster carers and fathers.",
  ),
  gfHub(
    "parenting.gf.hub.interventions-and-training",
    "Evidence-based parenting interventions are delivered in the hub building, and local early years and health practitioners receive parenting training as professional development.",
  ),
  gfHub(
    "parenting.gf.hub.vcfs-use-of-hub",
    "Voluntary, community and faith sector providers use hub buildings to run parenting support and outreach, for example dads' groups, family film nights or play and stay drop-ins.",
  ),
  gfVirtual(
    "parenting.gf.virtual.bespoke-digital",
    "Bespoke digital products strengthen the local parenting offer, for example to reach families in greatest need, boost peer networks, give access to a key contact or helpline, or widen targeted outreach.",
  ),
  gfNetwork(
    "parenting.gf.network.vcfs-education-connections",
    "Links between the voluntary, community and faith sector, education settings and the parenting services of the hub network are strengthened.",
  ),
  gfNetwork(
    "parenting.gf.network.vcfs-growth-strategy",
    "A strategy grows, encourages and invests in VCFS organisations and education settings that share parenting outcomes across the network, going beyond the partnerships themselves.",
  ),
  gfNetwork(
    "parenting.gf.network.vcfs-outreach-workforce",
    "VCFS suppliers form part of the integrated family hub outreach workforce, for instance coordinating parent champions for expectant and new parents.",
  ),
] as const;
