// Attaching evidence to a log entry and reading it back. The original bytes live only in memory: they
// are hashed (SHA-256, recorded), sealed under their own key, and stored inside the encrypted ledger as
// the next link of the hash chain.
import { randomUUID } from 'node:crypto';
import { DomainError, type EvidenceMeta, type ParsedInput } from '../../contract';
import { chainHead, ContactsRepository } from '../db/repositories/contacts';
import { EvidenceRepository } from '../db/repositories/evidence';
import type { HandlerContext } from '../handlers/context';
import { GENESIS_HASH, linkHash, sealedFields, sha256Hex, type EvidenceChainRecord } from './chain';
import { sealEvidence } from './evidence-crypto';
import { checkEvidenceBytes, decodeBase64, normaliseMimeType, safeFilename } from './evidence-type';
import { readEvidenceBytes, withEvidenceKey } from './log-access';

export function attachEvidence(ctx: HandlerContext, input: ParsedInput<'evidence.attach'>): EvidenceMeta {
  const db = ctx.session.database();
  const filename = safeFilename(input.filename);
  const mimeType = normaliseMimeType(input.mimeType);
  const bytes = decodeBase64(input.base64);
  try {
    checkEvidenceBytes(bytes, mimeType);
    if (!new ContactsRepository(db).entryExists(input.entryId)) {
      throw new DomainError('NOT_FOUND', 'No log entry with that id');
    }
    const id = randomUUID();
    const meta: EvidenceMeta = {
      id,
      entryId: input.entryId,
      filename,
      mimeType,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      importedAt: ctx.clock.now().toISOString(),
    };
    const sealed = withEvidenceKey(ctx, (key) => sealEvidence(bytes, key, id));
    db.transaction(() => {
      const head = chainHead(db);
      const seq = (head?.seq ?? 0) + 1;
      const prevHash = head?.hash ?? GENESIS_HASH;
      const record: EvidenceChainRecord = { kind: 'evidence', seq, ...meta, ...sealedFields(sealed) };
      new EvidenceRepository(db).insert({ ...meta, ...sealed, seq, prevHash, hash: linkHash(prevHash, record) });
    })();
    return meta;
  } finally {
    bytes.fill(0);
  }
}

/** The file's record and its bytes as base64, for the in-app preview (never written to disk). */
export function readEvidence(ctx: HandlerContext, id: string): { meta: EvidenceMeta; base64: string } {
  const { meta, bytes } = readEvidenceBytes(ctx, id);
  try {
    return { meta, base64: bytes.toString('base64') };
  } finally {
    bytes.fill(0);
  }
}
