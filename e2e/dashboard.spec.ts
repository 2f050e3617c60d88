import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

// The programme dashboard on the demo data (programme date 20 January 2024). In the North West the trailblazers are
// Blackpool, Manchester and Salford; Blackpool's plan is approved and its returns to October 2023 are approved.
const BLACKPOOL = "E06000009";
const BARNSLEY = "E08000016"; // Yorkshire and the Humber: outside the North West adviser's region

async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).first().click()]);
  const saved = await file.path();
  return readFile(saved);
}

test("a reviewer filters the dashboard to one region's trailblazers, opens one and downloads the table", async ({ page }) => {
  await signInAs(page, "reviewer@education.example.gov.uk");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Programme dashboard" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Region").selectOption("North West");
  await page.getByLabel("Cohort").selectOption("trailblazer");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/region=North\+West/);
  await expect(page.getByRole("status")).toContainText("3 local authorities match your filters");
  const table = page.getByRole("table", { name: /state of each local authority/ });
  await expect(table.getByRole("link", { name: "Blackpool" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Manchester" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Barnsley" })).toHaveCount(0);
  await expectAccessible(page);

  const csv = (await download(page, "CSV")).toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^gss_code,local_authority,region,trailblazer,super_evaluator,eif_support,plan_status,return_2022_23_q4_status,/);
  expect(lines).toHaveLength(1 + 3);
  expect(lines.find((l) => l.startsWith(`${BLACKPOOL},`))).toMatch(/^E06000009,Blackpool,North West,true,false,false,approved,approved,false,/);

  const book = new ExcelJS.Workbook();
  const xlsx = await download(page, "Excel (XLSX)");
  await book.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  const sheet = book.getWorksheet("dashboard")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("gss_code");
  expect(sheet.getRow(1).getCell(7).value).toBe("plan_status");
  expect(sheet.rowCount).toBe(1 + 3);
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  expect(rows.find((r) => r[0] === BLACKPOOL)?.slice(0, 7)).toEqual([BLACKPOOL, "Blackpool", "North West", true, false, false, "approved"]);

  await table.getByRole("link", { name: "Blackpool" }).click();
  await expect(page).toHaveURL(`/local-authorities/${BLACKPOOL}`);
  await expect(page.getByRole("heading", { name: "Blackpool" })).toBeVisible();

  await page.goto(`/dashboard/trajectory?asOf=2024-01-20&la=${BLACKPOOL}`);
  await expect(page.getByRole("img", { name: /Minimum expectations by strand: England/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Minimum expectations by strand: Blackpool" })).toBeVisible();
  await expectAccessible(page);
});

test("a regional adviser sees only their region: other LAs are not found and not in the dashboard or exports", async ({ page }) => {
  await signInAs(page, "adviser.northwest@education.example.gov.uk");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Programme dashboard" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Blackpool" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Barnsley" })).toHaveCount(0);
  await expectAccessible(page);

  // Attack: guessing another region's LA by its GSS code, or asking the exports for another region.
  const outside = await page.goto(`/local-authorities/${BARNSLEY}`);
  expect(outside?.status()).toBe(404);
  const csv = await page.request.get("/dashboard/export.csv?region=Yorkshire+and+the+Humber");
  expect(csv.ok()).toBe(true);
  expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(1);
  const all = await (await page.request.get("/dashboard/export.csv")).text();
  expect(all).toContain(BLACKPOOL);
  expect(all).not.toContain(BARNSLEY);
  const trajectory = await (await page.request.get("/dashboard/trajectory/export.csv")).text();
  expect(trajectory).not.toContain(BARNSLEY);
  expect(trajectory).not.toContain("england");

  const extract = await page.request.get("/exports/period/2023-24-Q3.xlsx");
  expect(extract.ok()).toBe(true);
  const book = new ExcelJS.Workbook();
  const body = await extract.body();
  await book.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  const gssCodes = new Set<unknown>();
  book.getWorksheet("returns")!.eachRow((row, n) => {
    if (n > 1) gssCodes.add(row.getCell(1).value);
  });
  expect(gssCodes.has(BLACKPOOL)).toBe(true);
  expect(gssCodes.has(BARNSLEY)).toBe(false);

  await page.goto("/dashboard/trajectory");
  await expect(page.getByRole("heading", { name: "Your region" })).toBeVisible();
  await expectAccessible(page);
});

test("people outside the department and regional teams cannot see the dashboard or its exports", async ({ page }) => {
  await signInAs(page, "lead@blackpool.example.gov.uk");
  expect((await page.goto("/dashboard"))?.status()).toBe(404);
  expect((await page.request.get("/dashboard/export.csv")).status()).toBe(404);
  expect((await page.request.get("/exports/period/2023-24-Q3.xlsx")).status()).toBe(404);
});
