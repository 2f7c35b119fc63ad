// Writes a flat zip archive (deflate, no folders): the Teams app package needs nothing more, and a
// zip library would be one more npm dependency for ~50 lines of the format (APPNOTE.TXT 4.3).
import { crc32, deflateRawSync } from 'node:zlib';

/** entries: [{ name, data: Buffer }] -> Buffer holding the zip file. */
export function createZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed DOS timestamp (1980-01-01 00:00) keeps the package byte-for-byte reproducible.
  const dosTime = 0, dosDate = (0 << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);            // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6);        // flags: names are UTF-8
    local.writeUInt16LE(8, 8);             // method: deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);          // version made by
    central.writeUInt16LE(20, 6);          // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);     // offset of the local header (other fields stay 0)
    centrals.push(central, fileName);

    offset += local.length + fileName.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
