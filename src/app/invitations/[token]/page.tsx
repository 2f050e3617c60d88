import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { ROLE_LABELS } from "@/domain/roles";
import { getDatabase } from "@/server/db/database";
import { findUsableInvitation } from "@/server/users/accept-invitation";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set your password" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getDatabase();
  const invitation = await findUsableInvitation(db, token);
  return (
    <main id="main-content" tabIndex={-1} className="govuk-main-wrapper govuk-main-wrapper-l">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {invitation ? (
            <>
              <PageHeading caption={`${invitation.email} – ${ROLE_LABELS[invitation.role]}`}>Set your password</PageHeading>
              <p>Choose a password of at least 12 characters. A few unrelated words make a strong password that is easy to remember.</p>
              <SetPasswordForm token={token} />
            </>
          ) : (
            <>
              <PageHeading>This link has expired or has already been used</PageHeading>
              <p>Invitation links work once and expire after 7 days. Ask your administrator to invite you again.</p>
              <p>
                If you have already set your password, <Link href="/sign-in">sign in</Link>.
              </p>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
