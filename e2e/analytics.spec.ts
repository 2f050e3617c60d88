import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

// Issue 6, items 3, 4, 5 and 9: MI analytics and the risk register for reviewers, the outbox for
// administrators, and each LA's insights page for its own users only. Blackpool has four approved returns in
// the demo seed.

const BLACKPOOL = "E06000009";
const BARNSLEY = "E08000016";

test("a reviewer reads the MI analytics and the risk register, filtered by rating", async ({ page }) => {
  await signInAs(page, "reviewer@education.example.gov.uk");
  await page.goto("/analytics");
  await expect(page.getByRole("heading", { level: 1, name: /Management information/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Line chart: Breastfeeding initiation rate/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Breastfeeding initiation rate: median/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Measure", { exact: true }).selectOption({ label: "Any breastfeeding at 6 to 8 weeks" });
  await page.getByLabel("Region", { exact: true }).selectOption("North West");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/metric=infant-feeding.breastfeeding-any-6-8-weeks/);
  await expect(page.getByRole("table", { name: /Any breastfeeding at 6 to 8 weeks by local authority/ }).getByRole("link", { name: "Blackpool" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/risks");
  await expect(page.getByRole("heading", { level: 1, name: /Risk register/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Rating", { exact: true }).selectOption("amber");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/rating=amber/);
  const rows = page.getByRole("table", { name: "Open risks" }).locator("tbody tr");
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("Amber");
  await expect(page.getByRole("status")).toContainText("open risk");
  await expectAccessible(page);
});

test("an administrator reads the outbox", async ({ page }) => {
  await signInAs(page, "admin@education.example.gov.uk");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Outbox/ })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/email/);
  await expectAccessible(page);
});

test("an LA user sees its own insights and cannot open another LA's", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  await page.goto(`/local-authorities/${BLACKPOOL}/insights`);
  await expect(page.getByRole("heading", { level: 1, name: /How you compare/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Your figures in the/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Line chart: Breastfeeding initiation rate in your returns/ })).toBeVisible();
  await expectAccessible(page);

  // Attack: an LA user edits the URL to read another LA's figures. The answer is 404, not 403, so the page
  // does not even confirm the other LA's record exists.
  const response = await page.goto(`/local-authorities/${BARNSLEY}/insights`);
  expect(response?.status()).toBe(404);
  // Nor may an LA user open the national analytics.
  expect((await page.goto("/analytics"))?.status()).toBe(404);
});
