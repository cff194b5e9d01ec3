// Readout detection: is this page a state-media readout of a leaders' call or meeting?
//
// Decisions: a page whose body opens with its own event line is a readout; confidence grows
// with speaker markers (习近平指出, 普京表示 …), a headline event line, a dateline and joint turns.
// A commentary built around ONE call (seed 003: People's Daily explainer of the 2020-07-08 call,
// quoting both leaders without reporting verbs) is a readout-derived page: isReadout true with
// a lower confidence (~0.6), so the panel still shows the call. A roundup that counts or lists
// many calls (`中俄元首今年已通话5次`, many dated events, little reported speech) is not a readout,
// nor is anything without an event line (tech news on the same sites).
// A headline about another activity (inspection, speech, meeting, letter, troop visit,
// greeting) or a quote headline (`习近平：…`, the leader's remarks) without an event line of
// its own is not a readout, even when the story mentions a call or a meeting.
// Cheap and light on purpose: the content script runs it on every matching page before it
// loads the analysis (no trad→simp table, no lexicon here). Traditional script is covered by
// character classes ([电電]) instead of folding.
import { HOST_FORMS, alternation, traditionalForms } from './leaders'
import { detectEnglish } from './en/analyze'
import { articleLanguage } from './language'
import type { Article } from './types'

/** How much of the body is examined: readouts put their event line at the top. */
export const SCAN_CHARS = 20_000

/** Hosts from the lexicon, in both scripts (this runs on raw text). */
const HOST = `(?:${alternation(traditionalForms([...HOST_FORMS, '国家主席', '国务院总理']))})`
const MEET =
  '(?:通[电電]话|通[电電]話|通[话話]|[视視][频頻讯訊](?:会晤|會晤|通[话話]|会[议见谈]|會[議見談])|会谈|會談|会见|會見|会晤|會晤)'
/**
 * The event line: a host and 同/与 (or 会见) before a meeting word, within one sentence.
 * Found from the meeting words backwards, so pages full of names (习近平习近平…) stay cheap.
 */
const MEET_WORD = new RegExp(`${MEET}|会见|會見|接见|接見`, 'g')
const HOST_RE = new RegExp(HOST)
const WITH = /[同与與和]|会见|會見|接见|接見/
/** The event line sits at the top of a readout: only this much of the body is searched. */
const EVENT_SCAN = 8_000
const EVENT_WINDOW = 80

function findEventLine(s: string): { index: number } | null {
  MEET_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = MEET_WORD.exec(s))) {
    let from = Math.max(0, m.index - EVENT_WINDOW)
    const before = s.slice(from, m.index + m[0].length)
    const cut = Math.max(
      before.lastIndexOf('。'),
      before.lastIndexOf('！'),
      before.lastIndexOf('？'),
    )
    const clause = cut >= 0 ? before.slice(cut + 1) : before
    from += cut + 1
    const host = HOST_RE.exec(clause)
    if (host && WITH.test(clause.slice(host.index + host[0].length))) {
      MEET_WORD.lastIndex = 0
      return { index: from + host.index }
    }
  }
  MEET_WORD.lastIndex = 0
  return null
}
/** Whether `text` (a headline, a lead) holds an event line: the rule detection starts from. */
export function hasEventLine(text: string): boolean {
  return findEventLine(text.slice(0, EVENT_SCAN)) !== null
}

/** A speaker marker: a host (lexicon), 普京, or a title, then a reporting verb or a colon. */
const SPEAKER_MARKER = new RegExp(
  `(?:${alternation(traditionalForms(HOST_FORMS))}|普京|[总總][统統]|[总總]理|首相|秘[书書][长長]|主席)[^\\s，。,]{0,6}?(?:指出|强调|強調|表示|介绍|介紹|阐述|闡述|通报|通報|[说說]|认为|認為)|(?:[总總][统統]|主席)\\s*[：:]`,
  'g',
)
const JOINT = /(?:双方|雙方|两国元首|兩國元首)[^。\n]{0,40}?(?:交换|交換|一致|同意)/
const DATELINE = /(?:新华社|新華社|中新社)[^\n。]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日[电電]/
/** A roundup lists many dated events: `6月28日，两国元首举行视频会晤；8月25日，两国元首通电话`. */
const DATED_EVENT = new RegExp(`\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日[^。；\\n]{0,30}?${MEET}`, 'g')
const COUNTING_TITLE =
  /(?:已|共|累计|累計)(?:通[话話]|会晤|會晤|见面|見面|会面|會面)\s*[\d一二三四五六七八九十]+\s*次/

/**
 * A headline about something else the leader did: inspecting, speaking, chairing or attending
 * a meeting or ceremony, writing, greeting, visiting troops. Decides only when the headline
 * has no event line of its own (`习近平出席…期间会见…` is still a meeting).
 */
const OTHER_ACTIVITY_TITLE =
  /考察|[视視]察|[调調]研|[检檢]查|出席|[讲講]话|[讲講]話|演[讲講]|致[辞辭]|主持|慰问|慰問|致信|[贺賀]信|回信|复信|覆信|[贺賀][电電]|祝福|拜年|署名文章|看望|参观|參觀|召开|召開|[会會][议議]|座[谈談]|集体学习|集體學習|[颁頒][授发發]|仪式|儀式|典礼|典禮|阅兵|閱兵|训词|訓詞/
/** `习近平：找到中美关系发展正确方向…`: a quote headline, the leader's remarks. */
const REMARKS_TITLE = new RegExp(`^(?:\\[[^\\]]{1,6}\\])?${HOST}(?:主席|总书记|總書記)?[：:]`)

function countMatches(re: RegExp, s: string, cap: number): number {
  re.lastIndex = 0
  let n = 0
  while (n < cap && re.exec(s)) n++
  re.lastIndex = 0
  return n
}

function bodyOf(article: Article): string {
  if (article.paragraphs.length === 0) return article.text.slice(0, SCAN_CHARS)
  let s = ''
  for (const p of article.paragraphs) {
    s += p.text + '\n'
    if (s.length >= SCAN_CHARS) break
  }
  return s.slice(0, SCAN_CHARS)
}

export function detectReadout(article: Article): { isReadout: boolean; confidence: number } {
  // English readouts (White House, Kremlin, foreign ministry in English): src/core/en.
  if (articleLanguage(article) === 'en') return detectEnglish(article)
  const body = bodyOf(article)
  const title = (article.title ?? '').slice(0, 300)
  const first = findEventLine(body.slice(0, EVENT_SCAN))
  const titleEvent = findEventLine(title) !== null
  if (!titleEvent && (OTHER_ACTIVITY_TITLE.test(title) || REMARKS_TITLE.test(title)))
    return { isReadout: false, confidence: 0.3 }
  if (!first && !titleEvent) {
    // Without an event line only a very speech-like text with a dateline passes. This is
    // most pages the content script sees: the scans stop as soon as the answer is known
    // (without a dateline, markers beyond 4 change nothing: the confidence is capped at 0.3).
    const dateline = DATELINE.test(body)
    const markers = countMatches(SPEAKER_MARKER, body, dateline ? 3 : 4)
    const ok = dateline && markers >= 3
    return { isReadout: ok, confidence: ok ? 0.55 : Math.min(0.3, markers * 0.08) }
  }
  const markers = countMatches(SPEAKER_MARKER, body, 20)
  const datedEvents = countMatches(DATED_EVENT, body, 20)
  const eventEarly = first !== null && first.index < 2_000
  // A commentary that counts many calls: many dated events, little reported speech.
  const roundup =
    (datedEvents >= 4 && markers <= 2) ||
    (COUNTING_TITLE.test(title) && markers === 0 && datedEvents >= 2)
  if (roundup) return { isReadout: false, confidence: 0.25 }
  let score = eventEarly ? 0.55 : 0.35
  if (titleEvent) score += 0.1
  score += Math.min(0.25, markers * 0.06)
  if (JOINT.test(body)) score += 0.05
  if (DATELINE.test(body)) score += 0.05
  const confidence = Math.min(0.99, Math.round(score * 100) / 100)
  return { isReadout: confidence >= 0.5, confidence }
}
