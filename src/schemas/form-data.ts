// Turns a posted form into the nested object a section schema expects, so plain HTML
// forms (no JavaScript) can carry lists and maps.
//
//   name                      → { name }
//   lead.email                → { lead: { email } }
//   hubs[0].name              → { hubs: [{ name }] }
//   expectations[a.b.c].status → { expectations: { "a.b.c": { status } } }  (bracketed keys may hold dots)
//   strands[]                 → { strands: [...every value] }  (checkboxes)

type Token = { key: string; index: boolean };

function tokenise(name: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (const match of name.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ key: match[1], index: false });
    else tokens.push({ key: match[2] ?? "", index: /^\d+$/.test(match[2] ?? "") });
  }
  return tokens;
}

type Container = Record<string, unknown> | unknown[];

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function setPath(target: Record<string, unknown>, tokens: Token[], value: unknown): void {
  if (tokens.length === 0 || tokens.some((t) => FORBIDDEN_KEYS.has(t.key))) return;
  let node: Container = target;
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    const key: string | number = token.index ? Number(token.key) : token.key;
    if (last) {
      (node as Record<string | number, unknown>)[key] = value;
      return;
    }
    const next = tokens[i + 1];
    const existing = (node as Record<string | number, unknown>)[key];
    if (existing === undefined || typeof existing !== "object" || existing === null) {
      const created: Container = next?.index ? [] : {};
      (node as Record<string | number, unknown>)[key] = created;
      node = created;
    } else {
      node = existing as Container;
    }
  });
}

/** Sparse arrays from skipped indexes (a removed row) become dense. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}

export function formDataToObject(formData: FormData, { omit = [] }: { omit?: readonly string[] } = {}): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION") || omit.includes(name)) continue;
    const values = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (name.endsWith("[]")) {
      setPath(result, tokenise(name.slice(0, -2)), values);
    } else {
      setPath(result, tokenise(name), values.length > 1 ? values : (values[0] ?? ""));
    }
  }
  return compact(result) as Record<string, unknown>;
}

/** The form field name for a path of keys, the inverse of formDataToObject. */
export function fieldName(...path: (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === "number" || /[.[\]]/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/** An element id safe for the DOM and for `#fragment` links, from a field name. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
}
