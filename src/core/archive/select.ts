// Which day-page stories are worth fetching: headlines that are readouts of the Chinese
// leaders' calls, talks and meetings, by detection's own event-line rule (core/detect.ts), so
// the archive keeps what the panel would call a readout. The story's text is analysed again
// after fetching; this only spares fetching the other ~15 stories of an evening.
import { hasEventLine } from '../detect'

export function isReadoutHeadline(title: string): boolean {
  return hasEventLine(title)
}
