// Whether an error means "the database cannot be used right now" (down, restarting, refusing or dropping
// connections, pool exhausted) rather than a fault in the request or in our code. Those answer 503 with
// Retry-After, so clients and load balancers retry; everything else stays a logged 500.
// Seen with PostgreSQL stopped mid-load (hardening/load): Prisma P1001 "Can't reach database server",
// P2039 wrapping SQLSTATE 57P01 "terminating connection due to administrator command", and pg's own
// "Client has encountered a connection error and is not queryable" for a connection dropped as it was
// handed out.

/** Prisma: can't reach server, timed out, server closed the connection, pool timeout, too many connections. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** @prisma/adapter-pg DriverAdapterError kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
/** SQLSTATE: class 08 (connection exception), 53300 too_many_connections, 57P01–57P03 shutdown/crash/starting up. */
const SQLSTATE = /^(08[0-9A-Z]{3}|53300|57P0[123])$/;
/** Node's and pg's words for a connection that went away; Prisma's for a pool with no connection free in time (P2028). */
const MESSAGES = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|not queryable|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Unable to start a transaction in the given time/i;

function fieldsOf(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    const fields = fieldsOf(current);
    if (!fields || seen.has(current)) continue;
    seen.add(current);
    const code = typeof fields.code === "string" ? fields.code : undefined;
    const originalCode = typeof fields.originalCode === "string" ? fields.originalCode : undefined;
    if (code && (PRISMA_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (originalCode && SQLSTATE.test(originalCode)) return true;
    if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
    if (typeof fields.message === "string" && MESSAGES.test(fields.message)) return true;
    // Prisma keeps the adapter's error in meta.driverAdapterError; adapters keep theirs in cause.
    queue.push(fields.cause, fieldsOf(fields.meta)?.driverAdapterError);
  }
  return false;
}
