"use client";

import { useEffect } from "react";

/** Moves focus to the element with `targetId` once, after hydration. Renders nothing. */
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
