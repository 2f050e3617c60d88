/** Only same-site paths: bound action arguments come back from the browser and can be edited. */
export function safeRedirectPath(path: string, fallback = "/"): string {
  return typeof path === "string" && path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") ? path : fallback;
}
