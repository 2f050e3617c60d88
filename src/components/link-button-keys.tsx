"use client";

import { useEffect } from "react";

/**
 * GOV.UK Frontend's Button behaviour for links shown as buttons (`<a role="button">`, see button.tsx): Space
 * activates them, as it does a real button, instead of scrolling the page. Without JavaScript they still work
 * with Enter, as links. Mounted once in the root layout; renders nothing.
 */
export function LinkButtonKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== " " || !(target instanceof HTMLAnchorElement) || target.getAttribute("role") !== "button") return;
      event.preventDefault();
      target.click();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}
