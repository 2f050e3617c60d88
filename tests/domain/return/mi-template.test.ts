import { describe, expect, it } from "vitest";
import { buildMiTemplate, identifySheet, METRIC_COLUMNS, rowsToMetricsDocument, SERVICE_COLUMNS, type SheetInput, type TemplateSheet } from "@/domain/return/mi-template";
import { RETURN_METRICS } from "@/domain/return/return-metrics";
import { clone, demo, NEXT_PERIOD } from "./fixtures";

type Doc = Record<string, any>;

const asInput = (sheets: TemplateSheet[]): SheetInput[] => sheets.map((s) => ({ name: s.name, columns: s.columns.map((c) => c.key), rows: s.rows }));

function sheetsFor(document: Doc) {
  return clone(buildMiTemplate({ document }));
}

describe("buildMiTemplate", () => {
  it("has stable sheets and columns", () => {
    const [services, metrics] = buildMiTemplate();
    expect(services?.name).toBe("Services");
    expect(services?.columns.map((c) => c.key)).toEqual([
      "name",
      "age_from_years",
      "age_to_years",
      "antenatal",
      "location",
      "date_opened",
      "opening_hours_per_week",
      "physical_access_types",
      "virtual_access_types",
      "commissioning_route",
      "located_in_family_hub",
      "shares_workforce",
    ]);
    expect(metrics?.name).toBe("Metrics");
    expect(metrics?.columns.map((c) => c.key)).toEqual(["metric_id", "category", "label", "frequency", "allowed", "last_quarter", "value"]);
    expect(SERVICE_COLUMNS).toHaveLength(12);
    expect(METRIC_COLUMNS.filter((c) => c.editable).map((c) => c.key)).toEqual(["value"]);
  });

  it("has one row per metric, or per category of a breakdown, and none for evaluation metrics", () => {
    const rows = buildMiTemplate()[1]?.rows ?? [];
    const ids = new Set(rows.map((r) => r.metric_id));
    expect(ids.size).toBe(RETURN_METRICS.length);
    expect(ids.has("infant-feeding.understand-offer")).toBe(false);
    expect(rows.filter((r) => r.metric_id === "family-hubs.reach.parents-carers-by-gender").map((r) => r.category)).toEqual([
      "female",
      "male",
      "another-gender",
      "not-known",
    ]);
  });

  it("shows last quarter's values beside this quarter's", () => {
    const previous = demo();
    const rows = buildMiTemplate({ previous })[1]?.rows ?? [];
    const staff = rows.find((r) => r.metric_id === "family-hubs.workforce.staff-count");
    expect(staff).toMatchObject({ last_quarter: String((previous.metrics as Doc).metrics["family-hubs.workforce.staff-count"]), value: "" });
  });
});

describe("rowsToMetricsDocument", () => {
  it("round-trips a document through the template rows", () => {
    const document = demo(NEXT_PERIOD);
    const result = rowsToMetricsDocument(asInput(sheetsFor(document)));
    expect(result).toEqual({ document: { services: document.services, metrics: document.metrics } });
  });

  it("accepts what people type in spreadsheets: labels, UK dates, Yes/No, percentages", () => {
    const result = rowsToMetricsDocument([
      {
        name: "Services",
        rows: [
          {
            Name: "Baby café",
            age_from_years: "0",
            age_to_years: "2",
            antenatal: "Yes",
            location: "Northgate",
            date_opened: "01/02/2023",
            opening_hours_per_week: "6",
            physical_access_types: "Walk-in; home-visit",
            virtual_access_types: "",
            commissioning_route: "Commissioned",
            located_in_family_hub: "no",
            shares_workforce: "",
          },
        ],
      },
      { name: "metrics", rows: [{ metric_id: "infant-feeding.breastfeeding-initiation", category: "", value: "74%" }] },
    ]);
    expect(result).toEqual({
      document: {
        services: {
          services: [
            {
              name: "Baby café",
              "age-from-years": 0,
              "age-to-years": 2,
              antenatal: true,
              location: "Northgate",
              "date-opened": "2023-02-01",
              "opening-hours-per-week": 6,
              "physical-access-types": ["walk-in", "home-visit"],
              "commissioning-route": "commissioned",
              "located-in-family-hub": false,
            },
          ],
        },
        metrics: { metrics: { "infant-feeding.breastfeeding-initiation": 74 } },
      },
    });
  });

  it("reports every problem by sheet, row and column, and imports nothing", () => {
    const sheets = asInput(sheetsFor(demo()));
    const services = sheets[0]!.rows as Record<string, string>[];
    services[1]!.opening_hours_per_week = "lots";
    services[2]!.location = "";
    services[0]!.age_from_years = "10"; // above age_to_years (2)
    const metrics = sheets[1]!.rows as Record<string, string>[];
    const at = (id: string, category = "") => metrics.findIndex((r) => r.metric_id === id && r.category === category);
    metrics[at("family-hubs.workforce.staff-turnover")]!.value = "120";
    metrics[at("family-hubs.workforce.staff-count")]!.value = "-4";
    metrics[at("family-hubs.reach.parents-carers-by-gender", "male")]!.value = "many";
    metrics[at("start-for-life-offer.published")]!.value = "maybe";
    metrics.push({ metric_id: "made.up", category: "", value: "1" });
    metrics.push({ metric_id: "parenting.programmes-purchased", category: "", value: "3" });

    const result = rowsToMetricsDocument(sheets);
    const row = (id: string, category = "") => at(id, category) + 2;
    expect("problems" in result && result.problems).toEqual([
      { sheet: "Services", row: 2, column: "age_from_years", message: expect.stringContaining("youngest age") },
      { sheet: "Services", row: 3, column: "opening_hours_per_week", message: "Opening hours per week must be a number, like 12 or 12.5" },
      { sheet: "Services", row: 4, column: "location", message: "Enter location for row 3 of Services offered in your area." },
      { sheet: "Metrics", row: row("family-hubs.workforce.staff-count"), column: "value", message: expect.stringContaining("cannot be negative") },
      { sheet: "Metrics", row: row("family-hubs.workforce.staff-turnover"), column: "value", message: expect.stringContaining("cannot be more than 100") },
      { sheet: "Metrics", row: row("family-hubs.reach.parents-carers-by-gender", "male"), column: "value", message: expect.stringContaining("Male must be a number") },
      { sheet: "Metrics", row: row("start-for-life-offer.published"), column: "value", message: "Answer yes or no for Start for Life offer published" },
      { sheet: "Metrics", row: metrics.length, column: "metric_id", message: expect.stringContaining('"made.up" is not a metric we collect') },
      { sheet: "Metrics", row: metrics.length + 1, column: "metric_id", message: expect.stringContaining("appears more than once") },
    ]);
  });

  it("reports the catalogue's checks (bounds, required fields, rules) once the cells parse", () => {
    const sheets = asInput(sheetsFor(demo()));
    const services = sheets[0]!.rows as Record<string, string>[];
    services[2]!.location = "";
    services[0]!.age_from_years = "10";
    const metrics = sheets[1]!.rows as Record<string, string>[];
    const at = (id: string) => metrics.findIndex((r) => r.metric_id === id);
    metrics[at("family-hubs.workforce.staff-turnover")]!.value = "120";
    metrics[at("infant-feeding.breastfeeding-exclusive-6-8-weeks")]!.value = "55";

    const result = rowsToMetricsDocument(sheets);
    expect("problems" in result && result.problems).toEqual(
      expect.arrayContaining([
        { sheet: "Services", row: 4, column: "location", message: "Enter location for row 3 of Services offered in your area." },
        { sheet: "Services", row: 2, column: "age_from_years", message: expect.stringContaining("youngest age") },
        { sheet: "Metrics", row: at("family-hubs.workforce.staff-turnover") + 2, column: "value", message: expect.stringContaining("cannot be more than 100") },
        { sheet: "Metrics", row: at("infant-feeding.breastfeeding-exclusive-6-8-weeks") + 2, column: "value", message: expect.stringContaining("cannot be higher than any") },
      ]),
    );
    expect("document" in result).toBe(false);
  });

  it("reports missing columns and unknown sheets", () => {
    expect(rowsToMetricsDocument([{ name: "Metrics", columns: ["metric_id", "value"], rows: [{ metric_id: "x", value: "1" }] }])).toEqual({
      problems: [{ sheet: "Metrics", row: 1, column: "category", message: 'The column "category" is missing. Use the template for this period.' }],
    });
    expect(rowsToMetricsDocument([{ name: "Sheet1", rows: [] }])).toEqual({
      problems: [{ sheet: "Sheet1", row: 1, column: "", message: expect.stringContaining('no "Services" or "Metrics" sheet') }],
    });
  });

  it("imports only the sheets in the file, e.g. a CSV of metrics", () => {
    const columns = ["metric_id", "category", "value"];
    expect(identifySheet(columns)).toBe("Metrics");
    expect(identifySheet(["Name", "Location", "age_from_years"])).toBe("Services");
    expect(identifySheet(["foo"])).toBeUndefined();
    const result = rowsToMetricsDocument([{ name: "Metrics", columns, rows: [{ metric_id: "parenting.programmes-purchased", category: "", value: "3" }, { metric_id: "", category: "", value: "" }] }]);
    expect(result).toEqual({ document: { metrics: { metrics: { "parenting.programmes-purchased": 3 } } } });
  });

  it("asks for a category on breakdown rows, and none elsewhere", () => {
    const result = rowsToMetricsDocument([
      {
        name: "Metrics",
        rows: [
          { metric_id: "family-hubs.reach.parents-carers-by-gender", category: "", value: "3" },
          { metric_id: "family-hubs.reach.parents-carers-by-gender", category: "unicorn", value: "3" },
          { metric_id: "parenting.programmes-purchased", category: "female", value: "3" },
        ],
      },
    ]);
    expect("problems" in result && result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "category"],
      [3, "category"],
      [4, "category"],
    ]);
  });
});
