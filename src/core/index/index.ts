// The event index: ids, rows, merging, related-event ranking, whole-corpus builds.
export { eventIdFor } from './event-id'
export { toIndexedEvent, mergeIndexedEvents, type IndexOrigin } from './merge'
export { rankRelated, type RankOptions } from './related'
export {
  buildIndex,
  indexArticles,
  type BuildOptions,
  type IndexedCorpus,
  type SkippedArticle,
} from './build'
