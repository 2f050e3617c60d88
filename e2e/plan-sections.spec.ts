import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

// Fills every section of Barking and Dagenham's delivery plan through its forms, without JavaScript-only controls:
// one refused save per kind of form (the error summary shows and what was typed stays), then a valid save, and the
// task list shows each section completed. Barking and Dagenham is not a trailblazer, so it has no trailblazer
// commitments section. Other specs use Blackpool and Barnsley.

const LEAD = "lead@barking-dagenham.example.gov.uk";
const PLAN = "/local-authorities/E09000002/plan";

test.describe.configure({ mode: "serial" });

/** The id a field of this form name gets (fieldId in src/schemas/form-data.ts). */
function idOf(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
}

async function fillDate(page: Page, name: string, day: string, month: string, year: string) {
  const id = idOf(name);
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

async function save(page: Page, name = "Save and continue") {
  await page.getByRole("button", { name }).click();
}

/** The refused save: the summary is shown, links to the field, and the page passes axe. */
async function expectRefused(page: Page, message: string | RegExp) {
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText("There is a problem");
  const link = summary.getByRole("link", { name: message }).first();
  await expect(link).toBeVisible();
  // The link lands on the field in error.
  const target = (await link.getAttribute("href")) ?? "";
  await expect(page.locator(target)).toHaveCount(1);
  await expectAccessible(page);
}

async function expectStatus(page: Page, key: string, status: string) {
  await expect(page.locator(`#section-${key}-status`)).toHaveText(status);
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, LEAD);
});

test("the lead starts the plan and writes the ambition", async ({ page }) => {
  await page.goto(PLAN);
  await page.getByRole("button", { name: "Start your delivery plan" }).click();
  await expect(page.locator("#section-ambition-status")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ambition and local context" }).click();
  await page.getByLabel("What is your overall ambition for the three years?").fill("Every family knows where their nearest family hub is.");
  await page.getByLabel("How does this plan fit your local early help strategy?").fill("It delivers the family support priorities of our early help strategy.");
  await page.getByLabel("What is your starting point?").fill("Four children's centres and a separate youth service.");
  await save(page);
  await expectStatus(page, "ambition", "Completed");
});

test("hubs: add with a refused postcode, add another, change it and remove it", async ({ page }) => {
  await page.goto(`${PLAN}/hubs`);
  await expect(page.getByRole("heading", { name: "Family hubs and network sites" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add a hub or site" }).click();
  await expectAccessible(page);
  await page.getByLabel("Name of the hub or site").fill("Barking Family Hub");
  await page.getByLabel("Family hub", { exact: true }).check();
  await page.getByLabel("Postcode").fill("NOT A POSTCODE");
  await fillDate(page, "hubs[0].openingDate", "1", "3", "2023");
  await page.getByLabel("0 to 19 years", { exact: true }).check();
  await page.getByLabel("Opening hours per week (optional)").fill("50");
  await save(page);
  await expectRefused(page, "Enter a real postcode, like SW1A 1AA");
  await expect(page.locator("#hubs-0-postcode-error")).toContainText("Enter a real postcode");
  // Nothing typed is lost.
  await expect(page.getByLabel("Name of the hub or site")).toHaveValue("Barking Family Hub");
  await expect(page.getByLabel("Family hub", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Postcode")).toHaveValue("NOT A POSTCODE");
  await expect(page.locator("#hubs-0-openingDate-year")).toHaveValue("2023");

  await page.getByLabel("Postcode").fill("ig11 7lu");
  await save(page);
  await expect(page.getByRole("heading", { name: "Barking Family Hub" })).toBeVisible();
  await expect(page.getByText("IG11 7LU")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add another hub or site" }).click();
  await page.getByLabel("Name of the hub or site").fill("Dagenham Library");
  await page.getByLabel("Network site").check();
  await page.getByLabel("Postcode").fill("RM10 8AA");
  await fillDate(page, "hubs[1].openingDate", "3", "4", "2023");
  await page.getByLabel("0 to 5 years only").check();
  await save(page);
  await expect(page.getByRole("heading", { name: "Dagenham Library" })).toBeVisible();

  await page.getByRole("link", { name: "Change (Dagenham Library)" }).click();
  await expect(page.getByLabel("Name of the hub or site")).toHaveValue("Dagenham Library");
  await page.getByLabel("Name of the hub or site").fill("Dagenham Central Library");
  await save(page);
  await expect(page.getByRole("heading", { name: "Dagenham Central Library" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Barking Family Hub" })).toBeVisible();

  await page.getByRole("link", { name: "Remove (Dagenham Central Library)" }).click();
  await expect(page.getByRole("heading", { name: "Are you sure you want to remove Dagenham Central Library?" })).toBeVisible();
  await expectAccessible(page);
  await save(page, "Yes, remove it");
  await expect(page.getByRole("heading", { name: "Barking Family Hub" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dagenham Central Library" })).toHaveCount(0);

  await page.getByRole("button", { name: "Return to your delivery plan" }).click();
  await expectStatus(page, "hubs", "Completed");
});

test("leadership: a refused email address, then the leads and governance", async ({ page }) => {
  await page.goto(`${PLAN}/leadership`);
  await expectAccessible(page);
  const lead = page.getByRole("group", { name: "Single accountable lead for Start for Life" });
  await lead.getByLabel("Full name").fill("Alex Morgan");
  await lead.getByLabel("Job title").fill("Director of Children's Services");
  await lead.getByLabel("Email address").fill("not-an-email");
  const coordinator = page.getByRole("group", { name: "Programme co-ordinator" });
  await coordinator.getByLabel("Full name").fill("Sam Patel");
  await page.getByLabel("How will the programme be governed?").fill("A programme board chaired by the accountable lead meets monthly.");
  await save(page);
  await expectRefused(page, "Enter an email address in the correct format, like name@example.gov.uk");
  await expect(lead.getByLabel("Full name")).toHaveValue("Alex Morgan");
  await expect(lead.getByLabel("Email address")).toHaveValue("not-an-email");
  await expect(coordinator.getByLabel("Full name")).toHaveValue("Sam Patel");

  await lead.getByLabel("Email address").fill("alex.morgan@lbbd.gov.uk");
  await coordinator.getByLabel("Email address").fill("sam.patel@lbbd.gov.uk");
  await save(page);
  await expectStatus(page, "leadership", "Completed");
});

test("needs assessment: the approach and its date are required", async ({ page }) => {
  await page.goto(`${PLAN}/needs-assessment`);
  await expectAccessible(page);
  await page.getByLabel("Summary (optional)").fill("Refreshing the joint strategic needs assessment.");
  await save(page);
  await expectRefused(page, /Select whether you will complete a needs assessment/);
  await expect(page.getByLabel("Summary (optional)")).toHaveValue("Refreshing the joint strategic needs assessment.");

  await page.getByLabel("We will complete a needs assessment in 2022 to 2023").check();
  await save(page);
  await expectRefused(page, "Enter the planned completion date");
  await expect(page.getByLabel("We will complete a needs assessment in 2022 to 2023")).toBeChecked();

  await fillDate(page, "plannedCompletionDate", "28", "2", "2023");
  await save(page);
  await expectStatus(page, "needs-assessment", "Completed");
});

test("minimum expectations: every strand, with a refused target date", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${PLAN}/minimum-expectations`);
  await expectAccessible(page);
  const strands = await page.locator("ul a[href*='/minimum-expectations/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(strands.length).toBeGreaterThan(5);

  for (const [i, href] of strands.entries()) {
    await page.goto(href);
    const groups = page.locator("[data-expectation]");
    const count = await groups.count();
    if (i === 0) {
      await expectAccessible(page);
      // A target date is needed for "will be met": refused, with the choice kept.
      await groups.first().locator("input[value=planned]").check();
      await save(page);
      await expectRefused(page, /^Enter the target date for/);
      await expect(groups.first().locator("input[value=planned]")).toBeChecked();
      const dateName = (await groups.first().locator("input[name$='targetDate.day']").getAttribute("name"))!.replace(/\.day$/, "");
      await fillDate(page, dateName, "31", "12", "2024");
      for (let n = 1; n < count; n++) await groups.nth(n).locator("input[value=met]").check();
    } else {
      for (let n = 0; n < count; n++) await groups.nth(n).locator("input[value=met]").check();
    }
    await save(page);
    await page.waitForURL(/\/minimum-expectations$/);
  }
  await expect(page.locator("[id$='-status']").filter({ hasNotText: "Completed" })).toHaveCount(0);
  await page.getByRole("button", { name: "Return to your delivery plan" }).click();
  await expectStatus(page, "minimum-expectations", "Completed");

  // The first strand's page shows what was saved.
  await page.goto(strands[0]!);
  await expect(page.locator("[data-expectation]").first().locator("input[value=planned]")).toBeChecked();
});

test("going further: options with start quarters, unticking, and an idea of our own", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${PLAN}/go-further`);
  await expectAccessible(page);
  const strands = await page.locator("ul a[href*='/go-further/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(strands.length).toBeGreaterThan(5);

  for (const [i, href] of strands.entries()) {
    await page.goto(href);
    const options = page.locator("input[type=checkbox][name$='.selected']");
    if (i === 0) {
      await expectAccessible(page);
      await options.nth(0).check();
      await options.nth(1).check();
      await save(page);
      await expectRefused(page, /^Select the quarter in which/);
      await expect(options.nth(0)).toBeChecked();
      await expect(options.nth(1)).toBeChecked();
      await page.locator("select[name$='.startQuarter']").nth(1).selectOption("2023-24-Q1");
      await page.locator("textarea[name$='.detail']").nth(1).fill("With our voluntary sector partners.");
    } else {
      await options.nth(0).check();
    }
    await page.locator("select[name$='.startQuarter']").nth(0).selectOption("2023-24-Q2");
    await save(page);
    await page.waitForURL(/\/go-further$/);
  }

  // Unticking an option removes it; the other strands' choices are kept.
  await page.goto(strands[0]!);
  await page.locator("input[type=checkbox][name$='.selected']").nth(1).uncheck();
  await save(page);
  await page.waitForURL(/\/go-further$/);
  await expect(page.locator("li", { has: page.locator(`a[href='${strands[0]}']`) })).toContainText("1 chosen");

  // An idea of our own: refused when blank, then added, changed and removed.
  await page.goto(strands[1]!);
  await page.getByRole("button", { name: "Add an idea of your own" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Dads' evening sessions");
  await save(page);
  await expectRefused(page, "Describe your 'go further' idea");
  await expect(page.getByLabel("Title")).toHaveValue("Dads' evening sessions");
  await page.getByLabel("Description").fill("Fortnightly evening sessions led by a dads' worker.");
  await page.getByLabel("In which quarter will it start?").selectOption("2023-24-Q3");
  await save(page);
  await expect(page.getByRole("heading", { name: "Dads' evening sessions" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add another idea" }).click();
  await page.getByLabel("Title").fill("Second idea");
  await page.getByLabel("Description").fill("To be removed.");
  await page.getByLabel("In which quarter will it start?").selectOption("2024-25-Q1");
  await save(page);
  await page.getByRole("link", { name: "Remove (Second idea)" }).click();
  await expectAccessible(page);
  await save(page, "Yes, remove it");
  await expect(page.getByRole("heading", { name: "Second idea" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Dads' evening sessions" })).toBeVisible();
  // The strand's option chosen earlier is still chosen.
  await expect(page.locator("input[type=checkbox][name$='.selected']").nth(0)).toBeChecked();

  await page.goto(PLAN);
  await expectStatus(page, "go-further", "Completed");
});

test("milestones: a refused date, the fixed milestones, and one of our own in every quarter", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${PLAN}/milestones`);
  await expectAccessible(page);
  const description = "The Barking family hub opens for families of children aged 0 to 19.";
  await fillDate(page, "fixed.hub-opening.date", "31", "2", "2023");
  await page.getByLabel("What will it look like for families in your area?").fill(description);
  await save(page);
  await expectRefused(page, /must be a real date/);
  await expect(page.locator("#fixed-hub-opening-date-day")).toHaveValue("31");
  await expect(page.getByLabel("What will it look like for families in your area?")).toHaveValue(description);

  await fillDate(page, "fixed.hub-opening.date", "1", "3", "2023");
  await fillDate(page, "fixed.start-for-life-offer-published.date", "15", "3", "2023");
  await fillDate(page, "fixed.parent-carer-panel-established.date", "28", "2", "2023");
  await save(page);
  await expectStatus(page, "milestones", "In progress");

  await page.goto(`${PLAN}/milestones`);
  const quarters = await page.locator("ul.govuk-list-bullet li").allTextContents();
  expect(quarters.length).toBeGreaterThan(3);
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  for (const [i, quarter] of quarters.entries()) {
    // "January to March 2023": a date in its last month.
    const [, last, year] = /to (\w+) (\d{4})$/.exec(quarter.trim()) ?? [];
    await page.getByRole("button", { name: /Add (a|another) milestone/ }).click();
    if (i === 0) {
      await expectAccessible(page);
      await fillDate(page, "transformation[0].date", "15", String(MONTHS.indexOf(last!) + 1), year!);
      await save(page);
      await expectRefused(page, "Enter the milestone");
      await expect(page.locator("#transformation-0-date-year")).toHaveValue(year!);
    } else {
      await fillDate(page, `transformation[${i}].date`, "15", String(MONTHS.indexOf(last!) + 1), year!);
    }
    await page.getByLabel("Milestone", { exact: true }).fill(`Milestone for ${quarter.trim()}`);
    await save(page);
    await expect(page.getByRole("heading", { name: `Milestone for ${quarter.trim()}` })).toBeVisible();
  }
  await expect(page.getByText("Quarters without a milestone yet")).toHaveCount(0);
  await expectAccessible(page);

  // Changing a milestone keeps the reference quarterly returns use.
  const first = `Milestone for ${quarters[0]!.trim()}`;
  await page.getByRole("link", { name: `Change (${first})` }).click();
  const id = await page.locator("input[type=hidden][name='transformation[0].id']").inputValue();
  expect(id).toMatch(/^m-/);
  await page.getByLabel("Description (optional)").fill("Signs up at every site.");
  await save(page);
  await page.getByRole("link", { name: `Change (${first})` }).click();
  await expect(page.locator("input[type=hidden][name='transformation[0].id']")).toHaveValue(id);
  await expect(page.getByLabel("Description (optional)")).toHaveValue("Signs up at every site.");

  await page.goto(PLAN);
  await expectStatus(page, "milestones", "Completed");
});

test("every section is completed and none asks about trailblazer commitments", async ({ page }) => {
  await page.goto(PLAN);
  for (const key of ["ambition", "hubs", "leadership", "needs-assessment", "minimum-expectations", "go-further", "milestones"]) {
    await expectStatus(page, key, "Completed");
  }
  await expect(page.locator("#section-trailblazer-commitments-status")).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto(`${PLAN}/trailblazer-commitments`);
  expect(response?.status()).toBe(404);

  // Check your answers reads every section back in plain English.
  await page.goto(`${PLAN}/check`);
  for (const text of ["Barking Family Hub", "IG11 7LU", "Alex Morgan", "Programme co-ordinator", "28 February 2023", "Dads' evening sessions", "Signs up at every site."]) {
    await expect(page.getByText(text).first()).toBeVisible();
  }
  await expectAccessible(page);
});
