import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Footer } from "@/components/footer";
import { Header } from "@/components/header";
import { LinkButtonKeys } from "@/components/link-button-keys";
import { PhaseBanner } from "@/components/phase-banner";
import { SkipLink } from "@/components/skip-link";
import { SessionTimeoutWarning } from "@/components/session-timeout-warning";
import { readSessionExpiry } from "@/server/auth/session-cookie";
import { getActor } from "@/server/access";
import { getDatabase } from "@/server/db/database";
import { countUnread } from "@/server/notifications-inbox/load-notifications";
import { navigationFor } from "@/server/navigation";
import { signOut } from "@/server/actions/auth/sign-out";

const SERVICE_NAME = "Family Hubs and Start for Life portal";

export const metadata: Metadata = {
  title: { template: `%s – ${SERVICE_NAME}`, default: SERVICE_NAME },
  description: "Plan and report on the Family Hubs and Start for Life programme.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor().catch(() => null);
  const sessionExpiresAt = actor ? await readSessionExpiry() : null;
  const unread = actor ? await countUnread((await getDatabase()).db, actor).catch(() => 0) : 0;
  return (
    <html lang="en-GB">
      <body>
        <SkipLink />
        <Header serviceName={SERVICE_NAME} navigation={actor ? navigationFor(actor, unread) : []} userName={actor?.name} signOutAction={signOut} />
        <div className="govuk-width-container">
          <PhaseBanner feedbackHref="/feedback" />
          {children}
        </div>
        <Footer />
        {sessionExpiresAt && <SessionTimeoutWarning expiresAt={sessionExpiresAt} serverNow={Date.now()} />}
        <LinkButtonKeys />
      </body>
    </html>
  );
}
