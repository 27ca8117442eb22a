import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64, sha256Hex } from '../../src/core/util/sha256';

const node = (text: string, encoding: 'hex' | 'base64') => createHash('sha256').update(text, 'utf8').digest(encoding);

describe('sha256', () => {
  it('matches the FIPS 180-4 and NIST example vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes the UTF-8 bytes, as browsers do for CSP: padding edges, non-ASCII, astral and lone surrogates', () => {
    const texts = [
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(63),
      'a'.repeat(64),
      'a'.repeat(65),
      'Kim Jong-un — “visit” · café · 北京 · 😀',
      'lone \ud800 high and \udc00 low surrogates',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
    ];
    for (const text of texts) {
      expect(sha256Hex(text)).toBe(node(text, 'hex'));
      expect(sha256Base64(text)).toBe(node(text, 'base64'));
    }
  });
});
