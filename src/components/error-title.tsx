"use client";

import { useEffect } from "react";
import { pageTitleWithErrors } from "./form-errors";

// How many error summaries show now (a page can have two forms), and the title before the first.
let shown = 0;
let titleBefore = "";

/**
 * Prefixes the page title with "Error: " while an error summary is shown (GOV.UK), so the first thing a screen
 * reader user hears of the page says it has a problem. Forms show their errors from client state, which the
 * page's metadata cannot know. The title is put back when the last summary goes, unless a new page has set
 * its own title in the meantime.
 */
export function ErrorTitle() {
  useEffect(() => {
    if (shown++ === 0) {
      titleBefore = document.title;
      document.title = pageTitleWithErrors(titleBefore, true);
    }
    return () => {
      if (--shown === 0 && document.title === pageTitleWithErrors(titleBefore, true)) document.title = titleBefore;
    };
  }, []);
  return null;
}
