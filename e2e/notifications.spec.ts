import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

test("everyone at an LA is told when its plan is returned, and can mark notifications read", async ({ page }) => {
  // County Durham's demo plan was returned for changes: every Durham user was notified.
  await signInAs(page, "accountable@durham.example.gov.uk");
  await page.goto("/");
  await page.getByRole("link", { name: /Notifications \(\d+ new\)/ }).click();
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("link", { name: /returned County Durham's delivery plan for changes/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status")).toHaveText("You have no unread notifications.");
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expectAccessible(page);
});
