import { getDatabase } from "@/server/db/database";
import { handleMetricsRequest } from "@/server/api/metrics-api";
import { errorToResponse } from "@/server/api/errors-to-response";
import { API_LIMIT, clientAddress, takeRateLimit } from "@/server/rate-limit";

// Management information for LA systems. Authenticated by an LA's API token (see /local-authorities/{gssCode}/api-tokens).

type Context = { params: Promise<{ gssCode: string; period: string }> };

async function handle(request: Request, { params }: Context): Promise<Response> {
  const limit = takeRateLimit(`api:${clientAddress(request.headers)}`, API_LIMIT);
  if (!limit.allowed) {
    return Response.json(
      { errors: [{ path: "", code: "rate-limited", message: `Too many requests. Wait ${limit.retryAfterSeconds} seconds and try again.` }], warnings: [] },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  try {
    const { db } = await getDatabase();
    return await handleMetricsRequest({ db, request, ...(await params) });
  } catch (error) {
    // A database that cannot be opened at all answers 503 like one that drops mid-request.
    return errorToResponse(error);
  }
}

export const GET = handle;
export const PUT = handle;
