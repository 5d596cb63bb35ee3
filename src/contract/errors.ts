// Errors cross both transports as plain data (Electron's ipcMain.handle keeps only an Error's message),
// so every failure the UI can meet has a stable code here that the renderer translates.

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'VAULT_MISSING',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'WRONG_SECRET',
  'WEAK_PASSPHRASE',
  'VAULT_UNSUPPORTED',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, with the field path as zod reports it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorData {
  code: ErrorCode;
  /** English, for logs and developers; the UI shows its own translation of `code`. */
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Thrown by handlers for failures the user can act on; `dispatch` turns it into `ApiErrorData`. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}
