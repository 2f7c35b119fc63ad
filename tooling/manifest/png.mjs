// A small PNG reader (8-bit greyscale/RGB/RGBA, non-interlaced: what rsvg-convert and image editors
// write for app icons), enough to check an icon's size and its transparency without an image library.
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Returns { width, height, hasAlpha, pixel(x, y) -> [r, g, b, a] }. Throws on anything it cannot read. */
export function readPng(buffer) {
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0), height: body.readUInt32BE(4),
        bitDepth: body[8], colorType: body[9], interlace: body[12],
      };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG has no IHDR chunk');
  const channels = CHANNELS[header.colorType];
  if (header.bitDepth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG layout (bit depth ${header.bitDepth}, colour type ${header.colorType}, interlace ${header.interlace}); save as 8-bit RGB(A), not interlaced`);
  }
  const pixels = unfilter(inflateSync(Buffer.concat(data)), header.width, header.height, channels);
  const stride = header.width * channels;
  return {
    width: header.width,
    height: header.height,
    hasAlpha: channels === 2 || channels === 4,
    pixel(x, y) {
      const i = y * stride + x * channels;
      const p = pixels.subarray(i, i + channels);
      switch (channels) {
        case 1: return [p[0], p[0], p[0], 255];
        case 2: return [p[0], p[0], p[0], p[1]];
        case 3: return [p[0], p[1], p[2], 255];
        default: return [p[0], p[1], p[2], p[3]];
      }
    },
  };
}

// Reverses the per-row filters of the PNG spec (section 9).
function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? out.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? row[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let predictor;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = a; break;
        case 2: predictor = b; break;
        case 3: predictor = (a + b) >> 1; break;
        case 4: predictor = paeth(a, b, c); break;
        default: throw new Error(`bad PNG filter type ${filter} in row ${y}`);
      }
      row[i] = (src[i] + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}
