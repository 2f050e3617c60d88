import type { Metadata } from "next";
import { ContentPage } from "@/components/content-page";

export const metadata: Metadata = { title: "Give feedback" };

export default function FeedbackPage() {
  return (
    <ContentPage title="Give feedback">
      <p>This is a new service and your feedback helps us improve it.</p>
      <p>
        Email <a href="mailto:family-hubs.portal@education.example.gov.uk">family-hubs.portal@education.example.gov.uk</a> and tell us what you were trying to do and what happened. Do not include information about individual children or families.
      </p>
    </ContentPage>
  );
}
