// Novelty of one analysed page against an index file's events (the CLI): the earlier events
// are those dated before the page's event (all others when it has no date), never the event
// itself; first appearances come from the index when it recorded them, else are recorded here.
import { analysisEventId } from '../index/event-id'
import type { Analysis, Article, CorpusIndex } from '../types'
import { recordFirsts, seenBefore, type SeenBefore } from './firsts'
import { foldForSearch } from '../normalize'
import { historyOfTexts } from './history'
import { novelFormulations, type NovelFormulation } from './novel'
import { withRecordedFirsts } from './recorded'

export interface PageNovelty {
  novel: NovelFormulation[]
  firstSeen: SeenBefore[]
}

export function noveltyAgainstIndex(
  article: Pick<Article, 'text' | 'paragraphs'>,
  analysis: Pick<Analysis, 'event' | 'turns' | 'url' | 'title'>,
  index: Pick<CorpusIndex, 'events' | 'firsts'>,
): PageNovelty {
  const eventId = analysisEventId(analysis)
  const date = analysis.event?.date ?? null
  const earlier = index.events.filter(
    (e) => e.id !== eventId && (!date || (e.date !== null && e.date < date)),
  )
  const input = { text: article.text, paragraphs: article.paragraphs, turns: analysis.turns }
  const live = novelFormulations(input, historyOfTexts(earlier.map((e) => foldForSearch(e.text))))
  const firsts = index.firsts ?? recordFirsts(index.events)
  // A page that is one of the index's events also lists what the recount recorded for it.
  const novel = withRecordedFirsts(input, live, firsts, eventId)
  return { novel, firstSeen: seenBefore(input, firsts, { date, eventId }) }
}
