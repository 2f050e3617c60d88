import type { ComponentPropsWithoutRef } from "react";
import { cx } from "./class-names";

/** GOV.UK page width container: max 960px with 15px/30px side margins. */
export function WidthContainer({ className, ...rest }: ComponentPropsWithoutRef<"div">) {
  return <div className={cx("govuk-width-container", className)} {...rest} />;
}
