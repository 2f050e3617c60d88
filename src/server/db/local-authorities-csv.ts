import { readFileSync } from "node:fs";
import path from "node:path";
import { isRegion } from "@/domain/roles";

export interface EligibleLocalAuthority {
  gssCode: string;
  name: string;
  region: string;
  isTrailblazer: boolean;
}

const CSV_PATH = path.join(process.cwd(), "prisma", "data", "eligible-local-authorities.csv");

/** Parses the programme's list of eligible LAs (name,region,gss_code,trailblazer; no quoted fields). */
export function parseEligibleLocalAuthorities(csv: string): EligibleLocalAuthority[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  if (header?.trim() !== "name,region,gss_code,trailblazer") {
    throw new Error(`Unexpected header in the local authorities file: ${header}`);
  }
  return lines.map((line, index) => {
    const [name, region, gssCode, trailblazer] = line.split(",").map((cell) => cell.trim());
    if (!name || !region || !gssCode || !/^E\d{8}$/.test(gssCode) || !isRegion(region) || !["true", "false"].includes(trailblazer ?? "")) {
      throw new Error(`Line ${index + 2} of the local authorities file is not valid: ${line}`);
    }
    return { gssCode, name, region, isTrailblazer: trailblazer === "true" };
  });
}

export function readEligibleLocalAuthorities(): EligibleLocalAuthority[] {
  return parseEligibleLocalAuthorities(readFileSync(CSV_PATH, "utf8"));
}
