/** "Jan 2024" from "January 2024 return": short enough for a chart's axis. */
export function shortPeriodLabel(label: string): string {
  const [month = "", year = ""] = label.replace(/ return$/, "").split(" ");
  return `${month.slice(0, 3)} ${year}`;
}
