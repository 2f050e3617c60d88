import { describe, expect, it } from "vitest";
import { checkSignUp } from "@/domain/sign-up/definition";
import { applicationWaveFor } from "@/domain/sign-up/deadline";
import { demoSignUpDocument } from "@/domain/sign-up/demo";

describe("applicationWaveFor", () => {
  it("uses the wave whose window holds the submission date", () => {
    expect(applicationWaveFor({ submittedOn: "2022-08-31", deadline: "2022-10-31" })).toBe(1);
    expect(applicationWaveFor({ submittedOn: "2022-09-01", deadline: "2022-10-31" })).toBe(2);
    expect(applicationWaveFor({ submittedOn: "2022-09-01", deadline: "2026-12-31" })).toBe(2);
  });

  it("refuses a late application unless the LA's sign-up deadline was extended, then puts it in wave 2", () => {
    expect(applicationWaveFor({ submittedOn: "2022-10-01", deadline: "2022-10-31" })).toBeNull();
    expect(applicationWaveFor({ submittedOn: "2022-11-15", deadline: "2022-11-30" })).toBe(2);
    expect(applicationWaveFor({ submittedOn: "2026-03-02", deadline: "2026-03-31" })).toBe(2);
    expect(applicationWaveFor({ submittedOn: "2026-04-01", deadline: "2026-03-31" })).toBeNull(); // after the extension too
  });

  it("lets checkSignUp accept a trailblazer application inside an extended deadline", () => {
    const document = demoSignUpDocument({ trailblazerStrands: ["parenting"] });
    expect(checkSignUp(document, { today: "2026-03-02", deadline: "2026-03-31" }).errors).toEqual([]);
    expect(checkSignUp(document, { today: "2022-10-02", deadline: "2022-10-31" }).errors.map((e) => e.code)).toEqual(["trailblazer-applications-closed"]);
  });
});
