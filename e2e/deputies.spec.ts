import { expect, test } from "@playwright/test";
import { signInAs, signedInPage } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { signAndSubmit } from "./support/submission-workflow";

// Cornwall's accountable lead names their contributor as a deputy, the deputy signs Cornwall's plan (awaiting
// sign-off) on their behalf, and the accountable lead removes them, that last step with JavaScript off.
// (axe needs JavaScript, so the pages are checked in the first session.)

const CORNWALL = "E06000052";
const home = `/local-authorities/${CORNWALL}`;
const deputiesPage = `${home}/sign-off-deputies`;
const plan = `${home}/plan`;
const DEPUTY = "Contributor (cornwall)";
const REQUIRED = "Select the person who can sign on your behalf";

test("an accountable lead nominates a deputy, who signs the plan on their behalf, and removes them", async ({ browser }) => {
  const accountable = await signedInPage(browser, "accountable@cornwall.example.gov.uk");
  await accountable.goto(home);
  await accountable.getByRole("link", { name: "People who can sign on your behalf" }).click();
  await expect(accountable).toHaveURL(deputiesPage);
  await expect(accountable.getByText("No one can sign on your behalf at the moment.")).toBeVisible();
  await expectAccessible(accountable);

  // Nominating no one is refused with a message at the question, and the title says so.
  await accountable.getByRole("button", { name: "Nominate someone" }).click();
  await expect(accountable).toHaveURL(`${deputiesPage}/nominate`);
  await expect(accountable.getByRole("group", { name: "Who else can sign on your behalf?" })).toBeVisible();
  await expectAccessible(accountable);
  // With JavaScript the form's own zod schema answers at once, without sending anything.
  const posts: string[] = [];
  accountable.on("request", (request) => void (request.method() === "POST" && posts.push(request.url())));
  await accountable.getByRole("button", { name: "Nominate" }).click();
  await expect(accountable.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  expect(posts).toEqual([]);
  await expect(accountable.getByRole("link", { name: REQUIRED })).toHaveAttribute("href", "#deputyId");
  await expect(accountable.locator("#deputyId-error")).toContainText(REQUIRED);
  await expect(accountable).toHaveTitle(/^Error: Who else can sign on your behalf\?/);
  await expectAccessible(accountable);

  await accountable.getByLabel(DEPUTY).check();
  await accountable.getByRole("button", { name: "Nominate" }).click();
  await expect(accountable).toHaveURL(new RegExp(`${deputiesPage}\\?nominated=`));
  await expect(accountable.getByRole("alert", { name: "Success" })).toContainText(`${DEPUTY} can now sign on your behalf`);
  await expect(accountable).toHaveTitle(/^People who can sign on your behalf/);
  const row = accountable.getByRole("row", { name: new RegExp(DEPUTY.replace(/[()]/g, "\\$&")) });
  await expect(row).toContainText("Can sign");
  await expect(row).toContainText("by Accountable lead (cornwall)");
  await expectAccessible(accountable);

  // The deputy is told, and signs the plan; the declaration and the history say for whom.
  const deputy = await signedInPage(browser, "contributor@cornwall.example.gov.uk");
  await deputy.goto("/notifications");
  await expect(deputy.getByText("has nominated you to sign delivery plans")).toBeVisible();
  await deputy.goto(`${plan}/sign-off`);
  await expect(deputy.getByText("you are signing on behalf of Accountable lead (cornwall)")).toBeVisible();
  await signAndSubmit(deputy, { taskList: plan, signButton: "Review and sign the plan", signHeading: "Sign the delivery plan" });
  await deputy.goto(`${plan}/history`);
  await expect(deputy.getByText(`${DEPUTY} on behalf of Accountable lead (cornwall)`).first()).toBeVisible();

  // Only the accountable lead manages deputies: the deputy is told the page does not exist.
  expect((await deputy.goto(deputiesPage))?.status()).toBe(404);
  await deputy.context().close();

  // Without JavaScript: the same error from the server, then the removal.
  const withoutJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(withoutJs, "accountable@cornwall.example.gov.uk");
  await withoutJs.goto(`${deputiesPage}/nominate`);
  await withoutJs.getByRole("button", { name: "Nominate" }).click();
  await expect(withoutJs.locator("#deputyId-error")).toContainText(REQUIRED);
  await withoutJs.goto(deputiesPage);
  await withoutJs.getByRole("button", { name: `Remove ${DEPUTY}` }).click();
  await expect(withoutJs.getByRole("alert", { name: "Success" })).toContainText("The deputy has been removed");
  await expect(withoutJs.getByText("No one can sign on your behalf at the moment.")).toBeVisible();
  await withoutJs.context().close();

  await accountable.goto(deputiesPage);
  await expect(accountable.getByText("No one can sign on your behalf at the moment.")).toBeVisible();
  await expectAccessible(accountable);
  await accountable.context().close();
});
