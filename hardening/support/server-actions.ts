import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Every server action the browser can call, found on disk: the exported functions of each "use server"
// module under src/server/actions. Nothing here is a hand-kept list, so a new action is tested (or the
// suite fails until it has a probe) without anyone remembering it.

export const ROOT = path.resolve(import.meta.dirname, "../..");
const ACTIONS_DIR = path.join(ROOT, "src/server/actions");

export interface ServerActionModule {
  /** Relative to src/server/actions, e.g. "plans/start-plan.ts". */
  file: string;
  load(): Promise<Record<string, unknown>>;
}

function isUseServer(source: string): boolean {
  // The directive must be the first statement: skip comments and blank lines.
  const body = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["'];?/.test(body);
}

export function useServerModules(): ServerActionModule[] {
  const files = readdirSync(ACTIONS_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.(test|spec)\.tsx?$/.test(f))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
  return files
    .filter((file) => isUseServer(readFileSync(path.join(ACTIONS_DIR, file), "utf8")))
    .map((file) => ({ file, load: () => import(/* @vite-ignore */ path.join(ACTIONS_DIR, file)) as Promise<Record<string, unknown>> }));
}

/** "file#export" for every exported function of every "use server" module. */
export async function serverActionIds(): Promise<{ id: string; fn: (...args: unknown[]) => Promise<unknown> }[]> {
  const result: { id: string; fn: (...args: unknown[]) => Promise<unknown> }[] = [];
  for (const module of useServerModules()) {
    const exports = await module.load();
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") result.push({ id: `${module.file}#${name}`, fn: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return result.sort((a, b) => a.id.localeCompare(b.id));
}
