import { describe, expect, it } from "vitest";
import { fieldId, fieldName, formDataToObject } from "@/schemas/form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("formDataToObject", () => {
  it("nests dotted names, list indexes and bracketed keys that contain dots", () => {
    const result = formDataToObject(
      form([
        ["ambition", "Open 6 hubs"],
        ["lead.email", "a@b.gov.uk"],
        ["hubs[0].name", "North"],
        ["hubs[1].name", "South"],
        ["expectations[infant-feeding.min.hub.peer-support].status", "met"],
        ["$ACTION_ID_123", "x"],
      ]),
    );
    expect(result).toEqual({
      ambition: "Open 6 hubs",
      lead: { email: "a@b.gov.uk" },
      hubs: [{ name: "North" }, { name: "South" }],
      expectations: { "infant-feeding.min.hub.peer-support": { status: "met" } },
    });
  });

  it("collects checkbox values and closes gaps left by removed rows", () => {
    expect(formDataToObject(form([["strands[]", "a"], ["strands[]", "b"], ["rows[0].x", "1"], ["rows[2].x", "3"]]))).toEqual({
      strands: ["a", "b"],
      rows: [{ x: "1" }, { x: "3" }],
    });
    expect(formDataToObject(form([]))).toEqual({});
  });

  it("ignores prototype-polluting names and omitted fields", () => {
    const result = formDataToObject(form([["__proto__.admin", "1"], ["a.constructor", "x"], ["password", "secret"]]), { omit: ["password"] });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(result).toEqual({});
  });
});

describe("fieldName and fieldId", () => {
  it("round-trips through the parser", () => {
    const name = fieldName("expectations", "infant-feeding.min.hub.peer-support", "status");
    expect(name).toBe("expectations[infant-feeding.min.hub.peer-support].status");
    expect(formDataToObject(form([[name, "met"]]))).toEqual({ expectations: { "infant-feeding.min.hub.peer-support": { status: "met" } } });
    expect(fieldName("hubs", 0, "name")).toBe("hubs[0].name");
    expect(fieldId(name)).toBe("expectations-infant-feeding-min-hub-peer-support-status");
  });
});
