import { describe, expect, it } from "vitest";
import { checkReturn } from "@/domain/return-rules";
import { buildDemoReturn } from "@/domain/return/demo-returns";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { planMilestones } from "@/domain/plan/plan-milestones";

// How long validating a complete return takes in the domain function (issue 5 asks for the median).
// A sanity bound only: the figure is printed for the note, not asserted tightly.

describe("checkReturn timing", () => {
  it("validates a complete return (with last quarter's to compare against) quickly", () => {
    const milestones = planMilestones(fullPlanDocument({ name: "Timing", isTrailblazer: true }));
    const previous = buildDemoReturn({ periodId: "2023-24-Q3", planMilestones: milestones });
    const document = buildDemoReturn({ periodId: "2023-24-Q4", planMilestones: milestones, previous });
    const context = { periodId: "2023-24-Q4", planMilestones: milestones, previous, includesAnnualQuestions: true };
    const first = checkReturn(document, context);
    expect(first.errors).toEqual([]);
    for (let i = 0; i < 20; i++) checkReturn(document, context); // warm up
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      checkReturn(document, context);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.log(`checkReturn on a complete return: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${times.length} runs (${milestones.length} milestones)`);
    expect(median).toBeLessThan(50);
  });
});
