// The one error type the UI meets from the API: a contract error code (or a transport problem the
// client itself detects) that views translate, plus the field issues of an INVALID_INPUT.
import type { ErrorCode, FieldIssue } from '../../../contract/errors';

/** Codes raised by the client itself, never by the backend. */
export const CLIENT_ERROR_CODES = ['UNREACHABLE', 'UNAUTHORIZED'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type UiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  readonly code: UiErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: UiErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
