import type { AppError, Problem } from '../bindings';

export type ErrorCode = AppError['code'];

/** A backend error as the UI handles it: a code to act on, a message, the problems if any. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'unexpected';
  readonly problems: Problem[];

  constructor(code: ErrorCode | 'unexpected', message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }

  static fromAppError(error: AppError): ApiError {
    return new ApiError(error.code, error.message, 'problems' in error ? error.problems : []);
  }
}

/** Anything thrown (a rejected invoke, a bug) becomes an ApiError so the UI never crashes on it. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  if (thrown instanceof Error) return new ApiError('unexpected', thrown.message);
  return new ApiError('unexpected', String(thrown));
}
