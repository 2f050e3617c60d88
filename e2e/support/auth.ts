import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "FamilyHubs-demo-2026";

/**
 * Signs in through next-auth's credentials endpoint, which shares the browser's cookies.
 * One spec (sign-in.spec.ts) clicks through the sign-in page instead.
 */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
  });
  expect(response.ok(), `sign in as ${email}`).toBe(true);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token")), `session cookie for ${email}`).toBe(true);
}

/** A page in a browser context of its own, signed in, so each person in a journey keeps their own session. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}
