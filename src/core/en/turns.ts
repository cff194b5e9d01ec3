// Sentence-level speakers of an English readout. Each sentence is a turn of:
// - a named leader at its start (`President Biden emphasized…`, `On Taiwan, President Biden
//   underscored…`, `Xi Jinping noted…`, `President of China Xi Jinping said…`);
// - the publishing side's leader for `The President …` (the event sentence's subject);
// - the leader named last for `He …` / `She …` (back-reference);
// - both (双方, as in Chinese readouts) for `The two leaders…`, `They…`, `Both sides…`,
//   `President Biden and President Xi…`;
// - nobody (narration) for the event sentence and anything else.
// Which rule fired is kept on the turn's `rule` for tests and the CLI.
import type { Turn } from '../types'
import type { NameTable } from './names'
import type { EnSentence } from './sentences'

export const JOINT = '双方'

export type EnTurnRule = 'named' | 'the-president' | 'pronoun' | 'joint' | 'event' | 'narration'

export interface EnTurn extends Turn {
  rule: EnTurnRule
}

/** An opening that does not change the subject: `On Taiwan, `, `Regarding the X conflict, `. */
const LEAD =
  /^(?:(?:On|Regarding|As for|As to|As in|As|Concerning|With (?:regard|respect) to|Turning to|In|During|Throughout|At|Building on|Following|After|Finally|Also|Additionally|Further(?:more)?|Moreover|Separately|Lastly|Meanwhile|Likewise|Similarly|However)\b[^,;]{0,160}?,\s+)?/
const TITLE =
  "(?:(?:U\\.S\\.|US|American|Russian|Chinese|French|German)\\s+)?(?:(?:Vice\\s+)?President|Chairman|Premier|Prime\\s+Minister|Chancellor|Secretary(?:\\s+of\\s+State)?|General\\s+Secretary|Foreign\\s+Minister)?(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w’']*(?:\\s+(?:of\\s+)?[A-Z][\\w’']*)*?)?\\s*"
const ADVERBS =
  '(?:(?:also|again|further|once again|then|both|clearly|strongly|firmly|briefly|specifically|warmly|sincerely|repeatedly|personally|previously|particularly)\\s+)*'
/** A reporting verb (or any finite verb: English readouts say "raised", "laid out", "was clear"). */
const VERB =
  '([a-z]+(?:ed|es|s)|said|made|laid|held|spoke|met|took|gave|told|was|were|is|are|had|has|have|will|would|can|could|did|thanked|expressed|set out)\\b'
const JOINT_SUBJECT =
  /^(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state|sides|parties|countries)\b|^both\s+(?:leaders|sides|presidents)\b|^the\s+leaders\b|^they\b/i
const THE_PRESIDENT =
  /^[Tt]he\s+(?:(?:U\.S\.|US|American|Russian|Chinese|French)\s+)?(?:President|[Ll]eader|Head of State)(?:\s+of\s+(?:the\s+)?([A-Z][\w’']*(?:\s+[A-Z][\w’']*)*))?\b(?!['’]s)/
const PRONOUN = /^(?:he|she)\b/i

const COUNTRY_WORDS: Record<string, string> = {
  'u.s.': '美国',
  us: '美国',
  american: '美国',
  'united states': '美国',
  russian: '俄罗斯',
  russia: '俄罗斯',
  chinese: '中国',
  china: '中国',
  "people's republic of china": '中国',
  'people’s republic of china': '中国',
  french: '法国',
  france: '法国',
}

export interface TurnContext {
  /** Event participants, canonical names. */
  participants: readonly string[]
  /** The publishing side's leader (`The President` refers to them). */
  home: string | null
  /** Index of the event sentence (narration), -1 for none. */
  eventSentence: number
}

export function extractEnglishTurns(
  text: string,
  sentences: readonly EnSentence[],
  ctx: TurnContext,
  table: NameTable,
): EnTurn[] {
  const named = new RegExp(
    `^${TITLE}(${table.source})(?![\\w’'])(?:,?\\s+Jr\\.?,?)?\\s+${ADVERBS}${VERB}`,
    'i',
  )
  const pair = new RegExp(
    `^${TITLE}(${table.source})\\s+and\\s+${TITLE}(${table.source})(?![\\w’'])\\s+${ADVERBS}${VERB}`,
    'i',
  )
  const verbAfter = new RegExp(`^\\s+${ADVERBS}${VERB}`)
  let last: string | null = null
  return sentences.map((s, i): EnTurn => {
    const sentence = text.slice(s.start, s.end)
    const turn = (speaker: string | null, verb: string | null, rule: EnTurnRule): EnTurn => {
      if (speaker && speaker !== JOINT) last = speaker
      return { speaker, verb, text: sentence, start: s.start, end: s.end, rule }
    }
    if (i === ctx.eventSentence) return turn(null, null, 'event')
    const body = sentence.slice(LEAD.exec(sentence)?.[0].length ?? 0)
    const both = pair.exec(body)
    if (both) return turn(JOINT, both[3] ?? null, 'joint')
    const m = named.exec(body)
    if (m) {
      const zh = table.byEnglish.get(m[1]!.toLowerCase())?.zh ?? null
      if (zh) return turn(zh, m[2] ?? null, 'named')
    }
    const joint = JOINT_SUBJECT.exec(body)
    if (joint) {
      const v = verbAfter.exec(body.slice(joint[0].length))
      if (v) return turn(JOINT, v[1] ?? null, 'joint')
    }
    const pres = THE_PRESIDENT.exec(body)
    if (pres) {
      const v = verbAfter.exec(body.slice(pres[0].length))
      const countryWord = (pres[1] ?? /^the\s+(\S+)\s/i.exec(pres[0])?.[1] ?? '').toLowerCase()
      const country = COUNTRY_WORDS[countryWord]
      const who = country
        ? (ctx.participants.find((p) => table.byZh.get(p)?.country.zh === country) ?? null)
        : ctx.home
      if (v && who) return turn(who, v[1] ?? null, 'the-president')
    }
    if (PRONOUN.test(body) && last) {
      const v = verbAfter.exec(body.replace(PRONOUN, ''))
      if (v) return turn(last, v[1] ?? null, 'pronoun')
    }
    return turn(null, null, 'narration')
  })
}
