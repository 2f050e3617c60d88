"use client";

import { ContentPage } from "@/components/content-page";

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <ContentPage title="Sorry, there is a problem with the service">
      <p>Try again later. Anything you saved before this page appeared has been kept.</p>
      {error.digest && (
        <p>
          If you contact us about this problem, quote reference <strong>{error.digest}</strong>.
        </p>
      )}
    </ContentPage>
  );
}
