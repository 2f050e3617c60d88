import type { Metadata } from "next";
import { ContentPage } from "@/components/content-page";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <ContentPage title="Accessibility statement">
      <p>This statement applies to the Family Hubs and Start for Life portal, run by the Department for Education and the Department of Health and Social Care.</p>
      <p>We want as many people as possible to be able to use this service. You should be able to:</p>
      <ul className="govuk-list govuk-list-bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole service using just a keyboard</li>
        <li>use the service with a screen reader</li>
        <li>use every form without JavaScript</li>
      </ul>
      <h2 className="govuk-heading-m">How accessible this service is</h2>
      <p>We test every page against the Web Content Accessibility Guidelines version 2.2, level AA, with automated checks on each release and manual keyboard checks of the main journeys. We are not aware of any part of the service that fails to meet the standard.</p>
      <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
      <p>If you find a problem, or need information in a different format, email <a href="mailto:family-hubs.portal@education.example.gov.uk">family-hubs.portal@education.example.gov.uk</a>. We will reply within 5 working days.</p>
      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p>The Equality and Human Rights Commission is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service.</p>
    </ContentPage>
  );
}
