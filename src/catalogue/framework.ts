import type { Channel, FrameworkCriterion, FrameworkLevel, FrameworkPrincipleId, GuideRef, Provenance } from "./types";

// Annex E (model framework) and Annex F (service expectations) are separate documents we do not hold.
// Everything here is what the programme guide itself says, marked "derived from guide". Swapping in the
// official annex text means replacing FRAMEWORK_CRITERIA's data; no type or code path changes.

const ref = (heading: string): GuideRef => ({ document: "programme-guide", heading });
const VISION = ref("The vision for the way services are delivered");
const FRAMEWORK = ref("Family hub model framework");
const YEAR_ONE = ref("Delivering change for families in year one – opening family hubs");
const SERVICES = ref("Family hub service expectations");
const DERIVED: Provenance = "derived from guide";

export interface FrameworkPrinciple {
  id: FrameworkPrincipleId;
  name: string;
  summary: string;
  guideRef: GuideRef;
}

export const FRAMEWORK_PRINCIPLES: readonly FrameworkPrinciple[] = [
  {
    id: "access",
    name: "Access",
    summary:
      "Families can find and reach a clear local offer through one universal point of access, covering hub buildings, virtual offers and outreach.",
    guideRef: VISION,
  },
  {
    id: "connection",
    name: "Connection",
    summary:
      "Professionals, services and providers across sectors are joined up (co-located, integrated, sharing data, outcomes and governance) so families get whole-family support.",
    guideRef: VISION,
  },
  {
    id: "relationships",
    name: "Relationships",
    summary:
      "Practice builds trusting, supportive relationships, with continuity of care in Start for Life, building on families' strengths and peer networks.",
    guideRef: VISION,
  },
];

export interface FrameworkLevelDefinition {
  level: FrameworkLevel;
  id: "basic" | "developed";
  name: string;
  description: string;
  /** "all": every criterion at this level is a minimum; "some": only specified ones are, the rest are go-furthers. */
  minimumRule: "all" | "some";
  guideRef: GuideRef;
}

export const FRAMEWORK_LEVELS: readonly FrameworkLevelDefinition[] = [
  {
    level: 1,
    id: "basic",
    name: "Basic model",
    description: "A family hub model in the early stages of development.",
    minimumRule: "all",
    guideRef: FRAMEWORK,
  },
  {
    level: 2,
    id: "developed",
    name: "Developed model",
    description: "A more mature family hub model that includes and builds on the basic model criteria.",
    minimumRule: "some",
    guideRef: FRAMEWORK,
  },
];

const keyPrinciple = (
  slug: string,
  principle: FrameworkCriterion["principle"],
  text: string,
): FrameworkCriterion => ({
  id: `framework.key-principle.${slug}`,
  principle,
  // The guide says these principles are common to Annex E; we treat them as foundations of the basic model.
  level: 1,
  requirement: "required",
  text,
  provenance: DERIVED,
  guideRef: VISION,
});

/** The seven key principles of Section 1, "common to the Family Hub Model Framework (Annex E)". */
export const KEY_PRINCIPLE_CRITERIA: readonly FrameworkCriterion[] = [
  keyPrinciple(
    "partner-join-up",
    "connection",
    "Local early years and family support partners (council, NHS, safeguarding, voluntary, community, faith and charity sectors) plan and deliver services together, place by place, in line with local strategies such as early help.",
  ),
  keyPrinciple(
    "leadership",
    "connection",
    "Strong local leadership shares a commitment to put the early years first while also supporting families with older children, with clear accountability, a single accountable Start for Life leader and inclusive governance.",
  ),
  keyPrinciple(
    "skilled-workforce",
    "connection",
    "A skilled workforce works in integrated ways to give universal and targeted support, with shared workforce planning, skill mix and suitable clinical supervision.",
  ),
  keyPrinciple(
    "continuity-of-care",
    "relationships",
    "Families have one or more trusted key contacts, so support passes seamlessly between professionals and peer supporters and families need not repeat their story.",
  ),
  keyPrinciple(
    "family-co-design",
    "relationships",
    "Families, young people, parents and carers are consulted and help design and improve services, including through Parent and Carer Panels.",
  ),
  keyPrinciple(
    "safeguarding",
    "cross-cutting",
    "Safeguarding, in line with Working Together to Safeguard Children, underpins every Start for Life and family service delivered through hubs.",
  ),
  keyPrinciple(
    "evidence-based",
    "cross-cutting",
    "Support is high quality and evidence-led, using implementation science where evidence for an intervention is still developing.",
  ),
];

const visibleChange = (
  slug: string,
  principle: FrameworkPrincipleId,
  level: FrameworkLevel,
  text: string,
): FrameworkCriterion => ({
  id: `framework.visible-change.${slug}`,
  principle,
  level,
  // Until Annex E says which level 2 criteria are compulsory, every derived level 2 criterion is a go-further.
  requirement: level === 1 ? "required" : "go-further",
  text,
  provenance: DERIVED,
  guideRef: YEAR_ONE,
});

/**
 * The guide's examples of visible change in the first half of 2023. Examples for areas without a hub model are
 * read as basic model (level 1) criteria; those for areas that already have one as developed model (level 2).
 */
export const VISIBLE_CHANGE_CRITERIA: readonly FrameworkCriterion[] = [
  visibleChange(
    "all-ages-model",
    "access",
    1,
    "Move formally from a 0–5 offer to a 0–19 offer (up to 25 with SEND) and tell local families about it.",
  ),
  visibleChange(
    "begin-co-location",
    "connection",
    1,
    "Begin bringing a wider range of services together under one roof, in line with the programme's expectations.",
  ),
  visibleChange(
    "vcfs-partnerships",
    "connection",
    1,
    "Form new local partnerships with voluntary, community and faith sector organisations.",
  ),
  visibleChange("involve-partners", "connection", 1, "Start involving these partners in delivering services to families."),
  visibleChange(
    "expand-co-location",
    "access",
    2,
    "Expand the co-located services and tell families clearly about the expansion.",
  ),
  visibleChange(
    "family-involvement",
    "relationships",
    2,
    "Give families more and better ways to shape hubs, through partnership boards and governance, and to help deliver services, such as peer support or mentoring.",
  ),
  visibleChange(
    "adapt-environment",
    "access",
    2,
    "Make early changes to hub buildings so they suit different ages and needs better.",
  ),
];

/** All criteria of the family hub model framework. Replace with the official Annex E criteria when available. */
export const FRAMEWORK_CRITERIA: readonly FrameworkCriterion[] = [...KEY_PRINCIPLE_CRITERIA, ...VISIBLE_CHANGE_CRITERIA];

export interface ServiceAccessMode {
  channel: Extract<Channel, "hub" | "network" | "virtual">;
  name: string;
  description: string;
  provenance: Provenance;
  guideRef: GuideRef;
}

/** The three ways the family hub service expectations (Annex F) say services reach families. */
export const SERVICE_ACCESS_MODES: readonly ServiceAccessMode[] = [
  {
    channel: "hub",
    name: "Face to face at a family hub",
    description: "Families use the service in person in a family hub building.",
    provenance: DERIVED,
    guideRef: SERVICES,
  },
  {
    channel: "network",
    name: "Through the family hub, received elsewhere in the network",
    description:
      "Families reach the service through the hub but receive it at another site, for example through outreach, in youth centres, maternity hubs and other clinical settings, or with voluntary, community or faith organisations.",
    provenance: DERIVED,
    guideRef: SERVICES,
  },
  {
    channel: "virtual",
    name: "Virtually through the family hub",
    description: "Families use static online information or interactive virtual services offered through the hub.",
    provenance: DERIVED,
    guideRef: SERVICES,
  },
];
