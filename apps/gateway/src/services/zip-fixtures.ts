import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Test-only: hand-built zip archives, so the tests control exactly what the central directory
 * declares and what the data really inflates to (a zip library would never write a lie).
 */
export interface ZipPart {
  name: string;
  /** Deflated bytes (method 8), or stored bytes (method 0) when `stored`. */
  data: Buffer;
  stored?: boolean;
  crc: number;
  uncompressedSize: number;
  /** What the headers claim, when it differs from the truth. */
  declaredSize?: number;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.uncompressedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.stored ? 0 : 8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `megabytes` MB of spaces, deflated: one 1 MB block compressed once without history and
 * flushed to a byte boundary, repeated, then a final empty block — a valid deflate stream built
 * in milliseconds instead of compressing 450 MB.
 */
export function deflatedRepeat(name: string, megabytes: number): ZipPart {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  return {
    name,
    data: Buffer.concat([...Array.from({ length: megabytes }, () => block), last]),
    crc,
    uncompressedSize: megabytes * chunk.length,
  };
}

/** Incompressible bytes, stored: padding that makes an upload the size of the reported one. */
export function storedRandom(name: string, bytes: number): ZipPart {
  const data = randomBytes(bytes);
  return { name, data, stored: true, crc: crc32(data), uncompressedSize: bytes };
}
