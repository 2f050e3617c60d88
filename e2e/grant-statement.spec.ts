import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signedInPage, signInAs } from "./support/auth";

// Barnsley's finance officer fills in and signs the interim statement of grant usage for 2023 to 2024 (open
// since 1 October 2023; the demo date is 20 January 2024). If the seed has not loaded Barnsley's allocation,
// the department administrator loads it through the allocations form first.
const BARNSLEY = "E08000016";
const PERIOD = "2023-24-interim";
const statement = `/local-authorities/${BARNSLEY}/grant-statements/${PERIOD}`;
const PROGRAMME = "family-hubs-transformation.programme";

async function ensureAllocation(page: Page) {
  await page.goto(statement);
  if (!(await page.getByText("has not been loaded yet").isVisible())) return;
  const admin = await signedInPage(page.context().browser()!, "admin@education.example.gov.uk");
  await admin.goto("/admin/allocations");
  await admin.locator("#gssCode").selectOption(BARNSLEY);
  await admin.locator("#financialYear").selectOption("2023-24");
  await admin.locator("#fundingLineId").selectOption(PROGRAMME);
  await admin.locator("#amount").fill("250,000");
  await admin.getByRole("button", { name: "Save allocation" }).click();
  await expect(admin.getByText(/saved|250,000/i).first()).toBeVisible();
  await admin.close();
  await page.reload();
}

test("Barnsley's finance officer fills in and signs an interim statement", async ({ page }) => {
  await signInAs(page, "finance@barnsley.example.gov.uk");
  await page.goto(`/local-authorities/${BARNSLEY}/grant-statements`);
  await expect(page.getByRole("heading", { name: "Statements of grant usage" })).toBeVisible();
  await expectAccessible(page);

  await ensureAllocation(page);
  await expect(page.getByRole("heading", { name: /Interim statement of grant usage 2023 to 2024/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the statement" }).click();
  await expect(page).toHaveURL(statement);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Spend per funding line" }).click();
  await expect(page).toHaveURL(`${statement}/spend`);
  await expectAccessible(page);
  const spend = page.getByLabel("Spent so far this year");
  const forecast = page.getByLabel("Forecast spend for the rest of the year");

  // An error state: not money, and a negative forecast.
  await spend.first().fill("lots");
  await forecast.first().fill("-5");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectAccessible(page);

  // Spend and forecast within every allocation: each line's allocation is shown beside it; a tenth spent, a tenth forecast.
  const count = await spend.count();
  for (let i = 0; i < count; i++) {
    await spend.nth(i).fill("1,000.50");
    await forecast.nth(i).fill("2000");
  }
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(`${statement}/check`);
  await expect(page.getByText("There are no problems with the statement.")).toBeVisible();
  await expect(page.getByText("£1,000.50").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(page).toHaveURL(statement);

  await page.getByRole("button", { name: "Review and sign the statement" }).click();
  await expect(page).toHaveURL(`${statement}/sign-off`);
  await expect(page.getByText(/section 151 officer/)).toBeVisible();
  await expectAccessible(page);
  // Signing without confirming the declaration is refused.
  await page.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/section 151 officer/).check();
  await page.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page).toHaveURL(statement);
  await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See the history of this statement of grant usage" }).click();
  await expect(page.getByText(/Signed and submitted by/)).toBeVisible();
  await expectAccessible(page);
});
