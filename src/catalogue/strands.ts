import type { Strand, StrandId } from "./types";

const FUNDED_SECTION = "Minimum expectations and 'go further' options for funded services and activities";

/** The eight strands of the catalogue, in the order the guide presents them in Section 2. */
export const STRANDS = [
  {
    id: "family-hubs",
    name: "Family hubs transformation",
    funded: false,
    guideRef: { document: "programme-guide", heading: "Family hubs transformation funding" },
  },
  {
    id: "parenting",
    name: "Parenting support",
    funded: true,
    guideRef: { document: "programme-guide", heading: `${FUNDED_SECTION} > Parenting support` },
  },
  {
    id: "perinatal-mental-health",
    name: "Perinatal mental health and parent–infant relationships",
    funded: true,
    guideRef: {
      document: "programme-guide",
      heading: `${FUNDED_SECTION} > Parent–infant relationships and perinatal mental health support`,
    },
  },
  {
    id: "early-language",
    name: "Early language and the home learning environment",
    funded: true,
    guideRef: {
      document: "programme-guide",
      heading: `${FUNDED_SECTION} > Early language and the home learning environment (HLE)`,
    },
  },
  {
    id: "infant-feeding",
    name: "Infant feeding",
    funded: true,
    guideRef: { document: "programme-guide", heading: `${FUNDED_SECTION} > Infant feeding support` },
  },
  {
    id: "parent-carer-panels",
    name: "Parent and Carer Panels",
    funded: true,
    guideRef: { document: "programme-guide", heading: `${FUNDED_SECTION} > Parent and Carer Panels` },
  },
  {
    id: "start-for-life-offer",
    name: "Publishing the Start for Life offer",
    funded: true,
    guideRef: { document: "programme-guide", heading: `${FUNDED_SECTION} > Publishing the start for life offer` },
  },
  {
    id: "programme",
    name: "Programme-wide additional delivery expectations",
    funded: false,
    guideRef: { document: "programme-guide", heading: "Additional delivery expectations" },
  },
] as const satisfies readonly (Strand & { id: StrandId })[];
