import { describe, expect, it } from "vitest";
import { periodById, reportingPeriods } from "@/catalogue/calendar";
import { daysText, deadlineStatus, effectiveDeadline, isLate, returnPeriodsFor } from "@/domain/return/periods";

const periods = reportingPeriods();
const january2024 = periodById("2023-24-Q4")!; // opens 2024-01-01, due 2024-01-31, locks 2024-02-14

describe("returnPeriodsFor", () => {
  it("gives no returns until the plan is approved", () => {
    expect(returnPeriodsFor({ periods, planApprovedOn: null, today: "2024-01-20" })).toEqual([]);
  });

  it("starts with the first return whose due date is on or after approval", () => {
    const inWindow = returnPeriodsFor({ periods, planApprovedOn: "2023-01-10", today: "2023-01-20" });
    expect(inWindow[0]?.period.id).toBe("2022-23-Q4");
    const afterDue = returnPeriodsFor({ periods, planApprovedOn: "2023-02-01", today: "2023-02-02" });
    expect(afterDue[0]?.period.id).toBe("2023-24-Q1");
    expect(returnPeriodsFor({ periods, planApprovedOn: "2023-01-31", today: "2023-02-02" })[0]?.period.id).toBe("2022-23-Q4");
  });

  it("works out each period's state on the programme date", () => {
    const states = Object.fromEntries(returnPeriodsFor({ periods, planApprovedOn: "2023-01-10", today: "2024-01-20" }).map((p) => [p.period.id, p.state]));
    expect(states["2023-24-Q3"]).toBe("locked");
    expect(states["2023-24-Q4"]).toBe("open");
    expect(states["2024-25-Q1"]).toBe("not-yet-open");
  });

  it("uses the LA's extension for its due and lock dates", () => {
    const extensions = [{ periodKey: "2023-24-Q4", dueDate: "2024-02-20", lockDate: "2024-03-01" }];
    const [period] = returnPeriodsFor({ periods: [january2024], planApprovedOn: "2023-01-10", extensions, today: "2024-02-16" });
    expect(period).toMatchObject({ due: "2024-02-20", locks: "2024-03-01", extended: true, state: "open", daysLeft: 4 });
    const without = returnPeriodsFor({ periods: [january2024], planApprovedOn: "2023-01-10", today: "2024-02-16" });
    expect(without[0]).toMatchObject({ due: "2024-01-31", extended: false, state: "locked" });
  });

  it("never lets an extension lock before its own due date", () => {
    expect(effectiveDeadline(january2024, { periodKey: "2023-24-Q4", dueDate: "2024-02-20", lockDate: "2024-02-01" })).toMatchObject({ due: "2024-02-20", locks: "2024-02-20" });
  });
});

describe("deadlineStatus", () => {
  const deadline = { opens: "2024-01-01", due: "2024-01-31", locks: "2024-02-14" } as const;
  it.each([
    ["2023-12-31", "not-yet-open", 31, null, "Not open yet"],
    ["2024-01-01", "open", 30, null, "30 days left"],
    ["2024-01-30", "open", 1, null, "1 day left"],
    ["2024-01-31", "open", 0, null, "Due today"],
    ["2024-02-01", "overdue", null, 1, "1 day overdue"],
    ["2024-02-14", "overdue", null, 14, "14 days overdue"],
    ["2024-02-15", "locked", null, 15, "15 days overdue"],
  ] as const)("on %s it is %s", (today, state, daysLeft, daysOverdue, text) => {
    const status = deadlineStatus(deadline, today);
    expect(status).toMatchObject({ state, daysLeft, daysOverdue });
    expect(daysText(status)).toBe(text);
  });

  it("stays overdue without a lock date (statements of grant usage)", () => {
    expect(deadlineStatus({ opens: "2023-10-01", due: "2023-10-31" }, "2024-06-01").state).toBe("overdue");
  });
});

describe("isLate", () => {
  it("compares London dates, so late evening UTC in summer is the next day", () => {
    // 31 July 2023 is in British Summer Time: 23:30 UTC is 00:30 on 1 August in London.
    expect(isLate(new Date("2023-07-31T22:59:59Z"), "2023-07-31")).toBe(false);
    expect(isLate(new Date("2023-07-31T23:30:00Z"), "2023-07-31")).toBe(true);
  });

  it("in winter London is UTC", () => {
    expect(isLate(new Date("2024-01-31T23:59:59Z"), "2024-01-31")).toBe(false);
    expect(isLate(new Date("2024-02-01T00:00:00Z"), "2024-01-31")).toBe(true);
  });
});
