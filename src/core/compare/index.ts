// Comparison of readouts: since the last event with a counterpart, a counterpart's history,
// two readouts side by side, variant families, and Markdown/CSV exports of them.
export {
  BUILT_IN_FAMILIES,
  allFamilies,
  checkFamilyDraft,
  checkUserFamilies,
  type DraftProblem,
  type VariantFamily,
} from './families'
export {
  docFromAnalysis,
  docFromIndexed,
  sentencesOf,
  type ReadoutDoc,
  type DocSentence,
} from './readout-doc'
export { formulationsOf, diffFormulations, groupByCategory, type Formulation } from './formulations'
export { familyUses, readFamilies, type FamilyReading, type VariantUse } from './variants'
export { history, eventsWith, type HistoryEntry, type CitedFormulation } from './history'
export { sinceLast, type SinceLast, type Change } from './since-last'
export { ALIGNERS, alignByContent, MIN_SIMILARITY, type Aligner, type AlignedPair } from './align'
export {
  compare,
  sameEvent,
  speakerStats,
  type Comparison,
  type CompareOptions,
  type SpeakerStats,
} from './compare'
export { comparisonMarkdown, historyMarkdown, annotationsMarkdown } from './export-markdown'
export { historyCsv, HISTORY_CSV_COLUMNS } from './export-csv'
export type { ExportLang } from './export-labels'
export { rowsOf, type CompareRow } from './rows'
