import { describe, expect, it } from "vitest";
import { checkSubmissionDeadline, selectionWaveFor, signUpDeadlineFor } from "@/domain/sign-up/deadline";

describe("checkSubmissionDeadline", () => {
  const deadline = signUpDeadlineFor();

  it("uses 31 October 2022 unless an administrator extended it", () => {
    expect(deadline).toBe("2022-10-31");
    expect(signUpDeadlineFor("2022-11-14")).toBe("2022-11-14");
    expect(signUpDeadlineFor(null)).toBe("2022-10-31");
  });

  it("accepts the whole deadline day in London time", () => {
    // British Summer Time ended at 01:00 UTC on 30 October 2022, so London is on GMT (UTC) on the 31st.
    expect(checkSubmissionDeadline({ now: new Date("2022-10-31T23:30:00Z"), deadline })).toEqual({ ok: true, submittedOn: "2022-10-31" });
    expect(checkSubmissionDeadline({ now: new Date("2022-10-31T23:59:59Z"), deadline }).ok).toBe(true);
  });

  it("refuses the next London day with a plain-English message", () => {
    const result = checkSubmissionDeadline({ now: new Date("2022-11-01T00:00:00Z"), deadline });
    expect(result).toEqual({
      ok: false,
      code: "sign-up-deadline-passed",
      message: "The sign-up deadline was 31 October 2022. Ask the programme team to extend your deadline if you need more time.",
    });
  });

  it("reads the date in London during summer time too", () => {
    // 23:30 UTC on 30 September 2022 is 00:30 on 1 October in London (BST).
    expect(checkSubmissionDeadline({ now: new Date("2022-09-30T23:30:00Z"), deadline: "2022-09-30" }).ok).toBe(false);
    expect(checkSubmissionDeadline({ now: new Date("2022-09-30T22:59:59Z"), deadline: "2022-09-30" }).ok).toBe(true);
  });

  it("lets an LA with an extension submit after the programme's closing date", () => {
    expect(checkSubmissionDeadline({ now: new Date("2022-11-10T12:00:00Z"), deadline: signUpDeadlineFor("2022-11-14") }).ok).toBe(true);
    expect(checkSubmissionDeadline({ now: new Date("2022-11-10T12:00:00Z"), deadline }).ok).toBe(false);
  });
});

describe("selectionWaveFor", () => {
  it("puts an application in a wave by its London submission date", () => {
    expect(selectionWaveFor(new Date("2022-08-31T22:59:59Z"))).toBe(1); // 23:59:59 BST on 31 August
    expect(selectionWaveFor(new Date("2022-08-31T23:30:00Z"))).toBe(2); // 00:30 BST on 1 September
    expect(selectionWaveFor(new Date("2022-09-30T22:59:59Z"))).toBe(2);
    expect(selectionWaveFor(new Date("2022-09-30T23:00:00Z"))).toBeNull(); // 1 October in London: too late
  });
});
