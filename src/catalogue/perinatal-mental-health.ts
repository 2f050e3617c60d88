import { expectationGroup } from "./define-expectation";

const H =
  "Minimum expectations and 'go further' options for funded services and activities > Parent–infant relationships and perinatal mental health support";
const MIN = `${H} > Minimum expectations`;
const GF = `${H} > 'Go further' options`;
const HUB = "Services available face to face at a family hub building";
const NETWORK = "Services available through the family hub and received elsewhere in the network";
const SYSTEM = "Systems-level Initiatives";
const S = "perinatal-mental-health";

const minHub = expectationGroup({ strand: S, kind: "minimum", channel: "hub", heading: `${MIN} > ${HUB}` });
// This strand's minimum list words the virtual heading "Virtual services are available", unlike the others.
const minVirtual = expectationGroup({
  strand: S,
  kind: "minimum",
  channel: "virtual",
  heading: `${MIN} > Virtual services are available through the family hub`,
});
const minNetwork = expectationGroup({ strand: S, kind: "minimum", channel: "network", heading: `${MIN} > ${NETWORK}` });
const minSystem = expectationGroup({ strand: S, kind: "minimum", channel: "system", heading: `${MIN} > ${SYSTEM}` });
const gfHub = expectationGroup({ strand: S, kind: "go-further", channel: "hub", heading: `${GF} > ${HUB}` });
const gfVirtual = expectationGroup({
  strand: S,
  kind: "go-further",
  channel: "virtual",
  heading: `${GF} > Virtual services available through the family hub`,
});
const gfNetwork = expectationGroup({ strand: S, kind: "go-further", channel: "network", heading: `${GF} > ${NETWORK}` });
const gfSystem = expectationGroup({ strand: S, kind: "go-further", channel: "system", heading: `${GF} > ${SYSTEM}` });

export const PERINATAL_MENTAL_HEALTH_EXPECTATIONS = [
  minHub(
    "perinatal-mental-health.min.hub.wellbeing-space",
    "The hub has a welcoming, safe space set aside where parents can talk about their wellbeing and mental health with practitioners, volunteers or peers.",
  ),
  minHub(
    "perinatal-mental-health.min.hub.information-leaflets",
    "Leaflets at the hub reduce stigma around mental health and parent–infant relationship problems and show what help exists (using national campaign materials once published).",
  ),
  minHub(
    "perinatal-mental-health.min.hub.antenatal-classes",
    "Antenatal classes, in person or online, cover mental health and the value of early bonding with the baby, with support for fathers and co-parents.",
  ),
  minHub(
    "perinatal-mental-health.min.hub.face-to-face-support",
    "Parents can get in-person help at the hub with mental health and their relationship with their baby, by enhancing current services or adding new ones.",
  ),
  minHub(
    "perinatal-mental-health.min.hub.trained-staff",
    "Hub staff have the training, knowledge and skills to offer early help and to refer parents on to further services, for example video feedback.",
  ),
  minVirtual(
    "perinatal-mental-health.min.virtual.online-information",
    "Online information covering perinatal mental health and parent–infant relationships signposts clearly to local services.",
  ),
  minVirtual("perinatal-mental-health.min.virtual.remote-support", "Remote and digital support is promoted and easy to use."),
  minVirtual(
    "perinatal-mental-health.min.virtual.online-interventions",
    "Current mild-to-moderate perinatal and parent–infant services offer interventions online as well as face to face, depending on clinical need and family choice.",
  ),
  minNetwork(
    "perinatal-mental-health.min.network.promote-early-help",
    "Early help is promoted in local places such as GP surgeries, libraries, churches, community centres and schools so families know support exists.",
  ),
  minNetwork(
    "perinatal-mental-health.min.network.targeted-one-to-one",
    "Trained peers and professionals proactively offer focused and one-to-one support in various settings to vulnerable families and those less likely to use hubs.",
  ),
  minNetwork(
    "perinatal-mental-health.min.network.connect-to-community",
    "Professionals and peer supporters link struggling parents and carers to help in other venues, community initiatives and local support groups.",
  ),
  minNetwork(
    "perinatal-mental-health.min.network.destigmatising-initiatives",
    "Community initiatives that reduce mental health stigma and encourage secure early attachment are encouraged.",
  ),
  minSystem(
    "perinatal-mental-health.min.system.working-group",
    "A multidisciplinary working group on parent–infant relationships and perinatal mental health, including all key delivery partners, is set up or identified to oversee the strategy.",
  ),
  minSystem(
    "perinatal-mental-health.min.system.strategy",
    "A multidisciplinary strategy covering perinatal mental health and parent–infant relationships sets out clear referral pathways so services for babies and families join up.",
  ),
  minSystem(
    "perinatal-mental-health.min.system.universal-assessment",
    "Healthy Child Programme assessments covering parent–infant relationships and perinatal mental health are carried out routinely for all, recorded and analysed to shape services.",
  ),
  minSystem(
    "perinatal-mental-health.min.system.frontline-training",
    "Frontline staff and peer support volunteers are trained to recognise mild-to-moderate perinatal mental health and relationship difficulties and to practise trauma-informed, inclusive care.",
  ),
  minSystem(
    "perinatal-mental-health.min.system.specialist-training",
    "More specialist training (for example in video-feedback interventions) builds core competencies, improving early access to help and the quality of referrals to specialist services.",
  ),
  gfHub(
    "perinatal-mental-health.gf.hub.one-to-one-support",
    "One-to-one support for parents with mild mental health or relationship difficulties, from peer supporters or extra-trained staff; peers reflect local communities and support fathers and co-parents as well as mothers.",
  ),
  gfHub(
    "perinatal-mental-health.gf.hub.drop-in-sessions",
    "Regular, flexible drop-in sessions run through the hub, including out-of-hours times and sessions for under-served groups such as foster carers and fathers.",
  ),
  gfVirtual(
    "perinatal-mental-health.gf.virtual.virtual-peer-groups",
    "Peer support groups have an online element, such as virtual meet-ups or one-to-one video calls.",
  ),
  gfVirtual(
    "perinatal-mental-health.gf.virtual.self-referral-app",
    "A local app or online platform lets parents refer themselves to services offering evidence-based interventions.",
  ),
  gfVirtual(
    "perinatal-mental-health.gf.virtual.out-of-hours-support",
    "Virtual support outside office hours, or a local helpline, gives quick help whenever it is needed.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.enhanced-home-visits",
    "Home visits go beyond the statutory offer, including for fathers and co-parents, using extra hub capacity and staff trained in interventions such as video feedback.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.triage-pathways",
    "Clear notification, triage and referral routes get families the right level of help for mental health and their relationship with their baby.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.proactive-identification",
    "Families at risk or vulnerable are identified early, prioritised and offered help without waiting to be asked.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.engagement-approach",
    "An approach reflecting local need and access barriers is in place to reach families less likely to use services.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.alternative-venues",
    "Professional and peer support sessions take place in other venues where needed.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.representative-peers",
    "Peer support reflects the local community and links into community and wider support groups.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.additional-language",
    "Support is available in other languages for families whose first language is not English.",
  ),
  gfNetwork(
    "perinatal-mental-health.gf.network.community-assets",
    "Community assets are used imaginatively to raise awareness, spread messages and reach parents who may be struggling with their mental health.",
  ),
  gfSystem(
    "perinatal-mental-health.gf.system.local-support-network",
    "A local support network strengthens ties with wider community networks and makes the most of community assets.",
  ),
  gfSystem(
    "perinatal-mental-health.gf.system.joint-commissioning",
    "Joint commissioning roles, new or existing, relieve workforce pressures and use existing parent–infant and perinatal expertise such as IAPT services.",
  ),
  gfSystem(
    "perinatal-mental-health.gf.system.integrated-teams",
    "Parent–infant teams and specialist community perinatal teams are integrated, co-located or both.",
  ),
  gfSystem(
    "perinatal-mental-health.gf.system.joint-working",
    "Chances for parent–infant and community perinatal teams to work together, such as consultation and joint delivery, are found and acted on.",
  ),
  gfSystem(
    "perinatal-mental-health.gf.system.joint-training-supervision",
    "Training and supervision are joined up across teams where it makes sense.",
  ),
] as const;
