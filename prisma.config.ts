// Prisma's CLI downloads a native schema engine on first use, which this network
// cannot reach. `generate`, `validate` and `format` never run it, so any executable
// will do; migrations go through the WASM engine in scripts/db.ts instead.
// On a machine with internet access, unset this to use the normal CLI.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
