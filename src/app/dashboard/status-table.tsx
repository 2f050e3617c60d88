import Link from "next/link";
import type { ProgrammeStatus } from "@/domain/dashboard/programme-status";
import { grantColumnLabel, returnColumnLabel } from "@/server/dashboard/labels";
import { StatusCellView } from "./status-cell";
import "./dashboard.css";

const COHORTS = [
  ["isTrailblazer", "Trailblazer"],
  ["isSuperEvaluator", "Super-evaluator"],
  ["hasEifSupport", "EIF support"],
] as const;

/** Every LA in view with its plan, each opened quarter's return and each opened statement. */
export function StatusTable({ status }: { status: ProgrammeStatus }) {
  // Only periods that have opened: later ones would be a wall of "not open".
  const returnIndexes = status.returnPeriods.flatMap((p, i) => (p.opens <= status.today ? [i] : []));
  const grantIndexes = status.grantPeriods.flatMap((p, i) => (p.opens <= status.today ? [i] : []));
  return (
    // Wide: the region scrolls sideways, and can be scrolled with the keyboard.
    <div className="mb-8 overflow-x-auto" role="region" aria-label="Local authorities and the state of their submissions" tabIndex={0}>
      <table className="dash-table">
        <caption className="sr-only">The state of each local authority&apos;s plan, delivery returns and statements of grant usage</caption>
        <thead>
          <tr>
            <th scope="col">Local authority</th>
            <th scope="col">Region</th>
            <th scope="col">Cohorts</th>
            <th scope="col">Plan</th>
            {returnIndexes.map((i) => (
              <th scope="col" key={`r${i}`}>
                {returnColumnLabel(status.returnPeriods[i]!)}
              </th>
            ))}
            {grantIndexes.map((i) => (
              <th scope="col" key={`g${i}`}>
                {grantColumnLabel(status.grantPeriods[i]!)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {status.rows.map((row) => (
            <tr key={row.authority.gssCode}>
              <th scope="row">
                <Link href={`/local-authorities/${row.authority.gssCode}`} prefetch={false}>
                  {row.authority.name}
                </Link>
              </th>
              <td>{row.authority.region}</td>
              <td>{COHORTS.filter(([flag]) => row.authority[flag]).map(([, label]) => label).join(", ")}</td>
              <StatusCellView cell={row.plan} />
              {returnIndexes.map((i) => (
                <StatusCellView key={`r${i}`} cell={row.returns[i]!} />
              ))}
              {grantIndexes.map((i) => (
                <StatusCellView key={`g${i}`} cell={row.grants[i]!} approvedLabel="Accepted" />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
