/** Joins truthy class names: `cx("a", cond && "b")`. */
export function cx(...classes: ReadonlyArray<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}

/** Joins ids for aria-describedby, or undefined when there are none. */
export function joinIds(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}
