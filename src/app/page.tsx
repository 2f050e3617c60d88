import { redirect } from "next/navigation";
import { requireActor } from "@/server/access";
import { homePathFor } from "@/server/navigation";

export default async function Home() {
  const actor = await requireActor();
  redirect(homePathFor(actor));
}
