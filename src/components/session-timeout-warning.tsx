"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/button";
import { extendSession } from "@/server/actions/auth/extend-session";
import { signOut } from "@/server/actions/auth/sign-out";

/** Warn this long before the session ends (GOV.UK's timeout pattern suggests at least 2 minutes; we give 5). */
const WARN_BEFORE_MS = 5 * 60 * 1000;

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * Warns a signed-in user 5 minutes before their session cookie expires, in a modal dialog with
 * "Stay signed in" (which re-issues the cookie) and "Sign out". Drafts are saved as people type, so a
 * time-out loses nothing, but it still interrupts: this gives them the choice. The server passes the
 * cookie's expiry (readSessionExpiry) and its own clock, so a wrong clock in the browser does not matter.
 * Mount it once in the root layout for signed-in pages.
 */
export function SessionTimeoutWarning({ expiresAt, serverNow, signInHref = "/sign-in?timedOut=1" }: { expiresAt: number; serverNow: number; signInHref?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The moment (on this browser's clock) the session ends.
  const [endsAt, setEndsAt] = useState(() => Date.now() + (expiresAt * 1000 - serverNow));
  const [remaining, setRemaining] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const tick = () => {
      const left = endsAt - Date.now();
      if (left <= 0) {
        window.location.assign(signInHref);
        return;
      }
      if (left <= WARN_BEFORE_MS) {
        setRemaining(left);
        if (dialog.current && !dialog.current.open) dialog.current.showModal();
      }
    };
    tick();
    const timer = setInterval(tick, 15_000);
    return () => clearInterval(timer);
  }, [endsAt, signInHref]);

  async function staySignedIn() {
    setPending(true);
    setFailed(false);
    try {
      const next = await extendSession();
      if (!next) {
        window.location.assign(signInHref);
        return;
      }
      setEndsAt(Date.now() + (next.expiresAt * 1000 - next.serverNow));
      setRemaining(null);
      dialog.current?.close();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="session-timeout-heading"
      aria-describedby="session-timeout-message"
      className="m-auto max-w-[640px] border-[5px] border-govuk-text bg-white p-[30px] backdrop:bg-black/80"
      onCancel={(e) => {
        // Escape means "carry on": extend rather than leave the warning in place unanswered.
        e.preventDefault();
        void staySignedIn();
      }}
    >
      <h2 id="session-timeout-heading" className="govuk-heading-m">
        You will be signed out soon
      </h2>
      <p id="session-timeout-message" className="govuk-body">
        {remaining !== null ? `We will sign you out in ${minutesText(remaining)} to protect your information.` : "We will sign you out soon to protect your information."} Your answers are
        saved as you go.
      </p>
      {failed && <p className="govuk-body font-bold text-govuk-error">We could not keep you signed in. Try again.</p>}
      <div className="flex flex-wrap items-baseline gap-x-4">
        <Button type="button" onClick={() => void staySignedIn()} disabled={pending}>
          Stay signed in
        </Button>
        <form action={signOut}>
          <Button variant="secondary">Sign out</Button>
        </form>
      </div>
    </dialog>
  );
}
