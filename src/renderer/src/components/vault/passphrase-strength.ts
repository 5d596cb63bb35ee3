// A rough strength estimate for the hint under the passphrase field: length times the alphabet the
// characters come from. It only nudges; the backend enforces the minimum length.
export type Strength = 'weak' | 'fair' | 'strong';

export function estimateBits(passphrase: string): number {
  const chars = [...passphrase];
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[^a-zA-Z0-9]/.test(c) && c.charCodeAt(0) < 128)) pool += 33;
  if (chars.some((c) => c.charCodeAt(0) >= 128)) pool += 2000;
  const distinct = new Set(chars).size;
  // Repeating one character many times adds little: count at most a few repeats per distinct one.
  const effectiveLength = Math.min(chars.length, distinct * 3);
  return pool === 0 ? 0 : effectiveLength * Math.log2(pool);
}

export function passphraseStrength(passphrase: string, minLength: number): Strength {
  if ([...passphrase].length < minLength) return 'weak';
  const bits = estimateBits(passphrase);
  if (bits < 60) return 'weak';
  if (bits < 90) return 'fair';
  return 'strong';
}
