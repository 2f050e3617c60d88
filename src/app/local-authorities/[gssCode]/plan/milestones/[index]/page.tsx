import type { Metadata } from "next";
import { MilestonePage } from "../milestone-page";

export const metadata: Metadata = { title: "Change a milestone" };

export default async function ChangeMilestonePage({ params }: { params: Promise<{ gssCode: string; index: string }> }) {
  const { gssCode, index } = await params;
  return <MilestonePage gssCode={gssCode} index={index} />;
}
