import { expect, test } from "@playwright/test";
import { signInAs, signedInPage } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { signAndSubmit } from "./support/submission-workflow";

// Cornwall's accountable lead names their commissioning lead as a deputy, the deputy signs Cornwall's plan,
// which is awaiting sign-off, on their behalf, and the accountable lead removes them. The nomination itself
// is made with JavaScript off (axe needs it on, so the pages are checked in a second session).

const CORNWALL = "E06000052";
const home = `/local-authorities/${CORNWALL}`;
const deputiesPage = `${home}/sign-off-deputies`;
const plan = `${home}/plan`;
const DEPUTY = "Commissioning lead (cornwall)";

test("an accountable lead nominates a deputy, who signs the plan on their behalf, and removes them", async ({ browser }) => {
  const accountable = await signedInPage(browser, "accountable@cornwall.example.gov.uk");
  const withoutJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(withoutJs, "accountable@cornwall.example.gov.uk");

  await accountable.goto(home);
  await accountable.getByRole("link", { name: "People who can sign on your behalf" }).click();
  await expect(accountable).toHaveURL(deputiesPage);
  await expect(accountable.getByText("No one can sign on your behalf at the moment.")).toBeVisible();
  await expectAccessible(accountable);

  // Nominating no one is refused with a message at the question.
  await accountable.getByRole("button", { name: "Nominate someone" }).click();
  await expect(accountable).toHaveURL(`${deputiesPage}/nominate`);
  await expect(accountable.getByRole("group", { name: "Who else can sign on your behalf?" })).toBeVisible();
  await expectAccessible(accountable);
  await accountable.getByRole("button", { name: "Nominate" }).click();
  await expect(accountable.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(accountable).toHaveTitle(/^Error: Who else can sign on your behalf\?/);
  await expect(accountable.getByRole("link", { name: "Select the person who can sign on your behalf" })).toHaveAttribute("href", "#deputyId");
  await expect(accountable.locator("#deputyId-error")).toContainText("Select the person who can sign on your behalf");
  await expectAccessible(accountable);

  await withoutJs.goto(`${deputiesPage}/nominate`);
  await withoutJs.getByRole("button", { name: "Nominate" }).click();
  await expect(withoutJs.locator("#deputyId-error")).toContainText("Select the person who can sign on your behalf");
  await withoutJs.getByLabel(DEPUTY).check();
  await withoutJs.getByRole("button", { name: "Nominate" }).click();
  await expect(withoutJs.getByRole("alert", { name: "Success" })).toContainText(`${DEPUTY} can now sign on your behalf`);
  await expect(withoutJs).toHaveURL(new RegExp(`${deputiesPage}\\?nominated=`));
  await withoutJs.context().close();

  await accountable.goto(deputiesPage);
  await expect(accountable.getByRole("table", { name: "Your deputies" })).toContainText(DEPUTY);
  await expectAccessible(accountable);

  // The deputy is told, and signs the plan; the declaration says for whom.
  const deputy = await signedInPage(browser, "lead@cornwall.example.gov.uk");
  await deputy.goto("/notifications");
  await expect(deputy.getByText("has nominated you to sign delivery plans")).toBeVisible();
  await deputy.goto(`${plan}/sign-off`);
  await expect(deputy.getByText("you are signing on behalf of Accountable lead (cornwall)")).toBeVisible();
  await signAndSubmit(deputy, { taskList: plan, signButton: "Review and sign the plan", signHeading: "Sign the delivery plan" });
  await deputy.goto(`${plan}/history`);
  await expect(deputy.getByText(`${DEPUTY} on behalf of Accountable lead (cornwall)`).first()).toBeVisible();

  // Only the accountable lead manages deputies: the deputy is told the page does not exist.
  const refused = await deputy.goto(deputiesPage);
  expect(refused?.status()).toBe(404);

  await accountable.goto(deputiesPage);
  await accountable.getByRole("button", { name: `Remove ${DEPUTY}` }).click();
  await expect(accountable.getByRole("alert", { name: "Success" })).toContainText("The deputy has been removed");
  await expect(accountable.getByText("No one can sign on your behalf at the moment.")).toBeVisible();
  await expectAccessible(accountable);
  await accountable.context().close();
  await deputy.context().close();
});
