import { expect, test, type Page } from "@playwright/test";
import { addDays, londonDate } from "../src/catalogue/calendar";
import { expectAccessible } from "./support/axe";
import { signedInPage } from "./support/auth";

// Barnsley signs up and applies to be a trailblazer; a reviewer selects it for two strands; Barnsley sees its
// top-ups. The demo clock is today's, long after the 2022 deadline, so an administrator first extends
// Barnsley's deadline through the portal: the late application then joins wave 2 (applicationWaveFor).
// Barnsley is used by no other spec that changes it.

const BARNSLEY = "E08000016";
const SIGN_UP = `/local-authorities/${BARNSLEY}/sign-up`;

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

async function save(page: Page) {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${SIGN_UP}$`));
}

test("an administrator extends Barnsley's sign-up deadline", async ({ browser }) => {
  const admin = await signedInPage(browser, "admin@education.example.gov.uk");
  await admin.goto("/admin/deadlines");
  await admin.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(admin.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Select a local authority" })).toBeVisible();
  await expectAccessible(admin);

  // Later than both the demo programme date and today, so the extension holds whichever clock runs.
  const due = addDays(londonDate(new Date()), 30);
  const [year, month, day] = due.split("-");
  await admin.getByLabel("Local authority").selectOption({ label: "Barnsley" });
  await admin.getByLabel("Day").fill(String(Number(day)));
  await admin.getByLabel("Month").fill(String(Number(month)));
  await admin.getByLabel("Year").fill(year ?? "");
  await admin.getByLabel("Reason for the extension").fill("Barnsley's cabinet meets after the closing date");
  await admin.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(admin.getByText("The deadline has been extended")).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Barnsley's cabinet meets after the closing date" })).toBeVisible();
  await expectAccessible(admin);
});

test("Barnsley signs up and applies; a reviewer selects it for two strands; Barnsley sees its top-ups", async ({ browser }) => {
  const lead = await signedInPage(browser, "lead@barnsley.example.gov.uk");

  await test.step("start the sign-up", async () => {
    await lead.goto(SIGN_UP);
    await expect(lead.getByRole("heading", { level: 1, name: "Programme sign-up" })).toBeVisible();
    await expectAccessible(lead);
    await lead.getByRole("button", { name: "Start your sign-up" }).click();
    await expect(lead.getByText("You have completed 0 of 7 sections")).toBeVisible();
    await expectAccessible(lead);
  });

  await test.step("commitments", async () => {
    await lead.getByRole("link", { name: "Commit to the programme's expectations" }).click();
    await lead.getByLabel("We commit to meeting every minimum expectation by 31 March 2025").check();
    const commits = lead.getByLabel("We commit to this expectation", { exact: true });
    for (let i = 0; i < (await commits.count()); i++) await commits.nth(i).check();
    await expectAccessible(lead);
    await save(lead);
  });

  await test.step("go-further options", async () => {
    await lead.getByRole("link", { name: "Go-further options you expect to deliver" }).click();
    const groups = lead.locator("fieldset");
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator("input[type=checkbox]").first().check();
    await save(lead);
  });

  await test.step("signatories, with a mistake first", async () => {
    await lead.getByRole("link", { name: "Formal sign-up by senior leaders" }).click();
    const names = ["Sarah Norton", "Carly Speechley", "Julia Burrows", "Neil Copley", "Cllr Sir Steve Houghton", "Cllr Jenny Platts"];
    for (const [i, name] of names.entries()) {
      await lead.getByLabel("Full name").nth(i).fill(name);
      await lead.getByLabel("Day").nth(i).fill("10");
      await lead.getByLabel("Month").nth(i).fill(i === 0 ? "13" : "1");
      await lead.getByLabel("Year").nth(i).fill("2023");
    }
    await lead.getByRole("button", { name: "Save and continue" }).click();
    await expect(lead.getByRole("link", { name: "The date they signed must be a real date" })).toBeVisible();
    await expect(lead.getByLabel("Full name").nth(5)).toHaveValue("Cllr Jenny Platts"); // nothing typed is lost
    await expectAccessible(lead);
    await lead.getByLabel("Month").first().fill("1");
    await save(lead);
  });

  await test.step("consultees", async () => {
    await lead.getByRole("link", { name: "People and organisations you consulted" }).click();
    const names = lead.getByLabel("Name 1", { exact: true });
    const roles = lead.getByLabel("Role 1", { exact: true });
    for (let i = 0; i < (await names.count()); i++) {
      await names.nth(i).fill(`Consultee ${i + 1}`);
      await roles.nth(i).fill(`Role of consultee ${i + 1}`);
    }
    await save(lead);
  });

  await test.step("EIF support and research: no", async () => {
    await lead.getByRole("link", { name: "Support from the Early Intervention Foundation" }).click();
    await lead.getByRole("radio", { name: "No", exact: true }).check();
    await save(lead);
    await lead.getByRole("link", { name: "Research on early awareness of family hub services" }).click();
    await lead.getByRole("radio", { name: "No", exact: true }).check();
    await save(lead);
  });

  await test.step("trailblazer application for two strands", async () => {
    await lead.getByRole("link", { name: "Trailblazer application" }).click();
    await lead.getByRole("radio", { name: "Yes", exact: true }).check();
    await lead.getByLabel("Perinatal mental health and parent–infant relationships", { exact: true }).check();
    await lead.getByLabel("Parenting support", { exact: true }).check();
    for (const strand of ["perinatal mental health and parent–infant relationships", "parenting support"]) {
      const plan = lead.getByRole("group", { name: `Your plans for ${strand}` });
      await plan.getByLabel("Your plans for the trailblazer funding").fill(`Expand ${strand} across our six family hubs.`);
      await plan.locator("input[type=checkbox]").first().check();
      await plan.getByLabel("Your existing offer in this strand").fill(`An established ${strand} service.`);
    }
    await lead.getByLabel(/How will you make sure families know their family hubs/).fill("Midwives book the first appointment in a hub.");
    await lead.getByLabel("What is your existing family hubs offer?").fill("Six hubs open since 2021.");
    await lead.getByLabel(/How will you share your knowledge/).fill("Host a Yorkshire and Humber learning network.");
    await lead.getByLabel(/How ready are your local systems/).fill("Strong leadership and shared data.");
    await lead.getByLabel(/We have engaged our MPs/).check();
    await save(lead);
    await expect(lead.getByText("You have completed 7 of 7 sections")).toBeVisible();
  });

  await test.step("check answers and send for sign-off", async () => {
    await lead.getByRole("button", { name: "Check your answers" }).click();
    await expect(lead.getByRole("heading", { level: 1, name: "Check your sign-up" })).toBeVisible();
    await expect(lead.getByText(/problems? to fix/)).toHaveCount(0);
    await expectAccessible(lead);
    await lead.getByRole("button", { name: "Send for sign-off" }).click();
    await expect(lead.getByText("Awaiting sign-off").first()).toBeVisible();
  });

  const accountable = await signedInPage(browser, "accountable@barnsley.example.gov.uk");
  await test.step("the accountable lead signs", async () => {
    await accountable.goto(SIGN_UP);
    await accountable.getByRole("button", { name: "Read and sign the sign-up" }).click();
    await accountable.getByRole("button", { name: "Sign and submit" }).click();
    await expect(accountable.getByRole("link", { name: "Confirm the declaration to sign" })).toBeVisible();
    await expectAccessible(accountable);
    await accountable.getByLabel(/As the single accountable lead/).check();
    await accountable.getByRole("button", { name: "Sign and submit" }).click();
    await expect(accountable).toHaveURL(new RegExp(`${SIGN_UP}$`));
    await expect(accountable.getByText("Submitted").first()).toBeVisible();
    await expect(accountable.getByRole("heading", { name: "Your trailblazer application" })).toBeVisible();
    await expect(accountable.getByText("Considered in wave 2 of 2.")).toBeVisible();
  });

  const reviewer = await signedInPage(browser, "reviewer@education.example.gov.uk");
  await test.step("a reviewer scores and selects it for two strands", async () => {
    await reviewer.goto("/trailblazers");
    await expectAccessible(reviewer);
    await reviewer.getByRole("link", { name: /Barnsley/ }).click();
    await expect(reviewer.getByRole("heading", { level: 1, name: "Barnsley" })).toBeVisible();
    await reviewer.getByRole("button", { name: "Save scores" }).click();
    await expect(reviewer.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expectAccessible(reviewer);
    const criteria = reviewer.locator("fieldset").filter({ has: reviewer.getByLabel("3 Good") });
    for (let i = 0; i < 4; i++) {
      await criteria.nth(i).getByLabel("3 Good").check();
      await reviewer.getByLabel("Why this score").nth(i).fill("Clear and deliverable.");
    }
    await reviewer.getByRole("button", { name: "Save scores" }).click();
    await expect(reviewer.getByText("Your scores have been saved")).toBeVisible();

    await reviewer.getByRole("group", { name: "Perinatal mental health and parent–infant relationships" }).getByLabel("Selected", { exact: true }).check();
    await reviewer.getByRole("group", { name: "Parenting support" }).getByLabel("Selected", { exact: true }).check();
    await reviewer.getByLabel("Feedback to the local authority on parenting support").fill("A strong parenting offer to build on.");
    await reviewer.getByRole("button", { name: "Record decisions" }).click();
    await expect(reviewer.getByText("Wave 2 decisions recorded")).toBeVisible();
    await expectAccessible(reviewer);
  });

  await test.step("Barnsley sees its decisions and top-up allocations", async () => {
    await lead.goto(SIGN_UP);
    await expect(lead.getByText("A strong parenting offer to build on.")).toBeVisible();
    await expectAccessible(lead);
    await lead.goto(`/local-authorities/${BARNSLEY}`);
    const topUps = lead.getByRole("row").filter({ hasText: "Trailblazer top-up" });
    await expect(topUps).toHaveCount(2);
    await expect(topUps.filter({ hasText: "£100,000.00" })).toHaveCount(1);
    await expect(topUps.filter({ hasText: "£33,000.00" })).toHaveCount(1);
    await expectAccessible(lead);
  });
});
