import { z } from "zod";
import { checkMetricValues } from "@/catalogue/metric-rules";
import { metricById } from "@/catalogue/metrics";
import { isReturnMetric, locateMetricPath, VALUE_CHECK_CODES } from "@/domain/return/return-metrics";
import { coerceMetricInput, type MetricValue } from "./metric-value";

// Section "metrics": every management information value except the register of services, keyed by the
// catalogue's metric id. Ids contain dots, so the form posts `metrics[<id>]` (a breakdown posts
// `metrics[<id>].<category>`, multiple choices `metrics[<id>][]`). Values are coerced to their unit and
// checked against their own type and bounds here; rules between values and against last quarter are the
// return rules' (they give warnings that need an explanation, which must not stop a draft being saved).

export const ZReturnMetrics = z
  .object({
    metrics: z.preprocess((v) => (v === undefined || v === "" ? {} : v), z.record(z.string(), z.unknown())),
  })
  .transform((data, ctx) => {
    const metrics: Record<string, MetricValue> = {};
    for (const [id, raw] of Object.entries(data.metrics)) {
      const metric = metricById(id);
      if (!metric || !isReturnMetric(id)) {
        if (raw === undefined || raw === "") continue;
        ctx.addIssue({
          code: "custom",
          path: ["metrics", id],
          message: metric ? `${metric.label} is not collected in this section of the return` : `We do not collect "${id}". Remove it.`,
          params: { code: "unknown-metric" },
        });
        continue;
      }
      const coerced = coerceMetricInput(metric, raw);
      if (!coerced.ok) {
        ctx.addIssue({ code: "custom", path: ["metrics", id, ...(coerced.at ? [coerced.at] : [])], message: coerced.message, params: { code: "wrong-type" } });
        continue;
      }
      if (coerced.value !== undefined) metrics[id] = coerced.value;
    }
    const { errors } = checkMetricValues({ values: metrics });
    for (const error of errors) {
      if (!VALUE_CHECK_CODES.has(error.code)) continue;
      ctx.addIssue({ code: "custom", path: locateMetricPath(error.metricId).segments, message: error.message, params: { code: error.code } });
    }
    return { metrics };
  });
export type TReturnMetrics = z.infer<typeof ZReturnMetrics>;
