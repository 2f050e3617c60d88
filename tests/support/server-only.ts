// Vitest stand-in for the "server-only" guard, which only matters to the Next bundler.
export {};
