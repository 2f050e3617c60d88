// @vitest-environment node
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { labelWithContext } from "@/components/label-with-context";
import { rowsErrorOrder } from "@/components/returns/return-rows";
import { sectionDateFieldProps, sectionFieldProps } from "@/components/section-field-props";
import type { SectionFields } from "@/components/submission/section-form";

function fields(posted?: Record<string, string>, errors: Record<string, string> = {}): SectionFields {
  return {
    error: (name) => errors[name],
    value: (name, saved) => (posted ? (posted[name] ?? "") : saved),
    values: (_name, saved) => saved ?? [],
    showingPosted: Boolean(posted),
  };
}

describe("section field props", () => {
  it("take the id from the form name and show the saved value", () => {
    expect(sectionFieldProps(fields(), "hubs[2].name", "Saved hub")).toEqual({
      id: "hubs-2-name",
      name: "hubs[2].name",
      defaultValue: "Saved hub",
      error: undefined,
    });
  });

  it("show what was posted, and the error, after a refused save", () => {
    const props = sectionFieldProps(fields({ summary: "Typed" }, { summary: "Too long" }), "summary", "Saved");
    expect(props.defaultValue).toBe("Typed");
    expect(props.error).toBe("Too long");
  });

  it("split a saved ISO date into the date input's parts, or show the posted parts", () => {
    expect(sectionDateFieldProps(fields(), "openingDate", "2023-03-01").defaultValue).toEqual({ day: "1", month: "3", year: "2023" });
    const posted = fields({ "openingDate.day": "31", "openingDate.month": "2" }, { openingDate: "Must be a real date" });
    expect(sectionDateFieldProps(posted, "openingDate", "2023-03-01")).toEqual({
      id: "openingDate",
      name: "openingDate",
      defaultValue: { day: "31", month: "2", year: "" },
      error: "Must be a real date",
    });
  });
});

describe("rows of a list section", () => {
  it("orders errors row by row", () => {
    expect(rowsErrorOrder("risks", 2, ["title", "owner"])).toEqual(["risks[0].title", "risks[0].owner", "risks[1].title", "risks[1].owner"]);
  });

  it("names the row in each label for screen readers", () => {
    expect(renderToStaticMarkup(<label>{labelWithContext("Title", "Risk 1")}</label>)).toBe('<label>Title<span class="sr-only"> (Risk 1)</span></label>');
  });
});
