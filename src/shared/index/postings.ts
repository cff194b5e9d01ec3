// Posting lists: sorted, unique event ordinals, stored delta + varint encoded (7 bits per byte,
// high bit = more). One row per character bigram; a 10k-event list of a common bigram is a few
// KB instead of 80 KB of numbers, and decodes in tens of microseconds.

/** Bytes a varint needs for v (v ≥ 0, < 2^35). */
function varintSize(v: number): number {
  let n = 1
  while (v >= 0x80) {
    v = Math.floor(v / 128)
    n++
  }
  return n
}

function writeVarint(out: Uint8Array, pos: number, v: number): number {
  while (v >= 0x80) {
    out[pos++] = (v & 0x7f) | 0x80
    v = Math.floor(v / 128)
  }
  out[pos++] = v
  return pos
}

/** Encode sorted unique non-negative ids. `prev` is the id the first delta is taken from. */
export function encodeIds(ids: ArrayLike<number>, prev = -1): Uint8Array {
  let size = 0
  let p = prev
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    if (id <= p) throw new Error(`posting ids must be strictly increasing (${p} → ${id})`)
    size += varintSize(id - p - 1)
    p = id
  }
  const out = new Uint8Array(size)
  let pos = 0
  p = prev
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    pos = writeVarint(out, pos, id - p - 1)
    p = id
  }
  return out
}

/** Calls `put` with each id in order: the one varint decoding loop. */
function eachId(bytes: Uint8Array, put: (id: number) => void): void {
  let prev = -1
  let v = 0
  let shift = 1
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    v += (b & 0x7f) * shift
    if (b & 0x80) {
      shift *= 128
    } else {
      prev = prev + v + 1
      put(prev)
      v = 0
      shift = 1
    }
  }
}

/** Decode into a fresh Int32Array (count known from the row avoids a second pass). */
export function decodeIds(bytes: Uint8Array, count?: number): Int32Array {
  const out = new Int32Array(count ?? countIds(bytes))
  let n = 0
  eachId(bytes, (id) => (out[n++] = id))
  return n === out.length ? out : out.subarray(0, n)
}

/** Decode straight into a bitset over ids (bit id & 31 of word id >> 5); `last` = the largest id. */
export function decodeIdsAsBits(bytes: Uint8Array, last: number): Uint32Array {
  const words = new Uint32Array((Math.max(last, 0) >> 5) + 1)
  eachId(bytes, (id) => (words[id >> 5]! |= 1 << (id & 31)))
  return words
}

export function countIds(bytes: Uint8Array): number {
  let n = 0
  for (let i = 0; i < bytes.length; i++) if (!(bytes[i]! & 0x80)) n++
  return n
}

/** A stored posting row. `last` lets appends continue the delta chain without decoding. */
export interface PostingRow {
  g: number
  n: number
  last: number
  b: Uint8Array
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/**
 * Add ids (sorted, unique) to a row. Ids above the row's last one are appended without decoding
 * (the common case: new events get new ordinals); others are merged.
 */
export function addToRow(
  row: PostingRow | undefined,
  g: number,
  ids: ArrayLike<number>,
): PostingRow {
  if (ids.length === 0) return row ?? { g, n: 0, last: -1, b: new Uint8Array(0) }
  if (!row || row.n === 0)
    return { g, n: ids.length, last: ids[ids.length - 1]!, b: encodeIds(ids) }
  if (ids[0]! > row.last) {
    return {
      g,
      n: row.n + ids.length,
      last: ids[ids.length - 1]!,
      b: concat(row.b, encodeIds(ids, row.last)),
    }
  }
  const merged = unionSorted(decodeIds(row.b, row.n), ids)
  return { g, n: merged.length, last: merged[merged.length - 1]!, b: encodeIds(merged) }
}

/** Remove ids from a row; null when the row becomes empty. */
export function removeFromRow(row: PostingRow, ids: ReadonlySet<number>): PostingRow | null {
  const kept = Array.from(decodeIds(row.b, row.n)).filter((id) => !ids.has(id))
  if (kept.length === 0) return null
  return { g: row.g, n: kept.length, last: kept[kept.length - 1]!, b: encodeIds(kept) }
}

export function unionSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x < y) {
      out.push(x)
      i++
    } else if (y < x) {
      out.push(y)
      j++
    } else {
      out.push(x)
      i++
      j++
    }
  }
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

/**
 * Intersect sorted lists, rarest first. Galloping search in the longer list keeps a rare list
 * against a 50k-entry one at O(r log n).
 */
export function intersectSorted(lists: ArrayLike<number>[]): number[] {
  if (lists.length === 0) return []
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  let acc: number[] = Array.from(sorted[0]!)
  for (let k = 1; k < sorted.length && acc.length > 0; k++) {
    const other = sorted[k]!
    const out: number[] = []
    let lo = 0
    for (const x of acc) {
      // gallop to the first element ≥ x
      let step = 1
      let hi = lo
      while (hi < other.length && other[hi]! < x) {
        lo = hi + 1
        hi += step
        step *= 2
      }
      hi = Math.min(hi, other.length)
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (other[mid]! < x) lo = mid + 1
        else hi = mid
      }
      if (lo < other.length && other[lo] === x) out.push(x)
    }
    acc = out
  }
  return acc
}

/**
 * Intersection without materialising lists: for every id of the encoded list whose count is
 * `from` (it was in all earlier lists), set it to `from + 1`. Returns how many ids advanced.
 * Decoding straight into one counter per ordinal does no allocation per list, and a list
 * whose ids are mostly gone already costs only its decoding.
 */
export function advanceCounts(bytes: Uint8Array, counts: Uint16Array, from: number): number {
  const to = from + 1
  let advanced = 0
  let prev = -1
  let v = 0
  let shift = 1
  const end = counts.length
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b & 0x80) {
      v += (b & 0x7f) * shift
      shift *= 128
      continue
    }
    prev += v + b * shift + 1
    v = 0
    shift = 1
    if (prev < end && counts[prev] === from) {
      counts[prev] = to
      advanced++
    }
  }
  return advanced
}
