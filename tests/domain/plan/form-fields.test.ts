import { describe, expect, it } from "vitest";
import { fullPlanDocument } from "@/domain/plan/demo-plans";
import { formFieldsOf, listFieldsExcept } from "@/domain/plan/form-fields";
import { PLAN_SECTION_KEYS, PLAN_SECTION_SCHEMAS } from "@/domain/plan/section-schemas";
import { formDataToObject } from "@/schemas/form-data";
import { ZPlanHubs } from "@/schemas/plan/hubs";
import { TRAILBLAZER } from "./helpers";

function post(fields: { name: string; value: string }[]): FormData {
  const data = new FormData();
  for (const field of fields) data.append(field.name, field.value);
  return data;
}

describe("formFieldsOf", () => {
  it("names nested fields the way the forms do", () => {
    expect(formFieldsOf({ hubs: [{ name: "A", hoursPerWeek: 37.5 }] })).toEqual([
      { name: "hubs[0].name", value: "A" },
      { name: "hubs[0].hoursPerWeek", value: "37.5" },
    ]);
    expect(formFieldsOf({ selected: true, startQuarter: "2023-24-Q1" }, "chosen", "parenting.gf.x")).toEqual([
      { name: "chosen[parenting.gf.x].selected", value: "true" },
      { name: "chosen[parenting.gf.x].startQuarter", value: "2023-24-Q1" },
    ]);
  });

  it("leaves out empty values", () => {
    expect(formFieldsOf({ a: undefined, b: null, c: [] })).toEqual([]);
  });

  it.each(PLAN_SECTION_KEYS)("posts the saved %s section back unchanged", (key) => {
    const schema = PLAN_SECTION_SCHEMAS[key];
    const saved = schema.parse(fullPlanDocument(TRAILBLAZER)[key] ?? {});
    const reposted = schema.parse(formDataToObject(post(formFieldsOf(saved))));
    expect(reposted).toEqual(saved);
  });
});

describe("listFieldsExcept", () => {
  const saved = ZPlanHubs.parse(fullPlanDocument(TRAILBLAZER).hubs);

  it("keeps every item but the one skipped, and the posted list closes the gap", () => {
    const reposted = ZPlanHubs.parse(formDataToObject(post(listFieldsExcept(saved.hubs, "hubs", 1))));
    expect(reposted.hubs.map((h) => h.name)).toEqual([saved.hubs[0]?.name, saved.hubs[2]?.name, saved.hubs[3]?.name]);
  });

  it("keeps every item when none is skipped", () => {
    expect(ZPlanHubs.parse(formDataToObject(post(listFieldsExcept(saved.hubs, "hubs")))).hubs).toEqual(saved.hubs);
  });
});
