import type { Metadata } from "next";
import { ContentPage } from "@/components/content-page";
import { Table } from "@/components/table";

export const metadata: Metadata = { title: "Cookies" };

export default function CookiesPage() {
  return (
    <ContentPage title="Cookies">
      <p>This service uses only the cookies it needs to work. We do not use analytics or advertising cookies, so we do not ask for consent.</p>
      <Table
        caption="Essential cookies"
        captionSize="m"
        head={["Name", "Purpose", "Expires"]}
        rows={[
          ["next-auth.session-token", "Keeps you signed in", "When your session ends"],
          ["next-auth.csrf-token", "Protects sign-in from cross-site request forgery", "When you close your browser"],
          ["next-auth.callback-url", "Returns you to the right page after single sign-on", "When you close your browser"],
        ]}
      />
    </ContentPage>
  );
}
