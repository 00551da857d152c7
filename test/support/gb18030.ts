/**
 * Text to GB18030 bytes, as Excel on Chinese Windows saves a CSV. Node decodes GB18030 but has no
 * encoder; the two-byte table is built once by decoding every two-byte code.
 */
let table: Map<string, number[]> | undefined;

function twoByteTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  return map;
}

export function gb18030(text: string): Uint8Array {
  table ??= twoByteTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
