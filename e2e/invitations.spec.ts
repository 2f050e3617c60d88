import { expect, test, type Browser } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expectAccessible } from "./support/axe";
import { signedInPage } from "./support/auth";

async function inviteReviewer(browser: Browser, email: string): Promise<string> {
  const page = await signedInPage(browser, "admin@education.example.gov.uk");
  await page.goto("/admin/users");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Invite a user" }).click();

  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("There is a problem")).toBeVisible();
  await expect(page.locator("#name-error")).toContainText("Enter the person's full name");
  await expectAccessible(page);

  await page.getByLabel("Full name").fill("Invited Reviewer");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Department reviewer").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { name: "Invitation created" })).toBeVisible();
  await expectAccessible(page);
  const link = await page.getByTestId("invitation-link").getAttribute("href");
  await page.context().close();
  expect(link).toMatch(/^\/invitations\/[\w-]+$/);
  return link ?? "";
}

test("an invited user sets a password, signs in, and the link cannot be used again", async ({ browser, page }) => {
  const email = `invited.${randomUUID().slice(0, 8)}@education.example.gov.uk`;
  const link = await inviteReviewer(browser, email);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Confirm your new password").fill("different");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.locator("#password-error")).toContainText("at least 12 characters");
  await expectAccessible(page);

  await page.getByLabel("New password", { exact: true }).fill("a perfectly long password");
  await page.getByLabel("Confirm your new password").fill("a perfectly long password");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("a perfectly long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/local-authorities");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();
});

test("five wrong passwords lock an account and the user is told so", async ({ browser, page }) => {
  const email = `locked.${randomUUID().slice(0, 8)}@education.example.gov.uk`;
  const link = await inviteReviewer(browser, email);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("the right long password");
  await page.getByLabel("Confirm your new password").fill("the right long password");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();

  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form is reset once the answer is rendered; wait for it so attempts never overlap.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByText("There is a problem")).toBeVisible();
  }
  await expect(page.locator("#email-error")).toContainText("Your account is locked for 30 minutes");

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("the right long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#email-error")).toContainText("Your account is locked");
  await expectAccessible(page);
});
