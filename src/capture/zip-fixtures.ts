// A minimal zip writer for tests and the fuzzer: WACZ files are built in code, not committed.

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntryInput {
  name: string;
  data: string | Uint8Array;
  /** WACZ stores its WARCs uncompressed (they are gzip already); other files are usually deflated. */
  method?: 'store' | 'deflate';
  /** Lie about the uncompressed size (zip-bomb tests); default: the true size. */
  declaredSize?: number;
}

export function buildZip(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const deflate = entry.method === 'deflate';
    const stored = deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const common = (h: Buffer, at: number): void => {
      h.writeUInt16LE(0x0800, at); // flags: UTF-8 names
      h.writeUInt16LE(deflate ? 8 : 0, at + 2);
      h.writeUInt16LE(0, at + 4); // time
      h.writeUInt16LE(0x21, at + 6); // date 1980-01-01
      h.writeUInt32LE(crc, at + 8);
      h.writeUInt32LE(stored.length, at + 12);
      h.writeUInt32LE(entry.declaredSize ?? data.length, at + 16);
      h.writeUInt16LE(name.length, at + 20);
      h.writeUInt16LE(0, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    common(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
