import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signedInPage } from "./support/auth";
import { approve, returnForChanges, sendForSignOff, signAndSubmit } from "./support/submission-workflow";

// Bolton's demo plan is a complete draft: this journey takes it through every role to approval.
const BOLTON = "E08000001";
const plan = `/local-authorities/${BOLTON}/plan`;

async function sendPlanForSignOff(lead: Page) {
  await sendForSignOff(lead, { taskList: plan, checkHeading: "Check your delivery plan" });
}

async function signPlan(accountable: Page) {
  await signAndSubmit(accountable, { taskList: plan, signButton: "Review and sign the plan", signHeading: "Sign the delivery plan" });
}

async function openInQueue(reviewer: Page) {
  await reviewer.goto("/review");
  await expectAccessible(reviewer);
  await reviewer.getByRole("row", { name: /Bolton/ }).getByRole("link", { name: "Bolton" }).click();
  await expect(reviewer.getByRole("heading", { name: "Delivery plan" })).toBeVisible();
}

test("a plan goes from draft to sign-off, is returned, revised, signed again and approved", async ({ browser }) => {
  // Three roles, twelve pages, each with an accessibility check.
  test.setTimeout(180_000);
  const lead = await signedInPage(browser, "lead@bolton.example.gov.uk");
  const accountable = await signedInPage(browser, "accountable@bolton.example.gov.uk");
  const reviewer = await signedInPage(browser, "reviewer@education.example.gov.uk");

  await lead.goto(plan);
  await expectAccessible(lead);
  await sendPlanForSignOff(lead);
  // A submitted or waiting plan cannot be edited: the sections are no longer links.
  await expect(lead.getByRole("link", { name: "Ambition and local context" })).toHaveCount(0);

  await signPlan(accountable);

  await openInQueue(reviewer);
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Return it for changes").check();
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer.locator("#sections-error")).toContainText("Select each section that needs changes");
  await expectAccessible(reviewer);
  await returnForChanges(reviewer, { section: "Ambition and local context", reason: "Say how the plan fits the new early help strategy." });

  await lead.goto(plan);
  await expect(lead.getByText("Say how the plan fits the new early help strategy.")).toBeVisible();
  await expect(lead.locator("#section-ambition-status")).toHaveText(/Changes requested/);
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Ambition and local context" }).click();
  await lead.getByLabel("How does this plan fit your local early help strategy?").fill("It delivers the family support priorities of the 2024 early help strategy, overseen by the same board.");
  await lead.getByRole("button", { name: "Save and continue" }).click();
  await expect(lead).toHaveURL(plan);
  await expect(lead.locator("#section-ambition-status")).toHaveText(/Completed/);
  await sendPlanForSignOff(lead);

  await signPlan(accountable);

  await openInQueue(reviewer);
  await expect(reviewer.locator("p", { hasText: "Since the revision you returned:" })).toContainText("Ambition and local context changed");
  await approve(reviewer);

  await lead.goto(plan);
  await expect(lead.getByText("Approved on")).toBeVisible();
  await lead.getByRole("link", { name: "See the history of this delivery plan" }).click();
  await expect(lead.getByRole("heading", { name: "Revision 2" })).toBeVisible();
  await expect(lead.getByText(/Returned for changes by/)).toBeVisible();
  await expect(lead.getByText(/Approved by/)).toBeVisible();
  await expectAccessible(lead);
});

test("two people saving the same section: the second is refused and keeps what they typed", async ({ browser }) => {
  // County Durham's demo plan was returned, so revision 2 is an editable draft.
  const section = "/local-authorities/E06000047/plan/ambition";
  const lead = await signedInPage(browser, "lead@durham.example.gov.uk");
  const contributor = await signedInPage(browser, "contributor@durham.example.gov.uk");
  await lead.goto(section);
  await contributor.goto(section);

  await lead.getByLabel("What is your starting point?").fill("Lead's starting point");
  await lead.getByRole("button", { name: "Save and continue" }).click();
  await expect(lead).toHaveURL("/local-authorities/E06000047/plan");

  await contributor.getByLabel("What is your starting point?").fill("Contributor's careful rewrite");
  await contributor.getByRole("button", { name: "Save and continue" }).click();
  await expect(contributor.getByText("Someone else saved this section while you were editing it")).toBeVisible();
  await expect(contributor.getByLabel("What is your starting point?")).toHaveValue("Contributor's careful rewrite");
  await expectAccessible(contributor);

  await lead.goto(section);
  await expect(lead.getByLabel("What is your starting point?")).toHaveValue("Lead's starting point");
});
