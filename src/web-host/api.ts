// The HTTP side of the API: `POST /api/<method>` with a JSON body goes to the same `dispatch` the
// desktop app's IPC uses, and every answer is an ApiResult as JSON.
import type { IncomingMessage } from 'node:http';
import { collectionSchemas, MAX_EVIDENCE_BYTES, type ApiResult } from '../contract';

/** Largest request body accepted for most methods; their inputs are small. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Room for the JSON around a large base64 field (other fields, quoting, escapes). */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The few methods that carry a file, with their own limit: an evidence upload (MAX_EVIDENCE_BYTES as
 * base64) and a dossier ZIP with the PDF the browser rendered. Only these may send more than 1 MiB, so
 * every other route keeps the small limit.
 */
export const LARGE_BODY_LIMITS: Readonly<Record<string, number>> = {
  'evidence.attach': Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + ENVELOPE_BYTES,
  'dossier.exportZip': (collectionSchemas.dossierZip.shape.pdfBase64.unwrap().maxLength ?? 0) + ENVELOPE_BYTES,
};

/** The body limit for one method name (as taken from the path, before dispatch checks it). */
export function bodyLimitFor(method: string): number {
  return Object.hasOwn(LARGE_BODY_LIMITS, method) ? (LARGE_BODY_LIMITS[method] ?? MAX_BODY_BYTES) : MAX_BODY_BYTES;
}

export type BodyOutcome =
  | { kind: 'ok'; input: unknown }
  | { kind: 'too-large' }
  | { kind: 'unsupported-type' }
  | { kind: 'invalid-json' };

/**
 * Reads and parses a request body. An empty body means `undefined` input; a non-empty one must be
 * declared `application/json`, and a declared type must be JSON even when the body is empty.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyOutcome> {
  const type = req.headers['content-type'];
  const declaredJson = type !== undefined && isJsonType(type);
  if (type !== undefined && !declaredJson) return drained(req, { kind: 'unsupported-type' });
  const declaredLength = Number(req.headers['content-length'] ?? '0');
  if (declaredLength > limit) return drained(req, { kind: 'too-large' });

  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) return { kind: 'too-large' };
  if (size === 0) return { kind: 'ok', input: undefined };
  if (!declaredJson) return { kind: 'unsupported-type' };
  try {
    return { kind: 'ok', input: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { kind: 'invalid-json' };
  }
}

function isJsonType(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Discards what the client is still sending so it can read our answer, then reports `outcome`. */
function drained(req: IncomingMessage, outcome: BodyOutcome): BodyOutcome {
  req.resume();
  return outcome;
}

/** The method name is the rest of the path after the prefix, used as is; dispatch decides if it exists. */
export function methodFromPath(pathname: string, prefix: string): string {
  return pathname.slice(prefix.length);
}

export function invalidJson(): ApiResult<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON' } };
}

export function internalError(): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside QuietLedger' } };
}
