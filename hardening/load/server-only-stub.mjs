// The runner imports the portal's server modules in plain Node (not a React Server Components bundle).
// They guard themselves with `import "server-only"`, which throws outside the react-server condition,
// and that condition breaks next/navigation in plain Node; so resolve "server-only" to an empty module
// instead, as the unit tests do with an alias (vitest.config.ts).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
