import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

// Bolton's demo plan is a complete draft: this journey takes it through every role to approval.
const BOLTON = "E08000001";
const plan = `/local-authorities/${BOLTON}/plan`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

async function sendForSignOff(lead: Page) {
  await lead.goto(`${plan}/check`);
  await expect(lead.getByRole("heading", { name: "Check your delivery plan" })).toBeVisible();
  await expectAccessible(lead);
  await lead.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(lead).toHaveURL(plan);
  await expect(lead.getByText("Awaiting sign-off").first()).toBeVisible();
}

async function sign(accountable: Page) {
  await accountable.goto(plan);
  await accountable.getByRole("button", { name: "Review and sign the plan" }).click();
  await expect(accountable.getByRole("heading", { name: "Sign the delivery plan" })).toBeVisible();
  await expectAccessible(accountable);
  // Signing without the declaration is refused with a message at the checkbox.
  await accountable.getByRole("button", { name: "Sign and submit" }).click();
  await expect(accountable.locator("#declaration-error")).toContainText("Confirm the declaration");
  await expectAccessible(accountable);
  await accountable.getByRole("checkbox").check();
  await accountable.getByRole("button", { name: "Sign and submit" }).click();
  await expect(accountable).toHaveURL(plan);
  await expect(accountable.getByText("Signed and submitted on")).toBeVisible();
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
  const lead = await as(browser, "lead@bolton.example.gov.uk");
  const accountable = await as(browser, "accountable@bolton.example.gov.uk");
  const reviewer = await as(browser, "reviewer@education.example.gov.uk");

  await lead.goto(plan);
  await expectAccessible(lead);
  await sendForSignOff(lead);
  // A submitted or waiting plan cannot be edited: the sections are no longer links.
  await expect(lead.getByRole("link", { name: "Ambition and local context" })).toHaveCount(0);

  await sign(accountable);

  await openInQueue(reviewer);
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Return it for changes").check();
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer.locator("#sections-error")).toContainText("Select each section that needs changes");
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Ambition and local context", { exact: true }).check();
  await reviewer.getByLabel("What needs to change in “Ambition and local context”").fill("Say how the plan fits the new early help strategy.");
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer).toHaveURL("/review");

  await lead.goto(plan);
  await expect(lead.getByText("Say how the plan fits the new early help strategy.")).toBeVisible();
  await expect(lead.locator("#section-ambition-status")).toHaveText(/Changes requested/);
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Ambition and local context" }).click();
  await lead.getByLabel("How does this plan fit your local early help strategy?").fill("It delivers the family support priorities of the 2024 early help strategy, overseen by the same board.");
  await lead.getByRole("button", { name: "Save and continue" }).click();
  await expect(lead).toHaveURL(plan);
  await expect(lead.locator("#section-ambition-status")).toHaveText(/Completed/);
  await sendForSignOff(lead);

  await sign(accountable);

  await openInQueue(reviewer);
  await expect(reviewer.locator("p", { hasText: "Since the revision you returned:" })).toContainText("Ambition and local context changed");
  await reviewer.getByLabel("Approve it").check();
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer).toHaveURL("/review");

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
  const lead = await as(browser, "lead@durham.example.gov.uk");
  const contributor = await as(browser, "contributor@durham.example.gov.uk");
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
