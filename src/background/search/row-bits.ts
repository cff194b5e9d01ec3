// Posting rows as bitsets over ordinals, decoded once per row object: rows are immutable (a
// write puts a new row object), so a row read again after a write is decoded again, and one
// kept from before is not.
import { decodeIdsAsBits, type PostingRow } from '../../shared/index/postings'

const decoded = new WeakMap<PostingRow, Uint32Array>()

/** The row's ordinals as bits (shared: copy before editing). */
export function rowBits(row: PostingRow): Uint32Array {
  let words = decoded.get(row)
  if (!words) {
    words = decodeIdsAsBits(row.b, row.last)
    decoded.set(row, words)
  }
  return words
}
