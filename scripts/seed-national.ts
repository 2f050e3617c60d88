// A realistic national dataset for measuring the portal at the scale of its successor programme (issue 6, "Scale"):
// the 75 eligible LAs plus generated ones up to every upper-tier LA in England (153), with the demo accounts, then
// for every LA an approved plan, every quarterly return and statement of grant usage due
// by the dataset's date (most approved, some awaiting review, some late, the open window part-done), with their
// MI and risks. See src/server/dashboard/synthetic-dataset.ts for what is generated and why it is reachable.
//
//   npm run seed:national                                   153 LAs into .data/national (PGLITE_DATA_DIR respected)
//   npm run seed:national -- --count 75                      only the 75 real LAs
//   PGLITE_DATA_DIR=.data/national-75 npm run seed:national -- --count 75
//   npm run seed:national -- --date 2025-01-20               the programme date the data runs to (the default)
//
// Serve it with the same programme date: PGLITE_DATA_DIR=.data/national PORTAL_DATE=2025-01-20 npm start.
// DATABASE_URL, when set, is used instead of PGlite (the dataset is added to that database).
import { parseArgs } from "node:util";
import { isIsoDate } from "@/catalogue/calendar";
import { REGIONS } from "@/domain/roles";

const { values } = parseArgs({ options: { count: { type: "string", default: "153" }, date: { type: "string", default: "2025-01-20" } } });
const count = Number(values.count);
const asOf = values.date ?? "";
if (!Number.isInteger(count) || count < 75 || count > 999 || !isIsoDate(asOf) || asOf < "2023-02-01" || asOf > "2025-06-30") {
  console.error("Usage: npm run seed:national -- [--count 75..999 (default 153)] [--date YYYY-MM-DD between 2023-02-01 and 2025-06-30 (default 2025-01-20)]");
  process.exit(2);
}
process.env.PGLITE_DATA_DIR ??= ".data/national";
process.env.PORTAL_DEMO ??= "true";
process.env.PORTAL_DATE ??= asOf;

const [{ createAdapterFactory }, { createPrismaClient }, { describeDatabase, getDatabaseConfig }, { applyPendingMigrations }, { readEligibleLocalAuthorities }, { DEMO_PASSWORD, DEMO_USERS }, { hashPassword }, { insertSyntheticRecords }] =
  await Promise.all([
    import("@/server/db/adapter"),
    import("@/server/db/client"),
    import("@/server/db/database-config"),
    import("@/server/db/migrate"),
    import("@/server/db/local-authorities-csv"),
    import("@/server/db/demo-users"),
    import("@/server/auth/password"),
    import("@/server/dashboard/synthetic-dataset"),
  ]);

const FIRST = ["Ash", "Bram", "Carr", "Dun", "Elm", "Fern", "Gold", "Hart", "Ivy", "King", "Lang", "Mill", "Nor", "Oak", "Pen", "Rother", "Stan", "Thorn", "Wey", "Wold"];
const LAST = ["ford", "ley", "borough", "wick", "field", "moor", "bridge", "dale", "ham", "stead", "worth", "ton"];
const KIND = ["", " City", "shire", " and District", "", "shire"];

/** Plausible, unique, made-up names: never a real authority's. */
function generatedName(i: number): string {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const kind = KIND[(i * 7) % KIND.length]!;
  return `${first}${last}${kind}`;
}

const config = getDatabaseConfig();
const started = performance.now();
const handle = await createAdapterFactory(config);
let exitCode = 0;
try {
  await applyPendingMigrations(handle.adapterFactory);
  const db = createPrismaClient(handle.adapterFactory);
  if ((await db.user.count({ where: { email: { endsWith: ".national.example.gov.uk" } } })) > 0) {
    console.log(`${describeDatabase(config)} already holds the national dataset. Delete the folder (or reset the database) to make it again.`);
  } else {
    // The eligible LAs and the demo accounts, as the demo seed makes them. The demo seed's own records (made
    // through the engine) are left out: every LA here gets the same generated history.
    const eligible = readEligibleLocalAuthorities();
    await db.localAuthority.createMany({ data: eligible, skipDuplicates: true });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.user.createMany({ data: DEMO_USERS.map((u) => ({ ...u, passwordHash })), skipDuplicates: true });
    const real = await db.localAuthority.count();
    const generated = Array.from({ length: Math.max(0, count - real) }, (_, i) => ({
      gssCode: `E99${String(i + 1).padStart(6, "0")}`,
      name: generatedName(i),
      region: REGIONS[i % REGIONS.length]!,
      isTrailblazer: false,
      isSuperEvaluator: i % 13 === 0,
      hasEifSupport: i % 10 === 3,
    }));
    await db.localAuthority.createMany({ data: generated, skipDuplicates: true });
    const reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer@education.example.gov.uk" }, select: { id: true } });
    const authorities = await db.localAuthority.findMany({ select: { gssCode: true, name: true, isTrailblazer: true }, orderBy: { gssCode: "asc" } });
    let submissions = 0;
    let sections = 0;
    for (let i = 0; i < authorities.length; i += 20) {
      const result = await insertSyntheticRecords({ db, authorities: authorities.slice(i, i + 20), asOf, reviewerId: reviewer.id });
      submissions += result.submissions;
      sections += result.sections;
      process.stdout.write(`\r${Math.min(i + 20, authorities.length)} of ${authorities.length} LAs`);
    }
    const total = await db.localAuthority.count();
    console.log(
      `\nSeeded ${describeDatabase(config)}: ${total} LAs (${generated.length} generated), ${submissions} submissions with ${sections} sections, ` +
        `as of ${asOf}, in ${((performance.now() - started) / 1000).toFixed(1)} s.\nServe it with PORTAL_DATE=${asOf}` +
        (config.kind === "pglite" ? ` PGLITE_DATA_DIR=${process.env.PGLITE_DATA_DIR}.` : "."),
    );
  }
  await db.$disconnect();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  exitCode = 1;
} finally {
  await handle.close();
}
// PGlite and the schema engine leave timers behind; everything is closed by now (see scripts/db.ts).
process.exit(exitCode);
