// Decoding bytes as a browser does: BOM, declared charset, valid UTF-8, windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredEncoding } from '../lib/charset.ts';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('decodeBytes', () => {
  it('honours a byte-order mark over any declaration', () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...Buffer.from('\u0000h\u0000é', 'latin1')]);
    expect(decodeBytes(bytes, { html: true })).toEqual({ text: 'hé', encoding: 'utf-16be', source: 'bom' });
  });

  it('reads <meta charset> and the http-equiv content type, as TextDecoder names them', () => {
    expect(decodeBytes(latin1('<meta charset="iso-8859-1"><p>caf\xe9</p>'), { html: true })).toMatchObject({ encoding: 'windows-1252', source: 'declared' });
    expect(declaredEncoding(latin1('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1250">'))).toBe('windows-1250');
    expect(declaredEncoding(latin1("<meta content='text/html; charset=Shift_JIS' http-equiv='content-type'>"))).toBe('shift_jis');
  });

  it('ignores a declaration inside a comment, an unknown label, and one past the first 1024 bytes', () => {
    expect(declaredEncoding(latin1('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(declaredEncoding(latin1('<meta charset="no-such-thing">'))).toBeNull();
    expect(declaredEncoding(latin1(`<!doctype html>${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeNull();
  });

  it('reads a declared UTF-16 as UTF-8 (the declaration itself was read as ASCII)', () => {
    expect(declaredEncoding(latin1('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('takes undeclared bytes as UTF-8 when they are valid UTF-8, else as windows-1252', () => {
    expect(decodeBytes(new TextEncoder().encode('<p>Zürich €</p>'), { html: true })).toMatchObject({ text: '<p>Zürich €</p>', source: 'valid-utf-8' });
    expect(decodeBytes(latin1('<p>Z\xfcrich \x80</p>'), { html: true })).toMatchObject({ text: '<p>Zürich €</p>', encoding: 'windows-1252', source: 'fallback' });
  });

  it('does not read a declaration in plain text', () => {
    expect(decodeBytes(latin1('<meta charset="koi8-r"> caf\xe9'))).toMatchObject({ text: '<meta charset="koi8-r"> café', source: 'fallback' });
  });

  it('reads a file that is valid UTF-8 as UTF-8 even when it declares another charset (a page re-saved with a stale <meta charset>)', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><title>DeepMind 新电脑</title><p>Café</p>');
    expect(decodeBytes(bytes, { html: true })).toMatchObject({ text: '<meta charset="gb2312"><title>DeepMind 新电脑</title><p>Café</p>', source: 'valid-utf-8' });
    expect(decodeBytes(new TextEncoder().encode('<meta charset="iso-8859-1"><p>plain ASCII</p>'), { html: true })).toMatchObject({ source: 'declared' });
  });
});
