// Aho–Corasick automaton over UTF-16 code units: all dictionary words found in ONE linear
// pass over the text, however many words there are (one regex per phrase would be
// O(phrases × text) and froze pages in mark.js).

export interface AcMatch {
  /** Index of the word in the list given to `buildAutomaton`. */
  word: number
  start: number
  end: number
}

export interface Automaton {
  /** Per state: transitions (code unit → state). */
  next: Array<Map<number, number>>
  fail: Int32Array
  /** Per state: the longest word ending here (-1 none) … */
  output: Int32Array
  /** … and the next state on the fail chain that has an output (-1 none). */
  dictLink: Int32Array
  lengths: number[]
}

export function buildAutomaton(words: readonly string[]): Automaton {
  const next: Array<Map<number, number>> = [new Map()]
  const out: number[] = [-1]
  const lengths = words.map((w) => w.length)
  words.forEach((w, index) => {
    if (!w) return
    let s = 0
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      let t = next[s]!.get(c)
      if (t === undefined) {
        t = next.length
        next.push(new Map())
        out.push(-1)
        next[s]!.set(c, t)
      }
      s = t
    }
    if (out[s] === -1) out[s] = index
  })
  const n = next.length
  const fail = new Int32Array(n)
  const dictLink = new Int32Array(n).fill(-1)
  const queue: number[] = []
  for (const t of next[0]!.values()) queue.push(t)
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!
    for (const [c, t] of next[s]!) {
      let f = fail[s]!
      while (f > 0 && !next[f]!.has(c)) f = fail[f]!
      const ft = next[f]!.get(c)
      fail[t] = ft !== undefined && ft !== t ? ft : 0
      dictLink[t] = out[fail[t]!]! >= 0 ? fail[t]! : dictLink[fail[t]!]!
      queue.push(t)
    }
  }
  return { next, fail, output: Int32Array.from(out), dictLink, lengths }
}

/** Every occurrence of every word (overlapping), ordered by end then length (longest first). */
export function searchAll(ac: Automaton, text: string): AcMatch[] {
  const found: AcMatch[] = []
  let s = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let t = ac.next[s]!.get(c)
    while (t === undefined && s > 0) {
      s = ac.fail[s]!
      t = ac.next[s]!.get(c)
    }
    s = t ?? 0
    for (let o = ac.output[s]! >= 0 ? s : ac.dictLink[s]!; o >= 0; o = ac.dictLink[o]!) {
      const word = ac.output[o]!
      const len = ac.lengths[word]!
      found.push({ word, start: i + 1 - len, end: i + 1 })
    }
  }
  return found
}

/**
 * Longest-leftmost non-overlapping selection: sort by start, prefer longer; skip anything
 * overlapping an already chosen match (新时代全面战略协作伙伴关系 hides 全面战略协作伙伴).
 */
export function longestNonOverlapping(matches: AcMatch[]): AcMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const chosen: AcMatch[] = []
  let until = -1
  for (const m of sorted) {
    if (m.start < until) continue
    chosen.push(m)
    until = m.end
  }
  return chosen
}

/** Whether any word occurs in text[0, limit) — stops at the first hit. */
export function containsAny(ac: Automaton, text: string, limit = text.length): boolean {
  let s = 0
  const end = Math.min(limit, text.length)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    let t = ac.next[s]!.get(c)
    while (t === undefined && s > 0) {
      s = ac.fail[s]!
      t = ac.next[s]!.get(c)
    }
    s = t ?? 0
    if (ac.output[s]! >= 0 || ac.dictLink[s]! >= 0) return true
  }
  return false
}
