import { FIXED_MILESTONES, reportingPeriods } from "@/catalogue/calendar";
import { Details } from "@/components/details";
import { Table } from "@/components/table";
import { formatDate } from "@/domain/dates";

export function CalendarSection() {
  const periods = reportingPeriods();
  return (
    <Details id="calendar" summary="Calendar: reporting periods and fixed milestones">
      <Table
        caption="Quarterly reporting periods"
        captionSize="s"
        head={["Return", "Reports on", "Opens", "Due", "Locks"]}
        rowKeys={periods.map((p) => p.id)}
        rows={periods.map((p) => [
          <>
            {p.label}
            {p.annualQualitative && <span className="govuk-font-16 mt-1 block text-govuk-secondary-text">Includes the annual qualitative section</span>}
          </>,
          `${formatDate(p.covers.from)} to ${formatDate(p.covers.to)}`,
          formatDate(p.opens),
          formatDate(p.due),
          formatDate(p.locks),
        ])}
      />
      <Table
        caption="Fixed milestones"
        captionSize="s"
        head={["Milestone", "Earliest date", "Latest date"]}
        rowKeys={FIXED_MILESTONES.map((m) => m.id)}
        rows={FIXED_MILESTONES.map((m) => [
          <>
            {m.label}
            {m.interpretation && <span className="govuk-font-16 mt-1 block text-govuk-secondary-text">{m.interpretation}</span>}
          </>,
          formatDate(m.window.from),
          formatDate(m.window.to),
        ])}
      />
    </Details>
  );
}
