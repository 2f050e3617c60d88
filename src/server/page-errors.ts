import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** For pages: a server function's "not found" (including another LA's data) becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
