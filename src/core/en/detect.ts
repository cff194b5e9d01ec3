// Is this English page a readout of a leaders' call or meeting? A `Readout of …` headline
// (White House), a headline naming a leader with a meeting word (Kremlin: `Telephone
// conversation with President of China Xi Jinping`; foreign ministry: `President Xi Jinping
// Holds Phone Call with …`), and an event sentence at the top naming two leaders. Reported
// speech (`President Biden underscored`) raises the confidence.
import type { NameTable } from './names'
import { englishKind, leadersIn } from './event'

export const READOUT_TITLE = /^\s*(?:readout|read-out)\b/i

export interface EnDetection {
  isReadout: boolean
  confidence: number
}

export function detectEnglishReadout(
  title: string,
  hasEventSentence: boolean,
  speakerTurns: number,
  table: NameTable,
): EnDetection {
  const readoutTitle = READOUT_TITLE.test(title)
  const titleEvent = englishKind(title) !== null && leadersIn(title, table).length >= 1
  if (!hasEventSentence && !(readoutTitle && titleEvent)) {
    return { isReadout: false, confidence: Math.min(0.3, speakerTurns * 0.05) }
  }
  let score = hasEventSentence ? 0.55 : 0.45
  if (readoutTitle) score += 0.15
  else if (titleEvent) score += 0.1
  score += Math.min(0.25, speakerTurns * 0.05)
  const confidence = Math.min(0.99, Math.round(score * 100) / 100)
  return { isReadout: confidence >= 0.5, confidence }
}
