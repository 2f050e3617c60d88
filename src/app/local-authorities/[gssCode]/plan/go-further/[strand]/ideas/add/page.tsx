import type { Metadata } from "next";
import { IdeaPage } from "../idea-page";

export const metadata: Metadata = { title: "Add an idea of your own" };

export default async function AddIdeaPage({ params }: { params: Promise<{ gssCode: string; strand: string }> }) {
  const { gssCode, strand } = await params;
  return <IdeaPage gssCode={gssCode} strandId={strand} />;
}
