#!/usr/bin/env node
// Draws the app and tray icons (resources/icon.png, tray.png, tray@2x.png, tray-alert*.png) as PNGs
// with nothing but node:zlib, so the icons are reproducible without an image editor or a package.
// The glyph is a small timeline: three staggered white bars (jobs on technician lanes) on a blue
// tile, with an amber "now" line. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];
const RED = [200, 30, 30];

/** Shapes in a unit square, painted in order. `r` is a corner radius. */
function shapes({ nowLine, alert }) {
  const list = [
    { x0: 0.04, y0: 0.04, x1: 0.96, y1: 0.96, r: 0.2, color: BLUE },
    { x0: 0.18, y0: 0.24, x1: 0.62, y1: 0.38, r: 0.07, color: WHITE },
    { x0: 0.36, y0: 0.43, x1: 0.82, y1: 0.57, r: 0.07, color: WHITE },
    { x0: 0.24, y0: 0.62, x1: 0.54, y1: 0.76, r: 0.07, color: WHITE },
  ];
  if (nowLine) list.push({ x0: 0.68, y0: 0.16, x1: 0.73, y1: 0.84, r: 0.025, color: AMBER });
  // Urgent alerts: the tray's alert state adds a red "!" badge, top right, ringed in
  // white so it reads on dark and light panels alike, and is a shape, not only a colour change.
  if (alert) {
    list.push({ x0: 0.44, y0: -0.04, x1: 1.04, y1: 0.56, r: 0.3, color: WHITE });
    list.push({ x0: 0.5, y0: 0.02, x1: 0.98, y1: 0.5, r: 0.24, color: RED });
    list.push({ x0: 0.705, y0: 0.09, x1: 0.775, y1: 0.32, r: 0.03, color: WHITE });
    list.push({ x0: 0.705, y0: 0.36, x1: 0.775, y1: 0.43, r: 0.035, color: WHITE });
  }
  return list;
}

function insideRoundRect(px, py, s) {
  if (px < s.x0 || px > s.x1 || py < s.y0 || py > s.y1) return false;
  const dx = Math.max(s.x0 + s.r - px, 0, px - (s.x1 - s.r));
  const dy = Math.max(s.y0 + s.r - py, 0, py - (s.y1 - s.r));
  return dx * dx + dy * dy <= s.r * s.r;
}

/** RGBA pixels, 4×4 supersampled for smooth edges, composited "over" a transparent background. */
function render(size, options) {
  const list = shapes(options);
  const pixels = Buffer.alloc(size * size * 4);
  const N = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const px = (x + (sx + 0.5) / N) / size;
          const py = (y + (sy + 0.5) / N) / size;
          let color = null;
          for (const s of list) if (insideRoundRect(px, py, s)) color = s.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (y * size + x) * 4;
      // Colour averaged over covered samples only (straight alpha), coverage as alpha.
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round((a / (N * N)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encode RGBA pixels as a PNG: 8-bit RGBA, no interlace, filter 0 on every scanline. */
function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const targets = [
  { file: 'icon.png', size: 512, nowLine: true },
  { file: 'tray.png', size: 32, nowLine: false },
  { file: 'tray@2x.png', size: 64, nowLine: false },
  { file: 'tray-alert.png', size: 32, nowLine: false, alert: true },
  { file: 'tray-alert@2x.png', size: 64, nowLine: false, alert: true },
];
for (const t of targets) {
  writeFileSync(join(outDir, t.file), encodePng(t.size, render(t.size, t)));
  console.log(`wrote resources/${t.file} (${t.size}×${t.size})`);
}
