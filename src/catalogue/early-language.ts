import { expectationGroup } from "./define-expectation";

const H =
  "Minimum expectations and 'go further' options for funded services and activities > Early language and the home learning environment (HLE)";
const MIN = `${H} > Minimum expectations`;
const GF = `${H} > 'Go further' options`;
// This strand hyphenates "face-to-face" in its channel headings.
const HUB = "Services available face-to-face at a family hub building";
const VIRTUAL = "Virtual services available through the family hub";
const NETWORK = "Services available through the family hub and received elsewhere in the network";
const S = "early-language";

const minHub = expectationGroup({ strand: S, kind: "minimum", channel: "hub", heading: `${MIN} > ${HUB}` });
const minVirtual = expectationGroup({ strand: S, kind: "minimum", channel: "virtual", heading: `${MIN} > ${VIRTUAL}` });
const minNetwork = expectationGroup({ strand: S, kind: "minimum", channel: "network", heading: `${MIN} > ${NETWORK}` });
const gfHub = expectationGroup({ strand: S, kind: "go-further", channel: "hub", heading: `${GF} > ${HUB}` });
const gfVirtual = expectationGroup({ strand: S, kind: "go-further", channel: "virtual", heading: `${GF} > ${VIRTUAL}` });
const gfNetwork = expectationGroup({ strand: S, kind: "go-further", channel: "network", heading: `${GF} > ${NETWORK}` });

export const EARLY_LANGUAGE_EXPECTATIONS = [
  minHub(
    "early-language.min.hub.key-contact",
    "A key contact at the hub gives parents of pre-school children information on the home learning environment, spots need and refers families, most in need first, to targeted evidence-based HLE interventions.",
  ),
  minVirtual(
    "early-language.min.virtual.online-hle-information",
    "An online family hub presence gives parents information on improving the home learning environment and on registering interest in other services.",
  ),
  minVirtual(
    "early-language.min.virtual.speech-language-information",
    "Parents can find information on helping with their child's speech and language needs.",
  ),
  minNetwork(
    "early-language.min.network.outreach-interventions",
    "Hub staff trained in targeted evidence-based interventions take them out to parents of 3 to 4 year olds who would gain most, such as disadvantaged children or those with additional needs.",
  ),
  minNetwork(
    "early-language.min.network.programmes-via-professionals",
    "Parents of pre-schoolers can be referred to HLE programmes by a range of professionals and organisations, including speech and language therapists, midwives, health visitors, early years staff and the VCFS sector.",
  ),
  minNetwork(
    "early-language.min.network.identify-families",
    "Families who would benefit from evidence-based interventions are identified and linked to the offer.",
  ),
  minNetwork(
    "early-language.min.network.assessment-tools",
    "Validated early language assessment tools (for example the Early Language Identification Measure) are used across the hub so families get the interventions that fit their needs.",
  ),
  minNetwork(
    "early-language.min.network.multi-agency-pathways",
    "Multi-agency pathways co-designed with the local speech and language service give quick, effective help for identified early communication and language needs.",
  ),
  gfHub(
    "early-language.gf.hub.interventions-in-hub",
    "Where suitable, evidence-based HLE interventions are delivered in the hub itself to families with pre-school children.",
  ),
  gfHub(
    "early-language.gf.hub.co-located-therapist",
    "A speech and language therapist based in the hub helps with early triage and links families to HLE interventions.",
  ),
  gfVirtual("early-language.gf.virtual.online-interventions", "Targeted HLE interventions are delivered online."),
  gfVirtual(
    "early-language.gf.virtual.self-referral",
    "Parents have self-referral routes for support with how their child's speech and language is developing.",
  ),
  gfNetwork(
    "early-language.gf.network.timely-hle-support",
    "Every local family can get timely HLE support from staff across the hub network.",
  ),
] as const;
