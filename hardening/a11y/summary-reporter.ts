import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// Adds up the page states each test checked and prints the figure the hardening note asks for:
//   a11y: N page states (E empty, F filled, S signed out, X error), V violations; keyboard journey: passed

class A11ySummaryReporter implements Reporter {
  private readonly byKind = new Map<string, number>();
  private states = 0;
  private violations = 0;
  private keyboard = "not run";

  onTestEnd(test: TestCase, result: TestResult): void {
    // Runtime annotations are on the result (recent Playwright) or the test (older): count one list, not both.
    const annotations = result.annotations?.length ? result.annotations : test.annotations;
    for (const a of annotations) {
      const n = Number(a.description ?? 0);
      if (a.type === "a11y-states") this.states += n;
      if (a.type === "a11y-violations") this.violations += n;
      if (a.type.startsWith("a11y-kind:")) this.byKind.set(a.type.slice(10), (this.byKind.get(a.type.slice(10)) ?? 0) + n);
    }
    if (test.title.includes("keyboard")) this.keyboard = result.status;
  }

  onEnd(result: FullResult): void {
    const kinds = [...this.byKind.entries()].map(([k, n]) => `${n} ${k}`).join(", ");
    console.log(`\na11y: ${this.states} page states${kinds ? ` (${kinds})` : ""}, ${this.violations} violations; keyboard-only plan journey: ${this.keyboard}; run ${result.status}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

export default A11ySummaryReporter;
