import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signedInPage } from "./support/auth";
import { approve, returnForChanges, sendForSignOff, signAndSubmit } from "./support/submission-workflow";

// Blackpool's demo plan is approved (January 2023) and every earlier return is submitted and approved, so on the
// demo programme date (20 January 2024) its January 2024 return (2023-24-Q4) is open and not started. This journey
// fills it in through the forms, MI included, sends it for sign-off, signs it, and then a reviewer returns it with
// a comment and accepts the revision.
const BLACKPOOL = "E06000009";
const PERIOD = "2023-24-Q4";
const home = `/local-authorities/${BLACKPOOL}`;
const taskList = `${home}/returns/${PERIOD}`;

async function saveAndContinue(page: Page, expectedUrl: string) {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(expectedUrl);
}

/** Copies last quarter's value (shown beside each field) into every empty field of the page's form. */
async function copyLastQuarter(page: Page) {
  await page.evaluate(() => {
    const lastQuarterOf = (el: Element) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.querySelector("[data-last-quarter]")?.getAttribute("data-last-quarter"))
        .find((v) => v);
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("main form input[type=text], main form textarea")) {
      const value = lastQuarterOf(el);
      if (value && !el.value) el.value = value;
    }
    for (const fieldset of document.querySelectorAll("main form fieldset")) {
      const value = lastQuarterOf(fieldset);
      if (!value) continue;
      for (const input of fieldset.querySelectorAll<HTMLInputElement>("input[type=radio], input[type=checkbox]")) {
        const label = document.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? "";
        if (input.value === value || value.split("; ").includes(label)) input.checked = true;
      }
    }
  });
}

/** No problems are left, and every warning (figures asked only once a year, milestones due in the quarter) is explained. */
async function makeReadyToSend(check: Page) {
  await expect(check.getByText("There are no problems with the return.")).toBeVisible();
  const explanations = check.getByLabel("Why this is acceptable");
  if ((await explanations.count()) > 0) {
    for (const box of await explanations.all()) if (!(await box.inputValue())) await box.fill("Checked with the service lead: correct for this quarter.");
    await check.getByRole("button", { name: "Save explanations" }).click();
    await expect(check).toHaveURL(`${taskList}/check`);
  }
}

async function sendReturnForSignOff(lead: Page) {
  await sendForSignOff(lead, { taskList, checkHeading: "Check your delivery return", beforeSending: makeReadyToSend });
}

async function signReturn(accountable: Page) {
  await signAndSubmit(accountable, { taskList, signButton: "Review and sign the return", signHeading: "Sign the delivery return" });
  await expect(accountable.getByText("Submitted late")).toHaveCount(0);
}

async function openInQueue(reviewer: Page) {
  await reviewer.goto("/review");
  await reviewer.getByRole("row", { name: new RegExp(`Blackpool.*Delivery return ${PERIOD}`) }).getByRole("link", { name: "Blackpool" }).click();
  await expect(reviewer.getByRole("heading", { name: new RegExp(`Delivery return ${PERIOD}`) })).toBeVisible();
  await expectAccessible(reviewer);
}

test("an LA completes its quarterly return with MI through the forms; a reviewer returns it with a comment and accepts the revision", async ({ browser }) => {
  test.setTimeout(360_000);
  const lead = await signedInPage(browser, "lead@blackpool.example.gov.uk");

  // The home page is the to-do list.
  await lead.goto(home);
  const item = lead.locator("#to-do-list li", { hasText: "Delivery return: January 2024" });
  await expect(item).toContainText("11 days left");
  await expect(item).toContainText("Not started");
  await expectAccessible(lead);
  await item.getByRole("link").click();
  await expect(lead).toHaveURL(taskList);
  await expectAccessible(lead);
  await lead.getByRole("button", { name: "Start this return" }).click();
  await expect(lead.getByRole("heading", { name: /sections/ })).toBeVisible();
  await expectAccessible(lead);

  // Milestones: carried forward from last quarter; one is now at risk, with commentary.
  await lead.getByRole("link", { name: "Milestones" }).click();
  await expectAccessible(lead);
  const firstStatus = lead.getByRole("group", { name: /^Status of / }).first();
  await firstStatus.getByLabel("Complete").check();
  await saveAndContinue(lead, taskList);

  // Minimum expectations: progress carried forward; confirm one strand.
  await lead.getByRole("link", { name: "Minimum expectations" }).click();
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Parenting support" }).click();
  await expectAccessible(lead);
  await saveAndContinue(lead, `${taskList}/minimum-expectations`);
  await lead.getByRole("link", { name: "Return to the task list" }).click();

  // Risks: a new red risk without a likelihood is refused with a message at the field.
  await lead.getByRole("link", { name: "Risks and issues" }).click();
  const newRisk = lead.getByRole("region", { name: "Add a new risk (optional)" });
  await newRisk.getByLabel("Title").fill("Venue lease for the north hub");
  await newRisk.getByLabel("Impact").selectOption("4");
  await lead.getByRole("button", { name: "Save and continue" }).click();
  await expect(lead.locator("#error-summary")).toContainText("Select a likelihood from 1 to 5");
  await expectAccessible(lead);
  // Nothing typed is lost; the rating appears as soon as both scores are chosen.
  await expect(newRisk.getByLabel("Title")).toHaveValue("Venue lease for the north hub");
  await expect(newRisk.getByLabel("Impact")).toHaveValue("4");
  await newRisk.getByLabel("Likelihood").selectOption("5");
  await expect(newRisk.getByText("Red", { exact: true })).toBeVisible();
  await newRisk.getByLabel("Mitigation").fill("Negotiating a five-year lease; a fallback site at the library is agreed.");
  await newRisk.getByLabel("Owner").fill("Head of Estates");
  await saveAndContinue(lead, taskList);

  // Successes.
  await lead.getByRole("link", { name: "Successes and good practice" }).click();
  const success = lead.getByRole("region", { name: "Add a success (optional)" });
  await success.getByLabel("Title").fill("Dads’ group at the central hub");
  await success.getByLabel("What happened and why it worked").fill("Run by two fathers from the Parent and Carer Panel; 30 dads came in its first month.");
  await saveAndContinue(lead, taskList);

  // Annual questions, saved automatically as they are typed.
  await lead.getByRole("link", { name: /Annual questions/ }).click();
  await expectAccessible(lead);
  await lead.getByLabel("What improvements have you made to services this year?").fill("A single front door at each hub cut the wait for first contact from 15 days to 6.");
  await expect(lead.getByTestId("autosave-status")).toContainText("Draft saved at");
  await lead.goto(taskList);
  await lead.getByRole("link", { name: /Annual questions/ }).click();
  await expect(lead.getByLabel("What improvements have you made to services this year?")).toHaveValue(/single front door/);
  await lead.getByLabel("How are you taking a joined-up approach to delivery with local partners?").fill("Health visiting, midwifery and the voluntary sector share a weekly allocation meeting.");
  await saveAndContinue(lead, taskList);

  // Register of services: carried forward; confirm it.
  await lead.getByRole("link", { name: "Management information: register of services" }).click();
  await expectAccessible(lead);
  await saveAndContinue(lead, taskList);

  // Figures, one group at a time, each beside last quarter's value. A percentage above 100 is refused.
  await lead.getByRole("link", { name: "Management information: figures" }).click();
  await expectAccessible(lead);
  const groups = await lead.locator("main ul a").allTextContents();
  expect(groups.length).toBeGreaterThan(5);
  for (const [i, group] of groups.entries()) {
    await lead.getByRole("link", { name: group, exact: true }).click();
    await expect(lead.getByRole("heading", { name: group })).toBeVisible();
    if (i === 0) {
      await expect(lead.getByText(/^Last quarter: /).first()).toBeVisible();
      await lead.getByLabel("Staff turnover").fill("140");
      await lead.getByRole("button", { name: "Save and continue" }).click();
      await expect(lead.locator("#error-summary")).toContainText("Staff turnover");
      await expectAccessible(lead);
      await lead.getByLabel("Staff turnover").fill("");
    }
    await copyLastQuarter(lead);
    await saveAndContinue(lead, `${taskList}/metrics`);
  }
  await lead.getByRole("link", { name: "Return to the task list" }).click();

  await sendReturnForSignOff(lead);

  const accountable = await signedInPage(browser, "accountable@blackpool.example.gov.uk");
  await signReturn(accountable);

  // The reviewer returns it, naming a section with a reason.
  const reviewer = await signedInPage(browser, "reviewer@education.example.gov.uk");
  await openInQueue(reviewer);
  await returnForChanges(reviewer, { section: "Successes and good practice", reason: "Say how other areas could start a dads’ group." });

  // The LA sees the comment on revision 2, changes the section and sends it again.
  await lead.goto(taskList);
  await expect(lead.getByText("Say how other areas could start a dads’ group.")).toBeVisible();
  await expect(lead.locator("#section-successes-status")).toHaveText(/Changes requested/);
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Successes and good practice" }).click();
  await lead.getByLabel(/What happened and why it worked/).first().fill("Run by two fathers from the Parent and Carer Panel; 30 dads came in its first month. Other areas need a dad-led venue and an evening slot.");
  await saveAndContinue(lead, taskList);
  await sendReturnForSignOff(lead);
  await signReturn(accountable);

  await openInQueue(reviewer);
  await approve(reviewer);

  await lead.goto(taskList);
  await expect(lead.getByText("Approved on")).toBeVisible();
  await lead.getByRole("link", { name: "See the history of this delivery return" }).click();
  await expect(lead.getByText("Returned for changes by")).toBeVisible();
  await expectAccessible(lead);
  // Done: it is no longer on the to-do list.
  await lead.goto(home);
  await expect(lead.locator("#to-do-list li", { hasText: "Delivery return: January 2024" })).toHaveCount(0);
});

test("another LA's return is not found", async ({ browser }) => {
  // Attack: a Barnsley user edits the URL to read Blackpool's return.
  const barnsley = await signedInPage(browser, "lead@barnsley.example.gov.uk");
  const response = await barnsley.goto(taskList);
  expect(response?.status()).toBe(404);
  await expectAccessible(barnsley);
});
