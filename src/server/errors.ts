// One error vocabulary. Users only ever see expected, plain-English errors; anything
// else is logged with a reference and shown as a generic problem page.

export const ERROR_STATUS = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable detail for APIs and forms, e.g. the rule issues that blocked a step. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Another LA's record, or one that does not exist: the two must look the same. */
export function notFoundError(what = "That page"): AppError {
  return new AppError("NOT_FOUND", `${what} could not be found.`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
