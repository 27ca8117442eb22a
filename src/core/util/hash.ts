/** 32-bit FNV-1a hash of a string's UTF-16 code units, as a signed 32-bit integer. @internal */
export function fnv1aInt(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. @internal */
export function fnv1a(text: string): string {
  return (fnv1aInt(text) >>> 0).toString(16).padStart(8, '0');
}

/** The id copydesk gives a source that has none: `src-` and a hash of its text. @internal */
export function sourceIdFor(text: string): string {
  return `src-${fnv1a(text)}`;
}
