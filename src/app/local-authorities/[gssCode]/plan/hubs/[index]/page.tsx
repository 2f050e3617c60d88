import type { Metadata } from "next";
import { HubPage } from "../hub-page";

export const metadata: Metadata = { title: "Change a family hub or site" };

export default async function ChangeHubPage({ params }: { params: Promise<{ gssCode: string; index: string }> }) {
  const { gssCode, index } = await params;
  return <HubPage gssCode={gssCode} index={index} />;
}
