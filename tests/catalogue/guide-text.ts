// Test support: reads the guides so catalogue entries can be checked against their source.
import { readFileSync } from "node:fs";
import type { GuideDocument, GuideRef } from "@/catalogue/types";

const GUIDE_DIR = "/work/shared/guide";

/** Straight quotes, no markdown emphasis or escapes, single spaces: so headings compare as plain text. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*\\]/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}

const cache = new Map<GuideDocument, string[]>();

/** The guide's lines, normalised, with markdown heading markers removed. */
export function guideLines(document: GuideDocument): string[] {
  let lines = cache.get(document);
  if (!lines) {
    const raw = readFileSync(`${GUIDE_DIR}/${document}.md`, "utf8");
    lines = raw.split("\n").map((line) => normalise(line.replace(/^#+\s*/, "")));
    cache.set(document, lines);
  }
  return lines;
}

/** Markdown heading level of each heading line (1 for "#"). */
function headingLevels(document: GuideDocument): Map<number, number> {
  const raw = readFileSync(`${GUIDE_DIR}/${document}.md`, "utf8").split("\n");
  const result = new Map<number, number>();
  raw.forEach((line, i) => {
    const hashes = /^(#+)\s/.exec(line)?.[1];
    // The trailblazer guide was converted without markdown headings, so any whole line can be a heading there.
    if (hashes) result.set(i, hashes.length);
    else if (document === "trailblazer-guide") result.set(i, 1);
  });
  return result;
}

/**
 * Resolves a heading path: the first segment must be a whole heading line; each further segment must begin a
 * heading line after the previous segment, or a plain line (such as "Services available face to face at a family
 * hub building:") inside the section of the last heading matched, i.e. before the next heading of the same or a
 * higher level. Returns the line index of the last segment, or -1.
 */
export function resolveHeading(ref: GuideRef): number {
  const lines = guideLines(ref.document);
  const levels = headingLevels(ref.document);
  const [first, ...rest] = ref.heading.split(" > ").map(normalise);
  if (!first) return -1;
  let at = lines.findIndex((line, i) => levels.has(i) && line === first);
  let section = at;
  for (const segment of rest) {
    if (at < 0) return -1;
    const from = at;
    const sectionLevel = levels.get(section) ?? 1;
    let sectionEnd = lines.findIndex((_, i) => i > section && (levels.get(i) ?? Infinity) <= sectionLevel);
    if (sectionEnd < 0) sectionEnd = lines.length;
    at = lines.findIndex(
      (line, i) => i > from && line.startsWith(segment) && (levels.has(i) || i < sectionEnd),
    );
    if (levels.has(at)) section = at;
  }
  return at;
}

function words(text: string): string[] {
  return normalise(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const NGRAM = 8;

let guideNgrams: Set<string> | undefined;

/** Every run of NGRAM consecutive words in either guide. */
function allGuideNgrams(): Set<string> {
  if (!guideNgrams) {
    guideNgrams = new Set();
    for (const document of ["programme-guide", "trailblazer-guide"] as const) {
      const w = words(readFileSync(`${GUIDE_DIR}/${document}.md`, "utf8"));
      for (let i = 0; i + NGRAM <= w.length; i++) guideNgrams.add(w.slice(i, i + NGRAM).join(" "));
    }
  }
  return guideNgrams;
}

/** Runs of NGRAM or more words in `text` that appear word for word in a guide. */
export function copiedRuns(text: string): string[] {
  const w = words(text);
  const ngrams = allGuideNgrams();
  const copied: string[] = [];
  for (let i = 0; i + NGRAM <= w.length; i++) {
    const run = w.slice(i, i + NGRAM).join(" ");
    if (ngrams.has(run)) copied.push(run);
  }
  return copied;
}
