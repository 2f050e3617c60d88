"use server";

import { redirect } from "next/navigation";
import { endSession } from "@/server/auth/session-cookie";

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/sign-in?signedOut=1");
}
