// Who can speak in a readout, and how a speaker marker is written.
// Names are canonical simplified (the text is normalised first, so 習近平/普丁 already fold).
// A speaker must be known: from the event line or the lexicon (leaders.ts) — so 中方/俄方
// inside a turn, or a word before a verb (刚刚提出), never start a turn.
import { CHINESE_LEADERS, FOREIGN_LEADERS, TITLES } from './leaders'

export { TITLES }

/** Reporting verbs, longest first so 高度评价 wins over shorter prefixes. */
export const VERBS: readonly string[] = [
  '高度评价',
  '积极评价',
  '进一步指出',
  '指出',
  '强调',
  '表示',
  '介绍',
  '通报',
  '阐述',
  '阐明',
  '阐释',
  '认为',
  '提出',
  '希望',
  '祝贺',
  '感谢',
  '回顾',
  '赞赏',
  '欢迎',
  '重申',
  '宣布',
  '谈到',
  '谈及',
  '提到',
  '建议',
  '呼吁',
  '期待',
  '相信',
  '坦言',
  '透露',
  '回应',
  '转达',
  '赞扬',
  '肯定',
  '邀请',
  '承诺',
  '致以',
  '补充',
  '主张',
  '表态',
  '说道',
  '说',
  '称',
]

/** Adverbials that may sit between a name and its verb (普京还表示, 习近平在会谈中指出). */
export const ADVERBS_SOURCE =
  '(?:还|也|又|再次|进一步|最后|首先|同时|则|随后|特别|明确|积极|高度|全面|详细|坚定|充分|郑重|重点|简要|热烈|衷心|诚挚|热情|并|就此|当天|曾|已|在(?:视频)?(?:会谈|会见|会晤|通话|讲话|致辞)(?:中|时))*'

/** Verb alternation for regexes. */
export const VERB_SOURCE = `(?:${VERBS.join('|')})`

/** Title alternation (longest first). */
export const TITLE_SOURCE = `(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`

/** Common single-character surnames: an unknown `职务+姓名` name must start with one. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤阮常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
)

export function looksLikeChineseName(s: string): boolean {
  return s.length >= 2 && s.length <= 3 && SURNAMES.has(s[0]!)
}

/** Alias (as written, normalised) → canonical speaker name. */
export function buildAliasTable(known: Iterable<string>): Map<string, string> {
  const table = new Map<string, string>()
  for (const { name, aliases } of CHINESE_LEADERS) {
    table.set(name, name)
    for (const a of aliases) table.set(a, name)
  }
  for (const n of FOREIGN_LEADERS) table.set(n, n)
  for (const n of known) {
    if (!n) continue
    table.set(n, n)
    // `谢尔达尔·别尔德穆哈梅多夫` is referred to by the last part of the name.
    const last = n.split(/[·•]/).pop()!
    if (last !== n && last.length >= 2) table.set(last, n)
  }
  return table
}
