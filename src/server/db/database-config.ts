import path from "node:path";

/** Which database the app (and the db:* scripts) talk to. */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

/**
 * DATABASE_URL=postgres://… or postgresql://… → a PostgreSQL server.
 * DATABASE_URL unset (or empty) → embedded PGlite on disk in PGLITE_DATA_DIR,
 * default <cwd>/.data/pglite.
 * The only place that reads process.env for the database.
 */
export function getDatabaseConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
    const scheme = url.split(":")[0] ?? "";
    throw new Error(
      `DATABASE_URL must start with postgres:// or postgresql:// (got a "${scheme}:" URL). ` +
        "Unset DATABASE_URL to use the embedded PGlite database instead.",
    );
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim();
  return { kind: "pglite", dataDir: path.resolve(cwd, dataDir || path.join(".data", "pglite")) };
}

/** Human-readable description without credentials, for log lines. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite at ${config.dataDir}`;
  try {
    const u = new URL(config.url);
    return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
