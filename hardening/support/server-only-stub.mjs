// prepare-server.ts imports the portal's server modules in plain Node. They guard themselves with
// `import "server-only"`, which throws outside the react-server condition, and that condition breaks
// next/navigation in plain Node; so "server-only" resolves to an empty module here, as in the Vitest config.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
