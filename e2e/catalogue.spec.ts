import { expect, test } from "@playwright/test";
import { ALL_EXPECTATIONS } from "../src/catalogue/expectations";
import { STRANDS } from "../src/catalogue/strands";
import { catalogueVersion } from "../src/catalogue/version";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

const PEER_SUPPORT = "infant-feeding.min.hub.peer-support";
const PEER_SUPPORT_SUMMARY = "An infant feeding peer support service is in place.";

test("a signed-in user filters the catalogue to one strand and finds an expectation", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  await page.goto("/catalogue");
  await expect(page.getByRole("heading", { level: 1, name: /Programme expectations/ })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`${ALL_EXPECTATIONS.length} expectations`);
  for (const strand of STRANDS) await expect(page.getByRole("heading", { level: 2, name: strand.name, exact: true })).toBeVisible();
  await expectAccessible(page);

  // The GET form, as a user without JavaScript would use it.
  await page.getByLabel("Strand").selectOption({ label: "Infant feeding" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]strand=infant-feeding(&|$)/);

  const infantFeeding = ALL_EXPECTATIONS.filter((e) => e.strand === "infant-feeding").length;
  await expect(page.getByRole("status")).toContainText(`${infantFeeding} expectations match your filters`);
  await expect(page.getByRole("heading", { level: 2, name: "Infant feeding", exact: true })).toBeVisible();
  for (const strand of STRANDS.filter((s) => s.id !== "infant-feeding")) {
    await expect(page.getByRole("heading", { level: 2, name: strand.name, exact: true })).toHaveCount(0);
  }
  const entry = page.locator(`[id="${PEER_SUPPORT}"]`);
  await expect(entry).toContainText(PEER_SUPPORT_SUMMARY);
  await expect(entry).toContainText("Minimum expectation");
  await expect(entry).toContainText("31 March 2025");
  await expect(entry).toContainText(PEER_SUPPORT);
  await expect(page.getByLabel("Strand")).toHaveValue("infant-feeding");
  await expectAccessible(page);

  // Free text narrows further and is kept in the form.
  await page.getByLabel("Words or id").fill("PEER SUPPORT SERVICE");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText(PEER_SUPPORT_SUMMARY)).toBeVisible();
  await expect(page.getByLabel("Words or id")).toHaveValue("PEER SUPPORT SERVICE");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("status")).toHaveText(`${ALL_EXPECTATIONS.length} expectations`);
});

test("other pages can link straight to an expectation", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  await page.goto(`/catalogue#${PEER_SUPPORT}`);
  await expect(page.locator(`[id="${PEER_SUPPORT}"]`)).toBeInViewport();
});

test("the reference sections open and pass accessibility checks", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  await page.goto("/catalogue?strand=programme");
  for (const summary of ["Family hub model framework criteria", "Management information metrics", "Calendar: reporting periods and fixed milestones", "Funding lines"]) {
    await page.locator("summary", { hasText: summary }).click();
  }
  await expect(page.getByRole("table", { name: "Fixed milestones" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Funding lines" })).toBeVisible();
  await expectAccessible(page);
});

test("the catalogue page needs a signed-in user", async ({ page }) => {
  await page.goto("/catalogue");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("GET /api/v1/catalogue is public, cacheable JSON", async ({ request }) => {
  const response = await request.get("/api/v1/catalogue");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toBe("public, max-age=3600, stale-while-revalidate=86400");
  const body = (await response.json()) as { version: string; expectations: unknown[] };
  expect(body.version).toBe(catalogueVersion);
  expect(body.expectations).toHaveLength(ALL_EXPECTATIONS.length);

  const etag = response.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/api/v1/catalogue", { headers: { "If-None-Match": etag ?? "" } });
  expect(again.status()).toBe(304);
});
