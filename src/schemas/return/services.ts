import { z } from "zod";
import { checkMetricValues } from "@/catalogue/metric-rules";
import { metricById } from "@/catalogue/metrics";
import { SERVICE_REGISTER_METRIC_ID } from "@/catalogue/metrics-programme";
import type { Metric } from "@/catalogue/metric-model";
import { locateMetricPath, VALUE_CHECK_CODES } from "@/domain/return/return-metrics";
import { coerceMetricInput, type ServiceRecord } from "./metric-value";

// Section "services": the register of services offered in the area (the catalogue's "family-hubs.services"
// metric), one record per service with the catalogue's field ids as keys: the form posts
// `services[0].name`, `services[0].age-from-years`, `services[0].physical-access-types[]`, … A row left
// entirely blank (an unused "add another" row) is dropped. Each value is checked against its field's type
// and bounds here; rules between fields (youngest age above oldest) are the return rules'.

function serviceMetric(): Metric {
  const metric = metricById(SERVICE_REGISTER_METRIC_ID);
  if (!metric?.fields) throw new Error("The catalogue has no register of services");
  return metric;
}

export const SERVICE_FIELDS = serviceMetric().fields ?? [];

export const ZReturnServices = z
  .object({
    services: z.preprocess((v) => (v === undefined || v === "" ? [] : v), z.array(z.record(z.string(), z.unknown())).max(500, "Record 500 services or fewer")),
  })
  .transform((data, ctx) => {
    const services: ServiceRecord[] = [];
    const rowIndexes: number[] = [];
    data.services.forEach((raw, index) => {
      const record: ServiceRecord = {};
      let blank = true;
      for (const [key, value] of Object.entries(raw)) {
        const field = SERVICE_FIELDS.find((f) => f.id === key);
        if (!field) {
          ctx.addIssue({ code: "custom", path: ["services", index, key], message: `Row ${index + 1} has a field we do not collect: "${key}"`, params: { code: "unknown-metric" } });
          continue;
        }
        const coerced = coerceMetricInput(field, value);
        if (!coerced.ok) {
          blank = false;
          ctx.addIssue({ code: "custom", path: ["services", index, key], message: coerced.message, params: { code: "wrong-type" } });
          continue;
        }
        if (coerced.value === undefined || (Array.isArray(coerced.value) && coerced.value.length === 0 && !Array.isArray(value))) continue;
        blank = false;
        record[key] = coerced.value as ServiceRecord[string];
      }
      if (blank) return;
      rowIndexes.push(index);
      services.push(record);
    });

    // Required fields, bounds and options, from the catalogue; paths point back at the posted row.
    const { errors } = checkMetricValues({ values: { [SERVICE_REGISTER_METRIC_ID]: services } });
    for (const error of errors) {
      if (!VALUE_CHECK_CODES.has(error.code)) continue;
      const [, row, ...rest] = locateMetricPath(error.metricId).segments;
      const postedRow = typeof row === "number" ? (rowIndexes[row] ?? row) : row;
      ctx.addIssue({ code: "custom", path: ["services", ...(postedRow === undefined ? [] : [postedRow]), ...rest], message: error.message, params: { code: error.code } });
    }
    return { services };
  });
export type TReturnServices = z.infer<typeof ZReturnServices>;
