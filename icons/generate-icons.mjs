// Draws the toolbar/store icons (a magnifying lens over two coloured text lines, i.e. two
// speakers) as PNGs at 16, 48 and 128 px. Run: node icons/generate-icons.mjs
// Pure Node (zlib) so the icons can be regenerated anywhere; the PNGs are committed.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import { crc32 } from '../scripts/lib/crc32.mjs'

const RING = [178, 34, 34] // lens rim: deep red
const GLASS = [255, 248, 236] // warm paper tint inside the lens
const HANDLE = [60, 60, 70]
const LINE_A = [210, 120, 30] // first speaker
const LINE_B = [40, 100, 190] // second speaker

/** Signed distance from point p to segment ab. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

/** Colour (with alpha) of the glyph at a point in unit coordinates, painter's order. */
function sample(x, y) {
  let rgba = null
  const cx = 0.41
  const cy = 0.41
  const r = Math.hypot(x - cx, y - cy)
  if (segmentDistance(x, y, 0.63, 0.63, 0.88, 0.88) < 0.075) rgba = [...HANDLE, 255]
  if (r < 0.3) rgba = [...GLASS, 255]
  if (r < 0.27) {
    if (segmentDistance(x, y, 0.26, 0.34, 0.56, 0.34) < 0.045) rgba = [...LINE_A, 255]
    if (segmentDistance(x, y, 0.26, 0.48, 0.48, 0.48) < 0.045) rgba = [...LINE_B, 255]
  }
  if (r >= 0.25 && r < 0.33) rgba = [...RING, 255]
  return rgba
}

/** RGBA pixels of the icon at `size`, 4×4 supersampled for smooth edges. */
function render(size) {
  const px = Buffer.alloc(size * size * 4)
  const n = 4
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const acc = [0, 0, 0, 0]
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const c = sample((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size)
          if (!c) continue
          for (let k = 0; k < 3; k++) acc[k] += c[k] * (c[3] / 255)
          acc[3] += c[3]
        }
      }
      const o = (j * size + i) * 4
      const alpha = acc[3] / (n * n)
      const cover = acc[3] / 255 || 1
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(acc[k] / cover)
      px[o + 3] = Math.round(alpha)
    }
  }
  return px
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([len, typed, crc])
}

function png(size) {
  const px = render(size)
  const rows = Buffer.alloc((size * 4 + 1) * size)
  for (let j = 0; j < size; j++)
    px.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const here = dirname(fileURLToPath(import.meta.url))
for (const size of [16, 48, 128]) writeFileSync(join(here, `icon-${size}.png`), png(size))
