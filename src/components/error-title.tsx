"use client";

import { useEffect } from "react";
import { pageTitleWithErrors } from "./form-errors";

/**
 * Prefixes the page title with "Error: " while an error summary is shown (GOV.UK), so the first thing a screen
 * reader user hears of the page says it has a problem; the title is put back when the errors go. Forms show
 * their errors from client state, which the page's metadata cannot know.
 */
export function ErrorTitle() {
  useEffect(() => {
    const original = document.title;
    if (!original.startsWith("Error: ")) document.title = pageTitleWithErrors(original, true);
    return () => {
      document.title = original;
    };
  }, []);
  return null;
}
