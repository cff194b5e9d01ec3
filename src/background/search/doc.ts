// What a candidate is verified against: an event as read for verification and display (its row
// and text), or only its folded search text.
import type { EventRow } from '../../shared/db/schema'
import { foldForSearch } from '../../core/normalize'
import { searchText } from '../../shared/index/rows'

export interface Haystack {
  /** Whether the folded search text contains `t` (folded; `selfFolded`: t folds to itself). */
  has(t: string, selfFolded: boolean): boolean
}

/** An event as read for verification and display. */
export class Doc implements Haystack {
  private foldedText: string | null = null
  readonly hay: string
  constructor(
    readonly meta: EventRow,
    readonly text: string,
  ) {
    // Exactly what the index's folded row holds, before folding (rows.ts toRows).
    this.hay = searchText({ sources: meta.sources, text })
  }
  get folded(): string {
    return (this.foldedText ??= foldForSearch(this.hay))
  }
  /**
   * When `t` folds to itself, finding it in the unfolded text already proves it (folding is per
   * character and drops only whitespace, which a folded needle has none of); only a miss needs
   * the fold.
   */
  has(t: string, selfFolded: boolean): boolean {
    return (selfFolded && this.hay.includes(t)) || this.folded.includes(t)
  }
  /** Characters it holds once folded (cache accounting): text, search text, folded text. */
  get size(): number {
    return this.text.length + 2 * this.hay.length
  }
}

/** A candidate known by its folded row only (read to verify, before its event is needed). */
export class FoldedOnly implements Haystack {
  constructor(readonly f: string) {}
  has(t: string): boolean {
    return this.f.includes(t)
  }
}
