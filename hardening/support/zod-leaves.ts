import type { z } from "zod";

// The fields of a section: every leaf (string, number, enum, date, boolean) of its zod schema, as a path
// into the section's data. Arrays contribute their first row; records their first key (from the enum of
// keys, or from the example data).

export type Path = (string | number)[];
export interface Leaf {
  path: Path;
  type: string;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

export function leavesOf(schema: z.ZodType, example: unknown): Leaf[] {
  const found = new Map<string, Leaf>();
  const walk = (s: unknown, path: Path, data: unknown, depth: number) => {
    if (depth > 12) return;
    const def = defOf(s);
    switch (def.type) {
      case "object":
        for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, [...path, key], (data as Record<string, unknown> | undefined)?.[key], depth + 1);
        return;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
        return walk(def.innerType, path, data, depth + 1);
      case "pipe":
        return walk(defOf(def.in).type === "transform" ? def.out : def.in, path, data, depth + 1);
      case "lazy":
        return walk((def.getter as () => unknown)(), path, data, depth + 1);
      case "array":
        return walk(def.element, [...path, 0], Array.isArray(data) ? data[0] : undefined, depth + 1);
      case "union":
        for (const option of def.options as unknown[]) walk(option, path, data, depth + 1);
        return;
      case "intersection":
        walk(def.left, path, data, depth + 1);
        walk(def.right, path, data, depth + 1);
        return;
      case "record": {
        const keyDef = defOf(def.keyType);
        const fromData = data && typeof data === "object" ? Object.keys(data)[0] : undefined;
        const fromEnum = keyDef.type === "enum" ? Object.values(keyDef.entries as Record<string, string>)[0] : undefined;
        const key = fromData ?? fromEnum ?? "key-1";
        return walk(def.valueType, [...path, key], (data as Record<string, unknown> | undefined)?.[key], depth + 1);
      }
      case "string":
      case "number":
      case "int":
      case "bigint":
      case "boolean":
      case "enum":
      case "literal":
      case "date":
      case "template_literal":
      case "custom":
      case "unknown":
      case "any": {
        found.set(JSON.stringify(path), { path, type: def.type });
        return;
      }
      default:
        found.set(JSON.stringify(path), { path, type: def.type });
    }
  };
  walk(schema, [], example, 0);
  return [...found.values()];
}

export function getAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

/** A deep copy of `data` with `value` at `path`, creating objects and arrays on the way. */
export function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(data) ? [...data] : data && typeof data === "object" ? { ...(data as object) } : typeof head === "number" ? [] : {};
  (container as Record<string | number, unknown>)[head!] = setAt((container as Record<string | number, unknown>)[head!], rest, value);
  return container;
}
