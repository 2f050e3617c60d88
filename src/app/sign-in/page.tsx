import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/server/access";
import { homePathFor } from "@/server/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NEXT_AUTH_ERRORS: Record<string, string> = {
  AccountLocked: "Your account is locked because of too many failed sign-in attempts. Try again in 30 minutes.",
  NoAccount: "You do not have an account for this portal yet. Ask your administrator to invite you.",
  CredentialsSignin: "Enter a correct email address and password",
  TooManyAttempts: "Too many sign-in attempts. Wait a minute and try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; signedOut?: string; passwordSet?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor));
  const { error, signedOut, passwordSet } = await searchParams;
  const problem = error ? (NEXT_AUTH_ERRORS[error] ?? "Sign-in did not work. Try again.") : undefined;
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {signedOut && <NotificationBanner variant="success" title="Success" heading="You have signed out" />}
          {passwordSet && <NotificationBanner variant="success" title="Success" heading="Your password is set. You can now sign in." />}
          <h1 className="govuk-heading-l">Sign in</h1>
          <p>Sign in with the email address your administrator invited. There is no self-registration: ask your administrator if you need an account.</p>
          <SignInForm problem={problem} />
        </div>
      </div>
    </main>
  );
}
