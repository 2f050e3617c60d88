import { CELL_STATE_LABELS, type CellState, type StatusCell } from "@/domain/dashboard/programme-status";

// One cell of the dashboard's status table (styles in dashboard.css): the state as a GOV.UK-coloured tag, and a
// "Late" tag beside it when late. Deliberately plain markup: the table can hold thousands of these.

const COLOURS: Record<CellState, string | null> = {
  not_open: null,
  not_required: null,
  not_started: "grey",
  draft: "grey",
  awaiting_sign_off: "yellow",
  submitted: "blue",
  returned: "red",
  approved: "green",
};

export function StatusCellView({ cell, approvedLabel = "Approved" }: { cell: StatusCell; approvedLabel?: string }) {
  const colour = COLOURS[cell.state];
  const label = cell.state === "approved" ? approvedLabel : CELL_STATE_LABELS[cell.state];
  return (
    <td>
      {colour ? <strong className={colour}>{label}</strong> : <span className="n">{label}</span>}
      {cell.late && <strong className="orange">Late</strong>}
    </td>
  );
}
