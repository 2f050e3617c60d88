import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAs } from "./support/auth";

// Bradford's plan is approved and its January 2024 return (2023-24-Q4) is open on the demo date. The lead
// downloads the MI template (prefilled with last quarter's figures beside each value), fills it in by
// copying last quarter's figures, and uploads it: first with mistakes (every problem listed by sheet, row
// and column, nothing imported), then corrected. (returns.spec.ts uses Blackpool's return.)
const BRADFORD = "E08000032";
const PERIOD = "2023-24-Q4";
const taskList = `/local-authorities/${BRADFORD}/returns/${PERIOD}`;

async function filledTemplate(template: Buffer, mistakes: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const bytes = new Uint8Array(template.byteLength);
  bytes.set(template);
  await wb.xlsx.load(bytes.buffer);
  const ws = wb.getWorksheet("Metrics")!;
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const last = header.indexOf("last_quarter");
  const value = header.indexOf("value");
  const id = header.indexOf("metric_id");
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.getCell(value).value) row.getCell(value).value = row.getCell(last).value;
    if (mistakes && row.getCell(id).value === "family-hubs.workforce.staff-count") row.getCell(value).value = "about forty";
    if (mistakes && row.getCell(id).value === "family-hubs.workforce.staff-turnover") row.getCell(value).value = 140;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a lead imports management information from the spreadsheet template", async ({ page }) => {
  await signInAs(page, "lead@bradford.example.gov.uk");
  await page.goto(`${taskList}/import`);
  await expect(page.getByRole("heading", { name: "Import management information from a spreadsheet" })).toBeVisible();
  await expectAccessible(page);

  const download = await page.request.get(`${taskList}/template.xlsx`);
  expect(download.ok()).toBe(true);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");
  const template = Buffer.from(await download.body());

  // A file with mistakes: each problem is listed by sheet, row and column, and nothing is imported.
  await page.getByLabel("Upload the filled-in template").setInputFiles({
    name: "bradford-mi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await filledTemplate(template, true),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toContainText(/Metrics sheet, row \d+, column value: .*must be a number/);
  await expect(summary).toContainText(/Metrics sheet, row \d+, column value: .*100/);
  await expect(page.getByText("Nothing was imported.").first()).toBeVisible();
  await expectAccessible(page);

  // Corrected: everything is imported and the lead is back on the task list.
  await page.getByLabel("Upload the filled-in template").setInputFiles({
    name: "bradford-mi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await filledTemplate(template, false),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page).toHaveURL(`${taskList}?imported=mi`);
  await expect(page.locator("#section-metrics-status")).toHaveText(/Completed/);
  await expectAccessible(page);

  // The imported figures are in the template now.
  const after = await page.request.get(`${taskList}/template.xlsx`);
  const wb = new ExcelJS.Workbook();
  const bytes = new Uint8Array(await after.body());
  await wb.xlsx.load(bytes.buffer);
  const rows: ExcelJS.CellValue[][] = [];
  wb.getWorksheet("Metrics")!.eachRow((row) => rows.push(row.values as ExcelJS.CellValue[]));
  const staff = rows.find((r) => r.includes("family-hubs.workforce.staff-count"));
  expect(staff?.at(-1)).not.toBe("");
});
