import { expect, test } from "@playwright/test";
import { concreteUrls, pageRoutes, routeIsLaScoped } from "./routes";
import {
  axeViolations,
  candidateForms,
  claimFingerprint,
  describeViolations,
  makeFixtures,
  newSignedInPage,
  pageFingerprint,
  resolveContext,
  saveSeenForms,
  STATES,
  type SeenForm,
  type Violation,
} from "./sweep";

// Every page (src/app/**/page.tsx, read now) for every role, in its EMPTY state (an LA without data) and
// FILLED state (Blackpool; Barnsley's draft plan for editable forms), checked with axe against WCAG 2.2 A
// and AA. The forms each page shows are recorded for errors.spec.ts, which submits them empty. One test per
// role and state; each reports every violation it found, not just the first.

const routes = pageRoutes();

test("the routes come from the file system", () => {
  expect(routes.length).toBeGreaterThan(30);
  expect(routes.map((r) => r.pattern)).toContain("/local-authorities/[gssCode]/plan");
});

for (const state of STATES) {
  test(`${state.id}: every page passes axe`, async ({ browser, baseURL }, testInfo) => {
    const base = baseURL!;
    const page = await newSignedInPage(browser, base, state.email);
    const ctx = resolveContext(page, state.gss, makeFixtures(browser, base), base);
    const mine = routes.filter((r) => routeIsLaScoped(r) || state.includeNonLa);

    const violations: Violation[] = [];
    const serverErrors: string[] = [];
    const seenPaths = new Set<string>();
    const forms: SeenForm[] = [];
    let visited = 0;
    let checked = 0;
    let duplicates = 0;

    for (const route of mine) {
      for (const url of await concreteUrls(route, ctx)) {
        visited += 1;
        const response = await page.goto(url, { waitUntil: "load" });
        const status = response?.status() ?? 0;
        if (status >= 500) serverErrors.push(`${url}: ${status}`);
        const finalPath = new URL(page.url()).pathname;
        // Redirected to a page this state has already loaded (an uneditable section to its overview, any page
        // to sign-in when signed out): nothing new to see.
        if (finalPath !== url && seenPaths.has(finalPath)) continue;
        seenPaths.add(finalPath);
        if (status === 200 && finalPath === url) {
          for (const form of await candidateForms(page)) forms.push({ state: state.id, url, pattern: route.pattern, ...form });
        }
        // The same rendered page, for this role or any other, is checked once in the whole run.
        // The first page of each state is always checked, for its role's header.
        const fingerprint = await pageFingerprint(page);
        if (!claimFingerprint(testInfo, fingerprint) && checked > 0) {
          duplicates += 1;
          continue;
        }
        checked += 1;
        violations.push(...(await axeViolations(page, state.id)));
      }
    }
    saveSeenForms(testInfo, state.id, forms);
    testInfo.annotations.push({ type: "a11y-states", description: String(checked) });
    testInfo.annotations.push({ type: `a11y-kind:${state.kind}`, description: String(checked) });
    testInfo.annotations.push({ type: "a11y-violations", description: String(violations.length) });
    console.log(`${state.id}: ${visited} URLs, ${checked} page states checked (${duplicates} identical to one already checked), ${forms.length} forms seen, ${violations.length} violations`);
    await page.context().close();

    expect(serverErrors, "pages that failed with a server error").toEqual([]);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
