/**
 * An .xlsx with its worksheets moved to the end of the zip. exceljs's streaming reader needs the
 * shared strings before a worksheet; Excel (and exceljs's own writer) store them after it, so the
 * reader would spill each worksheet to a temporary file and parse it from there, in larger chunks
 * and with a great deal more garbage (peak RSS 280 against 215 MiB for a 50,000-row registry,
 * bench/sheets.ts). Entries are moved as they are, compressed bytes untouched; anything this does
 * not understand (ZIP64, a damaged directory) gives the bytes back unchanged.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

interface Entry {
  name: string;
  /** The central directory record, and where its local header offset field is within it. */
  central: Uint8Array;
  /** The local header, the data and the data descriptor if any. */
  from: number;
  to: number;
}

function endOfDirectory(view: DataView): number | undefined {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--)
    if (view.getUint32(at, true) === EOCD) return at;
  return undefined;
}

function entries(bytes: Uint8Array, view: DataView, eocd: number): Entry[] | undefined {
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const list: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(at + 8, true);
    const compressed = view.getUint32(at + 20, true);
    const [n, e, c] = [28, 30, 32].map((o) => view.getUint16(at + o, true)) as [number, number, number];
    const local = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) return undefined;
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    let to = data + compressed;
    if (flags & 0x8) to += to + 4 <= bytes.byteLength && view.getUint32(to, true) === DESCRIPTOR ? 16 : 12;
    if (to > bytes.byteLength) return undefined;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + n));
    list.push({ name, central: bytes.slice(at, at + 46 + n + e + c), from: local, to });
    at += 46 + n + e + c;
  }
  return list;
}

export function worksheetsLast(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength < 22) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(view);
  const list = eocd === undefined ? undefined : entries(bytes, view, eocd);
  if (eocd === undefined || !list) return bytes;
  const ordered = [
    ...list.filter((x) => !WORKSHEET.test(x.name)),
    ...list.filter((x) => WORKSHEET.test(x.name)),
  ];
  if (ordered.every((x, i) => x === list[i])) return bytes;
  const dataSize = ordered.reduce((sum, x) => sum + (x.to - x.from), 0);
  const centralSize = ordered.reduce((sum, x) => sum + x.central.byteLength, 0);
  const tail = bytes.subarray(eocd);
  const out = new Uint8Array(dataSize + centralSize + tail.byteLength);
  const outView = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const x of ordered) {
    offsets.push(at);
    out.set(bytes.subarray(x.from, x.to), at);
    at += x.to - x.from;
  }
  const centralAt = at;
  ordered.forEach((x, i) => {
    out.set(x.central, at);
    outView.setUint32(at + 42, offsets[i] ?? 0, true);
    at += x.central.byteLength;
  });
  out.set(tail, at);
  outView.setUint32(at + 16, centralAt, true);
  return out;
}
