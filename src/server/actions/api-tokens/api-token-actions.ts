"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ZTokenName } from "@/schemas/api-token";
import { requireActor } from "@/server/access";
import { createApiToken, revokeApiToken } from "@/server/api-tokens/manage-api-tokens";
import { getDatabase } from "@/server/db/database";
import { isAppError } from "@/server/errors";

export type CreateTokenState =
  | { status: "idle" }
  | { status: "invalid"; error: string; name: string }
  | { status: "created"; name: string; secret: string };

const tokensPath = (gssCode: string) => `/local-authorities/${encodeURIComponent(gssCode)}/api-tokens`;

/** Creates a token and hands its secret back to this one response: it is never shown again. */
export async function createApiTokenAction(gssCode: string, _previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const actor = await requireActor();
  const raw = String(formData.get("name") ?? "");
  const parsed = ZTokenName.safeParse({ name: raw });
  if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0]?.message ?? "Enter a name", name: raw };
  const { db } = await getDatabase();
  const { token, secret } = await createApiToken({ db, actor, localAuthorityGss: gssCode, name: parsed.data.name });
  revalidatePath(tokensPath(gssCode));
  return { status: "created", name: token.name, secret };
}

export type RevokeTokenState = { status: "idle" } | { status: "refused"; message: string };

export async function revokeApiTokenAction(target: { gssCode: string; tokenId: string }, _previous: RevokeTokenState, _formData: FormData): Promise<RevokeTokenState> {
  const actor = await requireActor();
  const { db } = await getDatabase();
  try {
    await revokeApiToken({ db, actor, localAuthorityGss: target.gssCode, tokenId: target.tokenId });
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { status: "refused", message: error.message };
    throw error;
  }
  revalidatePath(tokensPath(target.gssCode));
  redirect(`${tokensPath(target.gssCode)}?revoked=1`);
}
