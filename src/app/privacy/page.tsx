import type { Metadata } from "next";
import { ContentPage } from "@/components/content-page";

export const metadata: Metadata = { title: "Privacy notice" };

export default function PrivacyPage() {
  return (
    <ContentPage title="Privacy notice">
      <p>The Department for Education is the data controller for the personal information held in this portal.</p>
      <h2 className="govuk-heading-m">What we hold</h2>
      <p>For each account: your name, work email address, role, the local authority or region you work for, when you last signed in, and a record of the changes you make. Passwords are stored only as a one-way hash.</p>
      <p>Delivery plans, returns and statements hold information about services, not about individual families. Management information is collected at population level only.</p>
      <h2 className="govuk-heading-m">Why we hold it</h2>
      <p>To run the Family Hubs and Start for Life programme: to let local authorities plan and report, to let officials review and monitor delivery, and to keep an audit trail of decisions. The lawful basis is public task.</p>
      <h2 className="govuk-heading-m">How long we keep it</h2>
      <p>Accounts are deactivated when they are no longer needed. Programme records and their audit trail are kept for 7 years after the programme ends.</p>
      <h2 className="govuk-heading-m">Your rights</h2>
      <p>You can ask to see, correct or delete the information we hold about you by emailing <a href="mailto:family-hubs.portal@education.example.gov.uk">family-hubs.portal@education.example.gov.uk</a>.</p>
    </ContentPage>
  );
}
