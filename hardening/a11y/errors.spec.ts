import { expect, test, type Page } from "@playwright/test";
import {
  axeViolations,
  candidateForms,
  claimFingerprint,
  describeViolations,
  formsFor,
  loadSeenForms,
  newSignedInPage,
  pageFingerprint,
  STATES,
  type SeenForm,
  type Violation,
} from "./sweep";

// The ERROR state of every form the page pass saw: each distinct form (route and fields) is submitted once,
// emptied, by the first role that saw it, and the page that comes back is checked with axe. Runs after the
// page pass (project dependency), on this suite's own database.

async function submitEmpty(page: Page, form: SeenForm): Promise<"error" | "accepted" | "missing"> {
  await page.goto(form.url);
  const candidates = await candidateForms(page);
  const match = candidates.find((c) => c.signature === form.signature && c.index === form.index) ?? candidates.find((c) => c.signature === form.signature);
  if (!match) return "missing";
  const before = page.url();
  const submit = await page.evaluateHandle((index) => {
    // The same filter as candidateForms: the match.index-th candidate form.
    let i = 0;
    for (const f of Array.from(document.querySelectorAll("form"))) {
      const button = f.querySelector('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
      if (!button) continue;
      const label = (button.textContent || (button as HTMLInputElement).value || "").trim().toLowerCase();
      if (label.includes("sign out") || (f.getAttribute("action") ?? "").includes("/api/auth/signout")) continue;
      if ((f.getAttribute("method") ?? "").toLowerCase() === "get") continue;
      const fields = Array.from(f.querySelectorAll("input, textarea, select")).filter((el) => {
        const type = (el.getAttribute("type") ?? "").toLowerCase();
        return !["hidden", "submit", "button", "reset", "image"].includes(type) && !(el as HTMLInputElement).disabled;
      });
      if (fields.length === 0) continue;
      if (i++ !== index) continue;
      // Empty it: text cleared, boxes unticked, selects on their empty choice. The server's messages are the
      // error state under test, so the browser's own required-field bubbles are switched off.
      f.noValidate = true;
      for (const el of fields) {
        if (el instanceof HTMLTextAreaElement) el.value = "";
        else if (el instanceof HTMLSelectElement) {
          const empty = Array.from(el.options).find((o) => o.value === "");
          if (empty) el.value = "";
        } else if (el instanceof HTMLInputElement) {
          if (el.type === "checkbox") el.checked = false;
          else if (el.type !== "radio" && el.type !== "file") el.value = "";
        }
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
      return button as HTMLElement;
    }
    return null;
  }, match.index);
  const button = submit.asElement();
  if (!button) return "missing";
  await button.click();
  const errorSummary = page.locator("#error-summary, [id$=\"-error\"]").first();
  await Promise.race([
    errorSummary.waitFor({ state: "visible", timeout: 10_000 }).catch(() => undefined),
    page.waitForURL((u) => u.toString() !== before, { timeout: 10_000 }).catch(() => undefined),
  ]);
  await page.waitForLoadState("load");
  return (await errorSummary.isVisible()) ? "error" : "accepted";
}

for (const state of STATES) {
  test(`${state.id}: every form's error state passes axe`, async ({ browser, baseURL }, testInfo) => {
    const mine = formsFor(state.id, loadSeenForms(testInfo));
    // A role that saw no form of its own has no error state to check; it is noted, not skipped.
    if (mine.length === 0) {
      testInfo.annotations.push({ type: "no-forms", description: `${state.id} saw no form of its own to submit` });
      return;
    }
    const page = await newSignedInPage(browser, baseURL!, state.email);
    const violations: Violation[] = [];
    const outcomes: string[] = [];
    let checked = 0;
    let errorStates = 0;
    for (const form of mine) {
      const outcome = await submitEmpty(page, form);
      outcomes.push(`${outcome}: ${form.url} [${form.signature.split("|")[1]}]`);
      if (outcome === "missing") continue;
      if (!claimFingerprint(testInfo, await pageFingerprint(page))) continue;
      // A form that accepts being emptied (optional answers saved as a draft) shows the page after saving.
      checked += 1;
      if (outcome === "error") errorStates += 1;
      violations.push(...(await axeViolations(page, `${state.id} ${outcome}`)));
    }
    await page.context().close();
    testInfo.annotations.push({ type: "a11y-states", description: String(checked) });
    testInfo.annotations.push({ type: "a11y-kind:error", description: String(errorStates) });
    testInfo.annotations.push({ type: "a11y-kind:after-saving", description: String(checked - errorStates) });
    testInfo.annotations.push({ type: "a11y-violations", description: String(violations.length) });
    console.log(`${state.id}: ${mine.length} forms submitted empty, ${checked} error states checked\n  ${outcomes.join("\n  ")}`);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
