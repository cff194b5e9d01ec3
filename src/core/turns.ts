// Speaker turns at sentence level.
//
// Each sentence of the body gets a speaker: a marker at its start (`习近平指出，`, `普京总统介绍了`,
// `关于金砖合作，习近平指出`, `俄罗斯总统普京：`, `俄罗斯总统普京俄中均珍视…` with the colon lost,
// `习近平对普京来华…表示感谢`), a pronoun referring back (`他指出`), a joint turn (`双方…`,
// `两国元首…` → 双方), narration (event line, dateline, ceremonies, attendees, editorial lines,
// headings → null), or else the speaker of the sentence before (turns run on across
// sentences and paragraphs until another marker). Consecutive sentences of one speaker in
// one paragraph form one Turn; a new marker always starts a new Turn.
import type { AttributionRule } from './attribution-rules'
import { buildAutomaton, containsAny, type Automaton } from './aho-corasick'
import { bodyToSource, type Body } from './body'
import { MEETING_VERB_SOURCE, isEventLine } from './event'
import { splitSentences, type Sentence } from './sentences'
import {
  ADVERBS_SOURCE,
  TITLES,
  TITLE_SOURCE,
  VERB_SOURCE,
  buildAliasTable,
  looksLikeChineseName,
} from './speakers'
import type { Turn } from './types'

export const JOINT = '双方'

interface Attribution {
  speaker: string | null
  verb: string | null
  /** A marker (or narration) decided it, as opposed to running on from the sentence before. */
  explicit: boolean
  rule: AttributionRule
}

/** Sentence openers that do not change the subject: `关于金砖合作，`, `会谈中，`. */
const LEAD =
  '(?:(?:关于|对于|谈到|谈及|在谈到|就|针对|围绕)[^，。；：]{1,40}，|在?(?:视频)?(?:会谈|会见|会晤|通话|会晤)(?:中|时|后)，|(?:此外|另外|最后|同时|随后|此前|会上)，|(?:据|根据)[^，。；]{1,24}(?:报道|报导|消息|新闻稿|通报)，|[^，。；]{1,16}(?:新闻稿|声明|公报|文告)(?:中)?(?:指出|称|说|表示)，)?'
const DATELINE =
  '(?:(?:新华社|中新社|人民日报|央视网|人民网|本报|新华网|中新网|中央社)[^，。；]{0,24}?电(?:（[^）]{0,40}）)?)?'
const EDITORIAL =
  /^(?:更多内容|请(?:读|看)通稿|原标题|责任编辑|编辑[：:]|记者[：:]|出品人|策划[：:]|监制[：:]|统筹[：:]|视觉[：:]|摄影[：:]|制作[：:]|来源[：:]|关键词[：:]|新华社国际部|新华社国际传播|\(?本文|【)|释放(?:以下|这些|了|出)?(?:哪些)?(?:重要)?信息|出品$|(?:点赞|收藏|分享)$/
const ATTENDEES =
  /(?:参加|出席)(?:了)?(?:上述|此次|这次)?(?:活动|会见|会谈|会晤|通话)|等(?:参加|陪同|在场)|陪同(?:会见|出席|参加)?。?$/
const CEREMONY =
  /欢迎仪式|军乐团|奏[^。，；]{0,6}国歌|鸣(?:放)?礼炮|检阅|握手|合影|签字仪式|共同见证|步入|迎接|欢迎宴会|致慰问电|致贺电|举行视频会晤|举行会谈|会见(?:了)?记者|签署(?:并发表)?(?:了)?[^。，；]{0,12}(?:声明|文件|协议|协定|条约|备忘录|《)|发表(?:了)?[^。，；]{0,6}(?:联合声明|《)|抵达|乘专机|离开|出席[^。，；]{0,12}(?:宴会|仪式|音乐会|晚会)|陪同下|共进(?:早餐|午餐|晚餐|午宴|晚宴)|举行[^。，；]{0,8}(?:午宴|晚宴|宴会)|散步|参观|茶叙|观看[^。，；]{0,8}(?:演出|表演)/
/** `会谈后，…` / `会见前，…` / `随后，…`: what happened around the meeting, told by the reporter. */
const AROUND_MEETING =
  /^(?:(?:会谈|会见|会晤|通话|会议|仪式)(?:前|后|结束后|期间)|会后|随后|此前)[，,]/
/** Joint decisions (一致认为, 同意 …) are turns even when they mention a signing. */
const DECIDES = /^[^，。；]{0,14}?(?:一致|同意|认为|表示|指出|强调|重申)/
/** A title prefix is a noun phrase (`俄罗斯总统`, `中国国际问题研究院常务副院长、研究员`), not a clause. */
const NOT_A_TITLE = /[的了是在对向与同将要愿把被使从给就也都还而但并]|支持|反对|表示|提出/
/** `哈萨克斯坦总统` before an unknown (foreign) name: a country and a state title. */
const STATE_TITLE =
  /[\u4e00-\u9fff]{2,}(?:总统|总理|首相|国王|秘书长|主席|外长|外交部长|国务卿|发言人|王储|副总统|副总理)$/
const DATELINE_ONLY = new RegExp(`^${DATELINE}$`)
const DATELINE_LEAD = new RegExp(`^${DATELINE}`)
/** The sentence [start, end) of the body ends with a closing quote. */
function endsWithQuote(text: string, end: number): boolean {
  const c = text[end - 1]
  return c === '”' || c === '」' || c === '』'
}
const JOINT_SAYS =
  /一致|同意|认为|表示|强调|指出|交换|重申|商定|决定|欢迎|支持|肯定|评价|祝贺|回顾|相约|就|愿|希望|期待|宣布|讨论|探讨|沟通|交流|谈|赞赏|主张|呼吁|承诺|反对|致力|坚持|高度|积极|还/
const QUESTION_END = /[？?]["”’」』）)]*$/
const MEETING_VERB = new RegExp(MEETING_VERB_SOURCE)
const LIST_ITEM =
  /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．]|——)/
const TERMINAL_END = /[。！？；…]["”’」』）)]*$/
const MODAL = '(?:要|应|应该|应当|需要|可以|将|必须|愿|同意在)'
const JOINT_SUBJECT =
  '(?:中[^\\s，。；]{1,3}双方|双方|两国元首|两位元首|两国领导人|两国总理|两位总理|中[^\\s，。；]{1,3}元首)'
const JOINT_STRONG =
  '(?:一致|同意|均|都|共同|还就|就|重申|高度评价|回顾|相约|签署|表示|认为|积极评价)'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface TurnContext {
  /** Names known from the event line (canonical). When there are none (a commentary without
   *  an event), anyone named with a title may speak. */
  participants: string[]
}

/** Rules that find a Chinese expert or spokesman by title (commentaries quote them). */
const COMMENTATOR_RULES: ReadonlySet<AttributionRule> = new Set([
  'titled-expert',
  'titled-no-colon',
])
const EXPERT_TITLE = /(?:研究员|教授|院长|所长|主任|专家|学者|发言人|大使)$/

/** Participants speak; so do experts quoted by title and Chinese name (研究员阮宗泽). */
function speaks(ctx: TurnContext, name: string, rule: AttributionRule): boolean {
  return (
    ctx.participants.length === 0 ||
    ctx.participants.includes(name) ||
    (COMMENTATOR_RULES.has(rule) && looksLikeChineseName(name))
  )
}

/** Compiled matchers for one article (the name alternation depends on its participants). */
interface Matchers {
  aliases: Map<string, string>
  named: RegExp
  titledUnknown: RegExp
  pronoun: RegExp
  joint: RegExp
  jointStrong: RegExp
  verbAnywhere: RegExp
  /** A speaker marker anywhere near the start (a ceremony sentence never has one). */
  markerLike: RegExp
  /** `习近平说。` after a quote: the whole sentence is a name, a verb and a full stop. */
  tail: RegExp
  /** `和普京总统一致…` after a name: a joint subject. */
  pair: RegExp
  /** Any word a marker needs (names, titles, 他/她, 双方/元首, hosts): a cheap pre-check. */
  cue: Automaton
}

/** Compiled matchers by participant list: pages about the same leaders reuse them. */
const cache = new Map<string, Matchers>()
const CACHE_SIZE = 16

function matchersFor(ctx: TurnContext): Matchers {
  const key = ctx.participants.join('|')
  let m = cache.get(key)
  if (!m) {
    m = compile(ctx)
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
    cache.set(key, m)
  }
  return m
}

function compile(ctx: TurnContext): Matchers {
  const aliases = buildAliasTable(ctx.participants)
  const names = [...aliases.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
  const titlePrefix = `(?:[^，。；：:“”]{0,30}?${TITLE_SOURCE})?`
  const suffix = `(?:${TITLE_SOURCE}|先生|女士)?`
  return {
    aliases,
    // groups: 1 title prefix, 2 name, 3 what follows
    named: new RegExp(
      `^${LEAD}(${titlePrefix})(${names})${suffix}${ADVERBS_SOURCE}(${VERB_SOURCE}|[：:]|[对就向为同与在代表]|)`,
    ),
    // groups: 1 title prefix, 2 name (2-4 chars), 3 verb or colon
    titledUnknown: new RegExp(
      `^${LEAD}([^，。；：:“”]{0,30}?${TITLE_SOURCE})([\\u4e00-\\u9fff]{2,4}?)${ADVERBS_SOURCE}(${VERB_SOURCE}|[：:])`,
    ),
    pronoun: new RegExp(`^${LEAD}[他她]${ADVERBS_SOURCE}(${VERB_SOURCE})`),
    joint: new RegExp(`^${LEAD}${JOINT_SUBJECT}(?!${MODAL})`),
    jointStrong: new RegExp(
      `^${LEAD}${JOINT_SUBJECT}(?:${ADVERBS_SOURCE}${JOINT_STRONG}|[^，。；]{0,30}?(?:交换(?:了)?(?:意见|看法)|一致(?:认为|同意|表示)|同意|重申))`,
    ),
    verbAnywhere: new RegExp(`(?:表示|致以|${VERB_SOURCE})`),
    tail: new RegExp(`^(${names})${suffix}${ADVERBS_SOURCE}(${VERB_SOURCE})道?[。！]?$`),
    pair: new RegExp(`^[和与同](?:${names})${suffix}${ADVERBS_SOURCE}${JOINT_STRONG}`),
    cue: buildAutomaton([
      ...aliases.keys(),
      ...TITLES,
      '他',
      '她',
      '双方',
      '元首',
      '领导人',
      '：',
      ':',
    ]),
    markerLike: new RegExp(
      `^${LEAD}[^，。；]{0,30}?(?:${names})${suffix}${ADVERBS_SOURCE}(?:${VERB_SOURCE}|[：:])`,
    ),
  }
}

const ACTION_AFTER_NAME =
  /^(?:出席|抵达|会见|举行|访问|参加|致电|致信|同|与|和|在|于|来华|访华|就|对|向|以|将|的|、)/
/** An unknown person after a title (`研究员阮宗泽…`) when the colon is lost. */
const TITLED_NAME_NO_COLON = new RegExp(
  `^([^，。；：:“”]{0,30}?(?:研究员|教授|院长|所长|主任|专家|发言人|大使))([\\u4e00-\\u9fff]{3})`,
)

/** A known name inside `s`. */
function namesSomeone(m: Matchers, s: string): boolean {
  for (const alias of m.aliases.keys()) if (s.includes(alias)) return true
  return false
}

/** `蔡奇参加会见`: three characters after a title that begin with a known name are not a name. */
function startsWithKnown(m: Matchers, s: string): boolean {
  return m.aliases.has(s.slice(0, 2)) || m.aliases.has(s.slice(0, 3))
}

function attribute(
  m: Matchers,
  s: string,
  first: boolean,
  current: string | null,
  lastPerson: string | null,
  singleInParagraph: boolean,
  listItem: boolean,
): Attribution | null {
  if (EDITORIAL.test(s)) return { speaker: null, verb: null, explicit: true, rule: 'editorial' }
  // Every marker (and every event line) has a name, title, pronoun or 双方 near its start.
  const cued = containsAny(m.cue, s, CUE_WINDOW)
  if (cued && isEventLine(s.replace(DATELINE_LEAD, '')))
    return { speaker: null, verb: null, explicit: true, rule: 'event-line' }

  if (DATELINE_ONLY.test(s)) return { speaker: null, verb: null, explicit: true, rule: 'dateline' }
  // A ceremony opening a paragraph is narration even with 两国元首 as its subject.
  if (
    (first || current === null) &&
    (CEREMONY.test(s) || AROUND_MEETING.test(s)) &&
    !DECIDES.test(s) &&
    !m.markerLike.test(s)
  ) {
    return { speaker: null, verb: null, explicit: true, rule: 'ceremony' }
  }

  const named = cued ? m.named.exec(s) : null
  if (named && !NOT_A_TITLE.test(named[1]!)) {
    const speaker = m.aliases.get(named[2]!)!
    const follow = named[3]!
    const rest = s.slice(named[0].length - follow.length)
    if (follow && follow !== '：' && follow !== ':' && /^(?:[对就向为同与在]|代表)/.test(follow)) {
      const v = m.verbAnywhere.exec(rest)
      if (v && !MEETING_VERB.test(rest.slice(0, v.index))) {
        return { speaker, verb: v[0], explicit: true, rule: 'name-object' }
      }
    } else if (follow && follow !== '：' && follow !== ':') {
      return { speaker, verb: follow, explicit: true, rule: 'name-verb' }
    } else if (follow) {
      return { speaker, verb: null, explicit: true, rule: 'name-colon' }
    } else if (m.pair.test(rest)) {
      // `习近平和普京一致同意…`: both leaders as one subject.
      return { speaker: JOINT, verb: null, explicit: true, rule: 'name-pair' }
    } else if (named[1] && !ACTION_AFTER_NAME.test(rest)) {
      // `俄罗斯总统普京俄中均珍视…`: a titled name followed by speech, colon lost.
      return { speaker, verb: null, explicit: true, rule: 'name-lost-colon' }
    }
  }
  const unknown = cued ? m.titledUnknown.exec(s) : null
  if (
    unknown &&
    !NOT_A_TITLE.test(unknown[1]!) &&
    // `习近平主席刚刚提出`, `甲乙总统多次表示`: the title belongs to a known name, and the word
    // after it is not a name.
    !namesSomeone(m, unknown[1]!) &&
    (looksLikeChineseName(unknown[2]!) ||
      (STATE_TITLE.test(unknown[1]!) && !NOT_A_TITLE.test(unknown[2]!)))
  ) {
    const follow = unknown[3]!
    const expert = EXPERT_TITLE.test(unknown[1]!) && looksLikeChineseName(unknown[2]!)
    return {
      speaker: unknown[2]!,
      verb: follow === '：' || follow === ':' ? null : follow,
      explicit: true,
      rule: expert ? 'titled-expert' : 'titled-unknown',
    }
  }
  if (first && cued) {
    const t = TITLED_NAME_NO_COLON.exec(s)
    if (t && looksLikeChineseName(t[2]!) && !startsWithKnown(m, t[2]!) && !ATTENDEES.test(s))
      return { speaker: t[2]!, verb: null, explicit: true, rule: 'titled-no-colon' }
  }
  const pronoun = cued ? m.pronoun.exec(s) : null
  if (pronoun && lastPerson)
    return { speaker: lastPerson, verb: pronoun[1]!, explicit: true, rule: 'pronoun' }
  const question = QUESTION_END.test(s)
  if (cued && !question && m.jointStrong.test(s))
    return { speaker: JOINT, verb: null, explicit: true, rule: 'joint-strong' }
  if (cued && !question && first && m.joint.test(s)) {
    // `两国元首…` opening a paragraph: a joint turn when they say or decide something,
    // narration when they walk, dine or visit (两国元首在松园散步).
    const clause = s.slice(0, s.search(/[，。；！？]|$/))
    return JOINT_SAYS.test(clause)
      ? { speaker: JOINT, verb: null, explicit: true, rule: 'joint-paragraph' }
      : { speaker: null, verb: null, explicit: true, rule: 'joint-narration' }
  }
  // A paragraph that is one question is a heading of a commentary (这次通话传递了哪些重要信息？).
  if (singleInParagraph && question)
    return { speaker: null, verb: null, explicit: true, rule: 'question-heading' }
  if (ATTENDEES.test(s)) return { speaker: null, verb: null, explicit: true, rule: 'attendees' }
  // A short paragraph without a full stop is a heading — unless it is an item of a list the
  // speaker announced (`…五点共识：` / `一是坚持相互尊重`).
  if (
    singleInParagraph &&
    !TERMINAL_END.test(s) &&
    s.length <= 40 &&
    !listItem &&
    !LIST_ITEM.test(s)
  )
    return { speaker: null, verb: null, explicit: true, rule: 'heading' }
  return null
}

/** Lead-in (≤42) + title prefix (≤30) + a name: where a marker's cue word must appear. */
const CUE_WINDOW = 90

/** How much of a sentence the markers look at (they sit at its start). */
const HEAD = 120

export function extractTurns(body: Body, ctx: TurnContext, sourceText: string): Turn[] {
  const m = matchersFor(ctx)
  const sentences = splitSentences(body)
  const perParagraph = new Map<number, number>()
  for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1)
  const turns: Turn[] = []
  let current: string | null = null
  let lastPerson: string | null = null
  let open: { turn: Turn; paragraph: number } | null = null
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!
    const head = body.text.slice(sentence.start, Math.min(sentence.end, sentence.start + HEAD))
    // Joint statements do not run on into the next paragraph.
    if (sentence.first && current === JOINT) current = null
    let a = attribute(
      m,
      head,
      sentence.first,
      current,
      lastPerson,
      perParagraph.get(sentence.paragraph) === 1,
      // The paragraph before announced a list (`…五点共识：`).
      (sentence.first &&
        k > 0 &&
        /[：:]$/.test(body.text.slice(sentences[k - 1]!.end - 1, sentences[k - 1]!.end))) ||
        (sentence.first && k > 0 && current !== null && LIST_ITEM.test(head)),
    )
    // `“……。”习近平说。`: a quote attributed by the short sentence after it.
    const next = sentences[k + 1]
    if (next && next.paragraph === sentence.paragraph && endsWithQuote(body.text, sentence.end)) {
      const tail = m.tail.exec(body.text.slice(next.start, next.end))
      if (tail)
        a = {
          speaker: m.aliases.get(tail[1]!)!,
          verb: tail[2]!,
          explicit: true,
          rule: 'quote-tail',
        }
    }
    // Only participants (and 双方) speak: anyone else named before a verb is narrated.
    const outsider = a?.speaker && a.speaker !== JOINT && !speaks(ctx, a.speaker, a.rule)
    if (outsider) a = { speaker: null, verb: null, explicit: true, rule: 'non-participant' }
    const speaker: string | null = a ? a.speaker : current
    const verb = a ? a.verb : null
    const rule: AttributionRule = a ? a.rule : 'runs-on'
    current = speaker
    if (speaker && speaker !== JOINT) lastPerson = speaker
    else if (outsider) lastPerson = null
    const { start, end } = bodyToSource(body, sentence.start, sentence.end)
    const isTail =
      open !== null && k > 0 && endsWithQuote(body.text, sentences[k - 1]!.end) && m.tail.test(head)
    if (
      open &&
      open.paragraph === sentence.paragraph &&
      open.turn.speaker === speaker &&
      (isTail || !(a && a.explicit && a.verb))
    ) {
      open.turn.end = end
      continue
    }
    const turn: Turn = { speaker, verb, rule, text: sourceText.slice(start, end), start, end }
    turns.push(turn)
    open = { turn, paragraph: sentence.paragraph }
  }
  for (const t of turns) t.text = sourceText.slice(t.start, t.end)
  return turns
}

export type { Sentence }
