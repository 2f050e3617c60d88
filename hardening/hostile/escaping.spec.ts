import { expect, test } from "@playwright/test";
import { signInAs } from "../../e2e/support/auth";

// Hostile text saved through a real form comes back as text: React escapes it, and the Content Security
// Policy would block an inline script anyway. Bolton's draft plan is the hardening server's (see
// prepare-server.ts); its ambition page has free-text answers.

const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;

test("hostile text saved through a form renders as text, not markup", async ({ page }) => {
  await signInAs(page, "lead@bolton.example.gov.uk");
  await page.goto("/local-authorities/E08000001/plan/ambition");
  const field = page.locator("textarea").first();
  await field.fill(`Our ambition ${HOSTILE}`);
  await page.getByRole("button", { name: /save/i }).first().click();
  await page.waitForLoadState("networkidle");
  for (const path of ["/local-authorities/E08000001/plan/ambition", "/local-authorities/E08000001/plan/check"]) {
    await page.goto(path);
    const html = await page.content();
    expect(html, `${path} holds the text escaped`).not.toContain("<script>window.__pwned");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img[src=x]").count()).toBe(0);
  }
  await page.goto("/local-authorities/E08000001/plan/check");
  await expect(page.getByText("<script>window.__pwned = 1</script>", { exact: false }).first()).toBeVisible();
});
