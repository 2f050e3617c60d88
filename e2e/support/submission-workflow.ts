import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

/**
 * The lead sends a complete draft for sign-off from its check answers page (`${taskList}/check`) and is taken
 * back to the task list. `beforeSending` runs on the check page once it has passed the accessibility check.
 */
export async function sendForSignOff(lead: Page, { taskList, checkHeading, beforeSending }: { taskList: string; checkHeading: string; beforeSending?: (checkPage: Page) => Promise<void> }) {
  await lead.goto(`${taskList}/check`);
  await expect(lead.getByRole("heading", { name: checkHeading })).toBeVisible();
  await expectAccessible(lead);
  await beforeSending?.(lead);
  await lead.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(lead).toHaveURL(taskList);
  await expect(lead.getByText("Awaiting sign-off").first()).toBeVisible();
}

/** The signer opens the sign-off page from the task list, is refused without the declaration, then signs. */
export async function signAndSubmit(signer: Page, { taskList, signButton, signHeading }: { taskList: string; signButton: string; signHeading: string }) {
  await signer.goto(taskList);
  await signer.getByRole("button", { name: signButton }).click();
  await expect(signer.getByRole("heading", { name: signHeading })).toBeVisible();
  await expectAccessible(signer);
  // Signing without the declaration is refused with a message at the checkbox.
  await signer.getByRole("button", { name: "Sign and submit" }).click();
  await expect(signer.locator("#declaration-error")).toContainText("Confirm the declaration");
  await expectAccessible(signer);
  await signer.getByRole("checkbox").check();
  await signer.getByRole("button", { name: "Sign and submit" }).click();
  await expect(signer).toHaveURL(taskList);
  await expect(signer.getByText("Signed and submitted on")).toBeVisible();
}

/** The reviewer, on the submission's review page, returns it with a reason against one section. */
export async function returnForChanges(reviewer: Page, { section, reason }: { section: string; reason: string }) {
  await reviewer.getByLabel("Return it for changes").check();
  await reviewer.getByRole("checkbox", { name: section, exact: true }).check();
  await reviewer.getByLabel(`What needs to change in “${section}”`).fill(reason);
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer).toHaveURL("/review");
}

/** The reviewer, on the submission's review page, approves it. */
export async function approve(reviewer: Page) {
  await reviewer.getByLabel("Approve it").check();
  await reviewer.getByRole("button", { name: "Confirm decision" }).click();
  await expect(reviewer).toHaveURL("/review");
}
