import { londonDate } from "@/catalogue/calendar";
import { SIGN_UP, waveForSubmission, type TrailblazerWave } from "@/catalogue/cohorts";
import type { IsoDate } from "@/catalogue/types";
import { formatDate } from "@/domain/dates";

// Sign-up closes on 31 October 2022 ("How to sign up to deliver the programme"), a London date: a form
// sent at 11:30pm that evening is in time. An administrator may give one LA a later date.

export type DeadlineCheck = { ok: true; submittedOn: IsoDate } | { ok: false; code: "sign-up-deadline-passed"; message: string };

/** The LA's deadline: the programme's closing date unless an administrator extended it. */
export function signUpDeadlineFor(extendedTo?: IsoDate | null): IsoDate {
  return extendedTo && extendedTo > SIGN_UP.window.to ? extendedTo : SIGN_UP.window.to;
}

/** Whether an administrator moved this deadline past the programme's closing date. */
export function isExtendedDeadline(deadline: IsoDate): boolean {
  return deadline > SIGN_UP.window.to;
}

/** Whether a sign-up may be sent at `now`. The deadline day counts in full, in London time. */
export function checkSubmissionDeadline({ now, deadline }: { now: Date; deadline: IsoDate }): DeadlineCheck {
  const submittedOn = londonDate(now);
  if (submittedOn <= deadline) return { ok: true, submittedOn };
  return {
    ok: false,
    code: "sign-up-deadline-passed",
    message: deadlineMessage(deadline),
  };
}

export function deadlineMessage(deadline: IsoDate): string {
  return `The sign-up deadline was ${formatDate(deadline)}. Ask the programme team to extend your deadline if you need more time.`;
}

/**
 * The trailblazer selection wave of an application submitted at this instant, by its London date; null
 * when it missed both waves and will not be considered (trailblazer guide, "Timelines").
 */
export function selectionWaveFor(submittedAt: Date): TrailblazerWave | null {
  return waveForSubmission(londonDate(submittedAt));
}

/**
 * The wave a trailblazer application joins, from the London date it was submitted and the LA's sign-up
 * deadline. In time: the wave whose window holds the date. After both waves closed the guide says "we will not
 * consider applications that miss these deadlines"; our one exception is an LA whose sign-up deadline an
 * administrator extended (its deadline is later than the programme's closing date) and that submits by that
 * extended date: the extension is the programme team's decision to hear it late, so the application joins the
 * last wave (wave 2), with the places wave 2 has left. Wave 1's places are never reopened.
 */
export function applicationWaveFor({ submittedOn, deadline }: { submittedOn: IsoDate; deadline: IsoDate }): TrailblazerWave | null {
  const inTime = waveForSubmission(submittedOn);
  if (inTime !== null) return inTime;
  return isExtendedDeadline(deadline) && submittedOn <= deadline ? LAST_WAVE : null;
}

const LAST_WAVE: TrailblazerWave = 2;
