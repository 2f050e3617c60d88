import type { ReactNode } from "react";
import { cx } from "./class-names";

export interface TableColumn {
  text: ReactNode;
  /** Right-aligned with tabular figures, for numbers. Applies to the header and every cell of the column. */
  numeric?: boolean;
  /** Optional width hint, e.g. "w-1/2". */
  className?: string;
}

export interface TableProps {
  /** Required: describes the table for screen readers. */
  caption: ReactNode;
  captionSize?: "s" | "m" | "l";
  /** Hide the caption visually (keep it for screen readers) when a heading already says the same. */
  captionVisuallyHidden?: boolean;
  head: readonly (TableColumn | string)[];
  rows: readonly (readonly ReactNode[])[];
  /** Render each row's first cell as <th scope="row">. */
  firstCellIsHeader?: boolean;
  /** Stable row keys (defaults to the index). */
  rowKeys?: readonly string[];
}

const captionClasses = {
  s: "govuk-font-19",
  m: "govuk-font-24 mb-[15px]",
  l: "govuk-font-36 mb-[15px]",
} as const;

const cellBase = "border-b border-govuk-border py-[10px] pr-[20px] text-left align-top last:pr-0";
const numericCell = "text-right! tabular-nums";

export function Table({
  caption,
  captionSize = "m",
  captionVisuallyHidden = false,
  head,
  rows,
  firstCellIsHeader = false,
  rowKeys,
}: TableProps) {
  const columns: TableColumn[] = head.map((column) => (typeof column === "string" ? { text: column } : column));
  return (
    <table className="govuk-font-19 mb-[20px] w-full border-collapse border-spacing-0 text-govuk-text sm:mb-[30px]">
      <caption className={cx("table-caption text-left font-bold", captionClasses[captionSize], captionVisuallyHidden && "sr-only")}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cx(cellBase, "font-bold", column.numeric && numericCell, column.className)}>
              {column.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKeys?.[rowIndex] ?? rowIndex}>
            {row.map((cell, cellIndex) => {
              const numeric = columns[cellIndex]?.numeric === true;
              return firstCellIsHeader && cellIndex === 0 ? (
                <th key={cellIndex} scope="row" className={cx(cellBase, "font-bold", numeric && numericCell)}>
                  {cell}
                </th>
              ) : (
                <td key={cellIndex} className={cx(cellBase, numeric && numericCell)}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
