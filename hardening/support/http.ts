import { request, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";

export const DEMO_PASSWORD = "FamilyHubs-demo-2026";

/** A cookie jar of its own, signed in through next-auth's credentials endpoint (or not at all). */
export async function sessionFor(baseURL: string, email: string | null): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, maxRedirects: 0 });
  if (!email) return context;
  const csrf = await context.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { email, password: DEMO_PASSWORD, csrfToken, json: "true" }, maxRedirects: 0 });
  const state = await context.storageState();
  if (!state.cookies.some((c) => c.name.endsWith("next-auth.session-token"))) throw new Error(`Could not sign in as ${email}: ${response.status()}`);
  return context;
}

/** The text a response shows: HTML/JSON/CSV as text, spreadsheets as the text of every cell. */
export async function readableBody(contentType: string, body: Buffer): Promise<string> {
  if (/spreadsheetml|application\/vnd\.ms-excel/.test(contentType) || body.subarray(0, 2).toString() === "PK") {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const texts: string[] = [];
      workbook.eachSheet((sheet) => {
        texts.push(sheet.name);
        sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ""))));
      });
      return texts.join("\n");
    } catch {
      return body.toString("latin1");
    }
  }
  return body.toString("utf8");
}
