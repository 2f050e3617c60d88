import { vi } from "vitest";
import { sessionJar } from "./session-jar";

// Only the request context is replaced: the cookie jar and headers Next gives a server action, and
// revalidatePath (which needs Next's cache store). The session code, access layer, permissions and
// engine all run for real against a real database.
vi.mock("next/headers", () => ({
  cookies: async () => sessionJar,
  headers: async () => new Headers({ "x-forwarded-for": sessionJar.clientAddress }),
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
  unstable_noStore: () => undefined,
}));
