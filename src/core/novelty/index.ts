// Novelty: formulations a readout says that no earlier event of the index said (novel.ts),
// and where the ones it repeats were first said (firsts.ts).
export {
  findNovel,
  novelFormulations,
  prepareReadout,
  type PreparedReadout,
  type NovelFormulation,
  type ScoredFormulation,
  type NoveltyInput,
  type NoveltyResult,
} from './novel'
export { historyOf, historyOfTexts, Probe, type NoveltyHistory } from './history'
export { bitsOfList, idsOfBits, popcount, type GramBits } from './bits'
export {
  GrowingHistory,
  noveltyInputOf,
  firstAppearanceOf,
  firstsByDay,
  recordFirsts,
  seenBefore,
  type FirstAppearance,
  type SeenBefore,
} from './firsts'
export { withRecordedFirsts } from './recorded'
export { MAX_NOVEL, MIN_HISTORY } from './rules'
export { noveltyAgainstIndex, type PageNovelty } from './against-index'
export { noveltyHits, withNoveltyHits } from './as-phrases'
