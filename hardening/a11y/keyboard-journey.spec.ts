import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "../../e2e/support/axe";
import { signInAs } from "../../e2e/support/auth";
import { BOLTON } from "./routes";

// The plan journey from draft to approval with the keyboard alone: Bolton's demo plan is a complete draft.
// Pages are opened by address (as a bookmark would); everything on them is reached with Tab and activated
// with Enter or Space, never clicked. At every tab stop the focused element must show the GOV.UK focus
// style (#ffdd00 as outline, box shadow or background, on the element, its label or their ::before/::after).

const plan = `/local-authorities/${BOLTON}/plan`;
const MAX_TABS = 250;

interface FocusInfo {
  tag: string;
  role: string;
  type: string;
  name: string;
  visible: boolean;
  checked: boolean;
}

async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const yellow = "rgb(255, 221, 0)";
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el : null;
    const labels = input?.labels ? Array.from(input.labels) : [];
    const styles: CSSStyleDeclaration[] = [getComputedStyle(el), getComputedStyle(el, "::before"), getComputedStyle(el, "::after")];
    for (const label of labels) styles.push(getComputedStyle(label), getComputedStyle(label, "::before"), getComputedStyle(label, "::after"));
    const visible = styles.some(
      (s) =>
        (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && s.outlineColor === yellow) ||
        s.boxShadow.includes(yellow) ||
        s.backgroundColor === yellow,
    );
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute("type") ?? "").toLowerCase();
    const role = el.getAttribute("role") ?? (tag === "a" ? "link" : tag === "button" ? "button" : tag === "input" && (type === "checkbox" || type === "radio") ? type : tag);
    const name = (el.getAttribute("aria-label") ?? (labels.length ? labels.map((l) => l.textContent ?? "").join(" ") : el.textContent ?? "")).replace(/\s+/g, " ").trim();
    return { tag, role, type, name, visible, checked: el instanceof HTMLInputElement ? el.checked : false };
  });
}

/**
 * Presses Tab until the focused element has this role and name, checking the focus style at every stop on
 * the way. Returns the element's description.
 */
async function tabTo(page: Page, role: string, name: string | RegExp): Promise<FocusInfo> {
  const invisible: string[] = [];
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press("Tab");
    const info = await focusInfo(page);
    if (!info) continue;
    if (!info.visible) invisible.push(`${info.role} "${info.name.slice(0, 60)}"`);
    const matches = typeof name === "string" ? info.name === name : name.test(info.name);
    if (info.role === role && matches) {
      expect(invisible, `tab stops without a visible focus style on ${page.url()}`).toEqual([]);
      return info;
    }
  }
  throw new Error(`No ${role} "${name}" reached with ${MAX_TABS} presses of Tab on ${page.url()}`);
}

/** Tab to it and press the key a keyboard user would: Space for buttons (including links shown as buttons), Enter for links. */
async function activate(page: Page, role: "link" | "button", name: string | RegExp, key: "Enter" | "Space" = role === "button" ? "Space" : "Enter") {
  await tabTo(page, role, name);
  await page.keyboard.press(key);
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

test("the plan goes from draft to approval with the keyboard alone", async ({ browser }) => {
  test.setTimeout(180_000);
  const lead = await as(browser, "lead@bolton.example.gov.uk");
  const accountable = await as(browser, "accountable@bolton.example.gov.uk");
  const reviewer = await as(browser, "reviewer@education.example.gov.uk");

  // The commissioning lead checks the plan and sends it for sign-off.
  await open(lead, plan);
  await expect(lead.getByText("You have completed")).toBeVisible();
  await activate(lead, "button", "Check your answers");
  await expect(lead).toHaveURL(`${plan}/check`);
  await lead.waitForLoadState("networkidle");
  await expectAccessible(lead);
  await activate(lead, "button", "Send for sign-off");
  await expect(lead).toHaveURL(plan);
  await expect(lead.getByText("Awaiting sign-off").first()).toBeVisible();

  // The single accountable lead signs it: the declaration ticked with Space.
  await open(accountable, plan);
  await activate(accountable, "button", "Review and sign the plan");
  await expect(accountable).toHaveURL(`${plan}/sign-off`);
  await accountable.waitForLoadState("networkidle");
  await expectAccessible(accountable);
  const declaration = await tabTo(accountable, "checkbox", /./);
  expect(declaration.checked).toBe(false);
  await accountable.keyboard.press("Space");
  expect((await focusInfo(accountable))?.checked, "the declaration is ticked").toBe(true);
  await activate(accountable, "button", "Sign and submit");
  await expect(accountable).toHaveURL(plan);
  await expect(accountable.getByText("Signed and submitted on")).toBeVisible();

  // The reviewer opens it from the queue and approves it: the radio chosen with Space.
  await open(reviewer, "/review");
  await activate(reviewer, "link", "Bolton");
  await expect(reviewer.getByRole("heading", { name: "Delivery plan" })).toBeVisible();
  await reviewer.waitForLoadState("networkidle");
  await expectAccessible(reviewer);
  await tabTo(reviewer, "radio", "Approve it");
  await reviewer.keyboard.press("Space");
  expect((await focusInfo(reviewer))?.checked, "Approve it is chosen").toBe(true);
  await activate(reviewer, "button", "Confirm decision");
  await expect(reviewer).toHaveURL("/review");

  await open(lead, plan);
  await expect(lead.getByText("Approved on")).toBeVisible();
  await expectAccessible(lead);
});
