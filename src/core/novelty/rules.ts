// The data novelty runs on: which shapes make a candidate formulation, where a phrase may begin,
// and what each sign of formulaic language weighs. Named, so a result can say which rule fired.

/**
 * Heads a 提法 of its own is built on — a relationship, a community, an initiative, a vision,
 * an order (中国东盟命运共同体, 全天候战略合作伙伴关系, 全球合作倡议) — unlike 机制, 原则, 精神,
 * 体系, which end many ordinary noun phrases (双边合作机制, 公平原则): sign `coreHead`.
 */
const CORE_HEAD_LIST = [
  '伙伴关系',
  '命运共同体',
  '共同体',
  '现代化',
  // the trends of the world order China names (世界多极化, 经济全球化, 国际关系民主化)
  '多极化',
  '全球化',
  '民主化',
  '一体化',
  // a position named as a concern (各国合理安全关切必须重视)
  '关切',
  '大变局',
  '路线图',
  '安全观',
  '发展观',
  '文明观',
  '义利观',
  '经济带',
  '倡议',
  '愿景',
  '秩序',
  '走廊',
]
export const CORE_HEADS: ReadonlySet<string> = new Set(CORE_HEAD_LIST)

/**
 * Head words a 提法 ends on (the core heads, 理念, 战略, 新时代 …): the kinds of noun a new
 * formulation is built around. Longest first, so 伙伴关系 wins over 关系 where both would match.
 */
export const HEADS: readonly string[] = [
  ...CORE_HEAD_LIST,
  '新征程',
  '新阶段',
  '新时代',
  '新篇章',
  '理念',
  '精神',
  '主义',
  '道路',
  '模式',
  '方案',
  '战略',
  '原则',
  '格局',
  '体系',
  '框架',
  '机制',
  '议程',
  '构想',
  '主张',
  '典范',
  '样板',
  '之路',
  '外交',
  '思想',
].sort((a, b) => b.length - a.length)

/** One-character affixes that make a word of what they follow (中国式, 新型, 战略性, 安全观): a known piece. */
export const AFFIXES: ReadonlySet<string> = new Set([...'式型性化观'])

/**
 * Words that, right after a head, say something of the formulation (伙伴关系 | 发展,
 * 现代化 | 进程): the head ends the phrase there, though the index has seen the two together
 * (which otherwise means the phrase goes on: 战略 + 沟通).
 */
export const AFTER_HEAD_WORDS: readonly string[] = [
  '发展',
  '不断',
  '迈上',
  '建设',
  '进程',
  '事业',
  '取得',
  '行稳',
]

/**
 * Words a formulation does not begin with: function words and the verbs that govern one
 * (推动 | 全球文明倡议). The left edge of a headed candidate is the nearest of these, a
 * punctuation mark, or a pair of characters the index rarely sees together (see candidates.ts).
 */
export const BOUNDARY_WORDS: readonly string[] = [
  // verbs that take a formulation as object
  '推动',
  '推进',
  '构建',
  '落实',
  '践行',
  '坚持',
  '支持',
  '维护',
  '加强',
  '深化',
  '提出',
  '秉持',
  '弘扬',
  '开展',
  '实现',
  '促进',
  '反对',
  '打造',
  '建设',
  '携手',
  '开创',
  '开启',
  '迈向',
  '欢迎',
  '赞赏',
  '赞同',
  '参与',
  '加入',
  '响应',
  '遵循',
  '倡导',
  '致力于',
  '奉行',
  '贯彻',
  '对接',
  '融入',
  '助力',
  '围绕',
  '基于',
  '通过',
  '按照',
  '迈上',
  '进入',
  '认同',
  '体现',
  '符合',
  '形成',
  '共同',
  '积极',
  '继续',
  '愿同',
  '同意',
  '希望',
  '需要',
  '一道',
  '一起',
  '具有',
  '重视',
  '契合',
  '展现',
  '保持',
  '丰富',
  '提升',
  '恪守',
  '坚定',
  '遵守',
  '尊重',
  '认为',
  '表示',
  '指出',
  '强调',
  '介绍',
  // verbs the readouts put before a known phrase (巩固 | 中土战略, 用好 | 中巴经济走廊)
  '巩固',
  '夯实',
  '筑牢',
  '用好',
  '发挥',
  '开辟',
  '开拓',
  '拓展',
  '做大',
  '提高',
  '宣布',
  '建立',
  '确立',
  '捍卫',
  '坚守',
  '培养',
  '培育',
  '完善',
  '分享',
  '借鉴',
  '探索',
  '确保',
  '壮大',
  '相信',
  '执行',
  '缓解',
  '改善',
  '抵制',
  '发扬',
  '继承',
  '搭建',
  '阐述',
  '引领',
  '面对',
  '重启',
  '承认',
  '违背',
  '迈入',
  '进行',
  '成为',
  '视为',
  '堪称',
  '加快',
  '接任',
  '没有',
  '服务',
  '共建',
  '走',
  // function words
  '的',
  '和',
  '与',
  '同',
  '及',
  '并',
  '在',
  '对',
  '为',
  '将',
  '把',
  '以',
  '于',
  '是',
  '也',
  '都',
  '就',
  '而',
  '向',
  '从',
  '给',
  '被',
  '让',
  '使',
  '等',
  '之',
  '其',
  '着',
  '了',
  '过',
  '又',
  '还',
  '更',
  '或',
  '这',
  '该',
  '此',
  '好',
  '至',
].sort((a, b) => b.length - a.length)

/**
 * One-character function words that may also begin a word (和平, 同志, 对话, 更好, 好伙伴):
 * they end a phrase only where the index says the pair across is the weaker bond. The
 * other one-character boundary words always end it.
 */
export const BINDING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '和',
  '同',
  '与',
  '对',
  '更',
  '好',
])

/**
 * Modifiers that make a known phrase look new without changing it (两国 + 全面战略伙伴关系):
 * stripped from the left before the novelty test.
 */
export const GENERIC_LEADS: readonly string[] = [
  '两国',
  '双方',
  '中方',
  '我们',
  '各方',
  '各国',
  '彼此',
  '相互',
  '更加',
  '更为',
  '进一步',
  '新的',
  '这一',
  '有关',
  '相关',
  '良好',
  '重要',
  '所有',
  '全面',
  '深入',
  '一系列',
  '系列',
  '多项',
  '各项',
  '一些',
  '这些',
  '具体',
  '重大',
  '若干',
  '有益',
  // time and reference words (今年 中巴经济走廊, 既有 机制)
  '今年',
  '当前',
  '当今',
  '任何',
  '既有',
  '现有',
  '各自',
  '上述',
  '同样',
  '各种',
  '一个',
].sort((a, b) => b.length - a.length)

/**
 * Characters that name no side although the index has them before 方 (东方, 双方, 外方): a
 * lead 中X / X中 is a pair of sides only when X方 is how the readouts name the other side
 * (巴方 → 中巴经济走廊, 越方 → 越中命运共同体). 国 (中国) and 共 (中共) are words, not pairs.
 */
export const NOT_SIDES: ReadonlySet<string> = new Set([...'国共东外双各多对我一地官军他上下前后远'])

/**
 * Words after a pair of sides that make the pair the subject, not a modifier (沙中两国 |
 * 战略对接: "Saudi Arabia and China, the two countries"): no bilateral formulation begins so.
 */
export const PAIR_SUBJECT_WORDS: readonly string[] = ['两国', '双方']

/** Words just before a term that mark it as proposed or contested (提出…, 所谓“…”). */
export const PROPOSAL_MARKERS = /(提出|倡导|倡议|所谓|首次|正式|宣布|确立)[了的]?$/

/** What each sign weighs; a candidate is listed when its total reaches MIN_SCORE. */
export const WEIGHTS = {
  /** In quotation marks “…” / 「…」. */
  quoted: 3,
  /** A document title 《…》 (new titles are mostly joint statements: listed only with more signs). */
  titled: 2,
  /** Ends on a formulation head (HEADS). */
  headed: 2,
  /** One of a parallel series (A、B、C of one shape; 不X不Y; X而不Y) or a numbered slogan (三个务必). */
  parallel: 2,
  /** The series or antithesis itself, not a phrase lent its sign: parallel wording is the mark of a 提法. */
  shape: 1,
  /** Ends on a head a formulation of its own is built on (CORE_HEADS). */
  coreHead: 1,
  /** Series items that echo each other (受益者、贡献者、维护者: one suffix or one prefix). */
  rhyme: 1,
  /** Said again later in the same readout. */
  recurs: 1,
  /** Said three times or more. */
  recursOften: 1,
  /** In a named leader's turn, not the narration. */
  leader: 1,
  /** Introduced as proposed or contested (PROPOSAL_MARKERS). */
  proposed: 1,
  /** A known formulation made bilateral (中阿 + 命运共同体, 越中 + 全面战略合作伙伴关系): a pair of sides. */
  pair: 1,
  /**
   * Said again in later events, on RECURS_LATER_DAYS distinct later days: the phrase stuck,
   * which is what sets a formulation apart from a one-off wording. Known only in hindsight,
   * so only the whole-index recount (firsts.ts) gives it; a page read live never has it.
   */
  recursLater: 2,
} as const

export type Sign = keyof typeof WEIGHTS

export function isSign(s: unknown): s is Sign {
  return typeof s === 'string' && Object.hasOwn(WEIGHTS, s)
}

/**
 * Sign `recursLater`: later events on at least this many distinct days (after the first day)
 * say it. Two, not one: one later readout repeating a wording is often the other side's
 * readout of the same talks or a follow-up call; two later days mean it is in use.
 */
export const RECURS_LATER_DAYS = 2

/**
 * Sign `recursLater` is given to unquoted candidates of at least this many characters: a
 * two-character word on a two-character head that recurs (国际格局, 保护主义) is a common
 * compound, its recurrence says nothing of a coinage.
 */
export const RECURS_LATER_MIN_LENGTH = 5

export const MIN_SCORE = 4

/** A readout lists at most this many. */
export const MAX_NOVEL = 12

/** Below this many earlier events everything looks new: nothing is listed. */
export const MIN_HISTORY = 20

/** Candidate lengths in characters (punctuation inside a series counts). */
export const MIN_LENGTH = 3
export const MAX_LENGTH = 16
/**
 * Rule newType: 新型 + a noun + one of these (新型国际关系, 新型大国关系). Words of the rules:
 * only the noun between must be known to the index.
 */
export const NEW_TYPE_PREFIX = '新型'
export const NEW_TYPE_HEADS: readonly string[] = ['关系']

/** Characters before 之 in a classical candidate (百年未有 + 之 + 大变局: a four-character phrase). */
export const CLASSICAL_LEAD = 4
/** How far left of its head a headed candidate may reach. */
export const MAX_MODIFIER = 10
