import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

/*
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
 * The package's own entry point does `import * as wasm from "./schema_engine_bg.wasm"`,
 * which Node cannot load, so we do by hand what that entry point does: instantiate
 * the .wasm with the glue module schema_engine_bg.js as its import object, hand
 * the instance back to the glue, and start it. The glue holds the instance in
 * module state, so this happens once per process.
 */

const WASM_IMPORT_MODULE = "./schema_engine_bg.js";

let started: Promise<void> | undefined;

function locateWasm(): string {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  } catch {
    return path.join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
  }
}

async function startWasm(): Promise<void> {
  const bytes = await fs.readFile(locateWasm());
  // The glue module's namespace is exactly the import object the wasm-bindgen output expects.
  const imports: WebAssembly.Imports = {
    [WASM_IMPORT_MODULE]: engineBindings,
  };
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  engineBindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm: __wbindgen_start is missing");
  start();
}

export function loadSchemaEngineWasm(): Promise<void> {
  started ??= startWasm().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

export interface OpenSchemaEngineOptions {
  /** Receives the engine's log lines (JSON strings). Default: printed when DEBUG mentions "schema-engine". */
  log?: (line: string) => void;
}

function defaultLog(line: string): void {
  if (process.env.DEBUG?.includes("schema-engine")) console.error(`[schema-engine] ${line}`);
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and disposes every connection it opened. */
  close(): Promise<void>;
}

/**
 * The engine never disposes the adapters it connects (engine.free() leaves them
 * open). With adapter-pg that leaks a pool whose connection still holds Prisma's
 * migration advisory lock, so the next engine waits 10 s for it. So hand the engine
 * a factory that remembers what it opened, and dispose those ourselves.
 */
function trackConnections(inner: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose());
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const disposeAll = async (): Promise<void> => {
    await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { factory, disposeAll };
}

/**
 * A schema engine for `schemaText` (the contents of schema.prisma) over the
 * database behind `adapterFactory`. Call close() when done.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string,
  options: OpenSchemaEngineOptions = {},
): Promise<OpenedSchemaEngine> {
  await loadSchemaEngineWasm();
  const log = options.log ?? defaultLog;
  const { factory, disposeAll } = trackConnections(adapterFactory);
  let engine: SchemaEngine;
  try {
    engine = await engineBindings.SchemaEngine.new(
      { datamodels: [["schema.prisma", schemaText]] },
      (line: unknown) => log(typeof line === "string" ? line : JSON.stringify(line)),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await disposeAll();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    engine,
    close: () =>
      (closed ??= (async () => {
        engine.free();
        await disposeAll();
      })()),
  };
}

/** Runs `fn` with an engine, then frees it and its connections. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  options?: OpenSchemaEngineOptions,
): Promise<T> {
  const opened = await openSchemaEngine(adapterFactory, schemaText, options);
  try {
    return await fn(opened.engine);
  } finally {
    await opened.close();
  }
}

/** The engine rejects with a plain object or an Error; turn either into a readable message. */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const record = error as Record<string, unknown>;
    for (const key of ["message", "error"]) {
      const value = record[key];
      if (typeof value === "string") return value;
    }
    return JSON.stringify(error);
  }
  return String(error);
}
