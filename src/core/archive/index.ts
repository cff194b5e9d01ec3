// The 新闻联播 archive import: day pages → readout stories → index events (pure; the fetcher,
// the event sink and the clock come from the CLI or the background).
export { CCTV_ORIGIN, dayPageUrl, parseDayPage, storyUrlAt, type DayStory } from './day-page'
export { addDays, CCTV_FIRST_DAY, daysInRange, isDay } from './days'
export {
  MAX_PROBLEMS,
  newArchiveJob,
  newPacer,
  step,
  storyEvent,
  type ArchiveDeps,
  type ArchiveFetcher,
  type ArchiveJob,
  type ArchiveProblem,
  type EventSink,
  type FetchResult,
  type JobStatus,
  type ProblemCause,
  type ProblemKind,
  type StopCause,
  type PutOutcome,
} from './job'
export { parseRetryAfter, POLITE, type Politeness } from './politeness'
export { memorySink, type MemorySink } from './memory-sink'
export { runArchiveJob, type RunHooks } from './run'
export { isReadoutHeadline } from './select'
export { parseStoryPage } from './story-page'
