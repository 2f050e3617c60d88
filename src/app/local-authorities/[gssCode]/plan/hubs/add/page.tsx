import type { Metadata } from "next";
import { HubPage } from "../hub-page";

export const metadata: Metadata = { title: "Add a family hub or site" };

export default async function AddHubPage({ params }: { params: Promise<{ gssCode: string }> }) {
  return <HubPage gssCode={(await params).gssCode} />;
}
