import { expect, test } from "@playwright/test";
import { DEMO_LOCAL_AUTHORITIES, DEMO_PASSWORD, DEMO_USERS } from "../src/server/db/demo-users";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

const blackpool = DEMO_LOCAL_AUTHORITIES.blackpool.gssCode;
const barnsley = DEMO_LOCAL_AUTHORITIES.barnsley.gssCode;

test("a commissioning lead signs in through the sign-in page and lands on their LA's home page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);

  await page.getByLabel("Email address").fill("lead@blackpool.example.gov.uk");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("There is a problem")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("lead@blackpool.example.gov.uk");
  await expectAccessible(page);

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/local-authorities/${blackpool}`);
  await expect(page.getByRole("heading", { level: 1, name: /Blackpool/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out")).toBeVisible();
  await page.goto(`/local-authorities/${blackpool}`);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("blank sign-in fields get a message next to each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#email-error")).toContainText("Enter your email address");
  await expect(page.locator("#password-error")).toContainText("Enter your password");
  await expectAccessible(page);
});

// One LA's four roles and the three national ones: every role, without signing in as all the demo LAs.
for (const user of DEMO_USERS.filter((u) => !u.localAuthorityGss || u.localAuthorityGss === blackpool)) {
  test(`${user.email} lands on the right home page`, async ({ page }) => {
    await signInAs(page, user.email);
    await page.goto("/");
    if (user.localAuthorityGss) {
      await expect(page).toHaveURL(`/local-authorities/${user.localAuthorityGss}`);
      await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
    } else {
      await expect(page).toHaveURL("/local-authorities");
      await expect(page.getByRole("heading", { level: 1, name: /Local authorities/ })).toBeVisible();
    }
    await expectAccessible(page);
  });
}

test("an LA user who types another LA's address gets a 404 and sees nothing of it", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  const response = await page.goto(`/local-authorities/${barnsley}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Barnsley")).toHaveCount(0);
  await expectAccessible(page);

  // The national list is not theirs to see either.
  expect((await page.goto("/local-authorities"))?.status()).toBe(404);
});

test("a regional adviser sees only their region's local authorities", async ({ page }) => {
  await signInAs(page, "adviser.northwest@education.example.gov.uk");
  await page.goto("/local-authorities");
  await expect(page.getByRole("link", { name: "Blackpool" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Barnsley" })).toHaveCount(0);
  expect((await page.goto(`/local-authorities/${barnsley}`))?.status()).toBe(404);
});

test("a reviewer filters local authorities by region and cohort", async ({ page }) => {
  await signInAs(page, "reviewer@education.example.gov.uk");
  await page.goto("/local-authorities");
  await expect(page.getByRole("status")).toContainText("75 local authorities");
  await page.getByLabel("Region").selectOption("North West");
  await page.getByLabel("Cohort").selectOption("trailblazer");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/region=North\+West/);
  await expect(page.getByRole("link", { name: "Blackpool" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Barnsley" })).toHaveCount(0);
  await expectAccessible(page);
});
