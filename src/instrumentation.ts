// Opens, migrates and (when empty) seeds the database as the server starts, so the
// first visitor does not wait for it and start-up problems show in the log at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./server/db/database");
  await getDatabase().catch((error: unknown) => {
    console.error("The database could not be opened at start-up; the portal will retry on the next request.", error);
  });
  // Reminders and other background jobs (issue 6): a Postgres-backed queue polled in this process.
  (await import("./server/jobs/start-job-worker")).startJobWorker();
}
