// The pieces under evidence.attach: type sniffing (loose, by family), file-name and type clean-up, strict
// base64, sealing under a per-file key bound to the row id, and the canonical JSON the chain hashes.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/backend/collection/chain';
import { openEvidence, sealEvidence } from '../../../src/backend/collection/evidence-crypto';
import {
  checkEvidenceBytes,
  decodeBase64,
  normaliseMimeType,
  safeFilename,
  sniffFamilies,
} from '../../../src/backend/collection/evidence-type';
import { DomainError } from '../../../src/contract';
import { sampleFiles } from './support';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'none';
};

describe('evidence type checks', () => {
  it('recognises each sample by its family and accepts it under its own type', () => {
    const families = sampleFiles().map((f) => [f.mimeType, [...sniffFamilies(f.bytes)].sort()]);
    expect(families).toEqual([
      ['image/png', ['image']],
      ['image/jpeg', ['image']],
      ['audio/wav', ['audio-video']],
      ['audio/ogg', ['audio-video']],
      ['audio/mp4', ['audio-video', 'image']],
      ['application/pdf', ['pdf']],
    ]);
    for (const file of sampleFiles()) expect(codeOf(() => checkEvidenceBytes(file.bytes, file.mimeType))).toBe('none');
  });

  it('refuses a file whose bytes do not fit its claimed family, and checks no other type', () => {
    const [png, , wav, , , pdf] = sampleFiles();
    expect(codeOf(() => checkEvidenceBytes(png?.bytes ?? Buffer.alloc(1), 'audio/mpeg'))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkEvidenceBytes(wav?.bytes ?? Buffer.alloc(1), 'image/webp'))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkEvidenceBytes(pdf?.bytes ?? Buffer.alloc(1), 'image/png'))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkEvidenceBytes(Buffer.from('plain words'), 'video/mp4'))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkEvidenceBytes(png?.bytes ?? Buffer.alloc(1), 'image/gif'))).toBe('none');
    expect(codeOf(() => checkEvidenceBytes(Buffer.from('plain words'), 'text/plain'))).toBe('none');
    expect(codeOf(() => checkEvidenceBytes(Buffer.alloc(0), 'text/plain'))).toBe('INVALID_INPUT');
  });

  it('cleans names and types, and reads only strict base64', () => {
    expect(safeFilename('/tmp/a/b/录音 1.m4a')).toBe('录音 1.m4a');
    expect(safeFilename('..\\..\\evil\u0000.pdf')).toBe('evil.pdf');
    expect(codeOf(() => safeFilename('folder/'))).toBe('INVALID_INPUT');
    expect(normaliseMimeType(' Image/PNG ; x=1')).toBe('image/png');
    expect(normaliseMimeType('')).toBe('application/octet-stream');
    expect(codeOf(() => normaliseMimeType('image/<script>'))).toBe('INVALID_INPUT');
    expect(decodeBase64('aGk=').toString()).toBe('hi');
    expect(decodeBase64('aGk').toString()).toBe('hi');
    expect(codeOf(() => decodeBase64('a'))).toBe('INVALID_INPUT');
    expect(codeOf(() => decodeBase64('aG k='))).toBe('INVALID_INPUT');
    expect(codeOf(() => decodeBase64('aGk=aGk='))).toBe('INVALID_INPUT');
  });
});

describe('evidence sealing', () => {
  it('opens with the same key and id only, and hides the bytes', () => {
    const key = randomBytes(32);
    const plain = sampleFiles()[0]?.bytes ?? Buffer.alloc(1);
    const sealed = sealEvidence(plain, key, 'id-1');
    expect(sealed.ciphertext.includes(plain.subarray(0, 8))).toBe(false);
    expect(sealed.wrappedKey).toHaveLength(60);
    expect(openEvidence(sealed, key, 'id-1')?.equals(plain)).toBe(true);
    expect(openEvidence(sealed, randomBytes(32), 'id-1')).toBeNull();
    expect(openEvidence(sealed, key, 'id-2')).toBeNull();
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(openEvidence({ ...sealed, ciphertext: flipped }, key, 'id-1')).toBeNull();
    const again = sealEvidence(plain, key, 'id-1');
    expect(again.ciphertext.equals(sealed.ciphertext)).toBe(false);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'é' }], c: true }, u: undefined })).toBe(
      '{"a":{"c":true,"d":[2,{"y":"é","z":null}]},"b":1}',
    );
    expect(canonicalJson(JSON.parse(canonicalJson({ y: 1, x: [1, 2] })))).toBe('{"x":[1,2],"y":1}');
  });
});
