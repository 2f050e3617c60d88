import { Checkboxes } from "@/components/checkboxes";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { ADDITIONAL_DELIVERY_EXPECTATIONS } from "@/catalogue/programme";
import { fieldId, fieldName } from "@/schemas/form-data";
import type { FieldAccess } from "../../form-values";
import { PROGRAMME_END } from "@/catalogue/deadlines";
import { formatDate } from "@/domain/dates";

export function commitmentsOrder(): string[] {
  return ["minimumExpectations", ...ADDITIONAL_DELIVERY_EXPECTATIONS.flatMap((e) => [fieldName("additional", e.expectationId, "response"), fieldName("additional", e.expectationId, "optOutReason")])];
}

export function CommitmentsFields({ f }: { f: FieldAccess }) {
  return (
    <>
      <Checkboxes
        id="minimumExpectations"
        name="minimumExpectations"
        legend="Minimum expectations"
        legendSize="m"
        hint={`Every minimum expectation in the programme guide, in each strand, by ${formatDate(PROGRAMME_END)} at the latest.`}
        error={f.error("minimumExpectations")}
        defaultValue={f.checked("minimumExpectations")}
        items={[{ value: "yes", label: `We commit to meeting every minimum expectation by ${formatDate(PROGRAMME_END)}` }]}
      />
      <h2 className="govuk-heading-m">Additional delivery expectations</h2>
      <p>Confirm each one. Only digital engagement can be opted out of, with a good reason.</p>
      {ADDITIONAL_DELIVERY_EXPECTATIONS.map((e) => {
        const response = fieldName("additional", e.expectationId, "response");
        const reason = fieldName("additional", e.expectationId, "optOutReason");
        const legend = `${e.number}. ${e.title}`;
        return e.optOutAllowed ? (
          <Radios
            key={e.expectationId}
            id={fieldId(response)}
            name={response}
            legend={legend}
            legendSize="s"
            error={f.error(response)}
            defaultValue={f.value(response)}
            items={[
              { value: "confirmed", label: "We commit to this expectation" },
              {
                value: "opt-out",
                label: "We opt out of this expectation",
                conditional: <Textarea id={fieldId(reason)} name={reason} label="Your reason for opting out" rows={3} error={f.error(reason)} defaultValue={f.value(reason)} />,
              },
            ]}
          />
        ) : (
          <Checkboxes
            key={e.expectationId}
            id={fieldId(response)}
            name={response}
            legend={legend}
            legendSize="s"
            error={f.error(response)}
            defaultValue={f.value(response) ? [f.value(response) ?? ""] : []}
            items={[{ value: "confirmed", label: "We commit to this expectation" }]}
          />
        );
      })}
    </>
  );
}
