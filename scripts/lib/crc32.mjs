// CRC-32 (IEEE 802.3), as PNG chunks and zip entries need it. Written out because
// zlib.crc32 only exists from Node 20.15 and the table is tiny.
const table = new Uint32Array(256)
for (let n = 0; n < 256; n++) {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  table[n] = c >>> 0
}

/** @param {Uint8Array} bytes @param {number} [crc] running value from a previous call */
export function crc32(bytes, crc = 0) {
  let c = ~crc >>> 0
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return ~c >>> 0
}
