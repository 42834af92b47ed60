import type { AppError, FlowProblem, Problem } from '../bindings';

export type ErrorCode = AppError['code'];

/** A backend error as the UI handles it: a code to act on, a message, the problems if any. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'unexpected';
  readonly problems: Problem[];
  /** With `refused`: the engine's problems with the flow, by node. */
  readonly flowProblems: FlowProblem[];

  constructor(
    code: ErrorCode | 'unexpected',
    message: string,
    problems: Problem[] = [],
    flowProblems: FlowProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.flowProblems = flowProblems;
  }

  static fromAppError(error: AppError): ApiError {
    if (error.code === 'invalid') return new ApiError(error.code, error.message, error.problems);
    if (error.code === 'refused') return new ApiError(error.code, error.message, [], error.problems);
    return new ApiError(error.code, error.message);
  }
}

/** Anything thrown (a rejected invoke, a bug) becomes an ApiError so the UI never crashes on it. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  if (thrown instanceof Error) return new ApiError('unexpected', thrown.message);
  return new ApiError('unexpected', String(thrown));
}
