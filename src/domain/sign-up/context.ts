import type { IsoDate } from "@/catalogue/types";

/** What the sign-up rules need to know beyond the document. */
export interface SignUpContext {
  /** Today's London date. */
  today: IsoDate;
  /** This LA's sign-up deadline: the programme's closing date, or the later one an administrator set. */
  deadline: IsoDate;
}
