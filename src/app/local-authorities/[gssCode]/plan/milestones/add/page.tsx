import type { Metadata } from "next";
import { MilestonePage } from "../milestone-page";

export const metadata: Metadata = { title: "Add a milestone" };

export default async function AddMilestonePage({ params }: { params: Promise<{ gssCode: string }> }) {
  return <MilestonePage gssCode={(await params).gssCode} />;
}
