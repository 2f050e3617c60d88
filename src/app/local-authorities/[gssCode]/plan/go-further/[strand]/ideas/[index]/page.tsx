import type { Metadata } from "next";
import { IdeaPage } from "../idea-page";

export const metadata: Metadata = { title: "Change your idea" };

export default async function ChangeIdeaPage({ params }: { params: Promise<{ gssCode: string; strand: string; index: string }> }) {
  const { gssCode, strand, index } = await params;
  return <IdeaPage gssCode={gssCode} strandId={strand} index={index} />;
}
