import "server-only";
import { ApiProblem } from "./errors-to-response";

/** 1 MB: a full quarter's figures are a few kilobytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

function isJsonMediaType(contentType: string | null): boolean {
  const media = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return media === "application/json" || (media.startsWith("application/") && media.endsWith("+json"));
}

/**
 * The request's JSON body: 415 unless it says it is JSON, 413 above the limit (by the declared length,
 * and by counting as it streams, since the length can be absent or wrong), 400 unless it parses.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new ApiProblem(415, "unsupported-media-type", "Send the figures as JSON, with Content-Type: application/json.");
  }
  const tooLarge = () => new ApiProblem(413, "payload-too-large", `The request body must be ${Math.round(limit / 1024)} KB or less.`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8").decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiProblem(400, "malformed-json", `The request body is not valid JSON: ${error instanceof Error ? error.message : "it could not be read"}.`);
  }
}
