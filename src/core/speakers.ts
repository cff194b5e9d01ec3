// Who can speak in a readout, and how a speaker marker is written.
// Names are canonical simplified (the text is normalised first, so 習近平/普丁 already fold).
// A speaker must be known: from the event line, the leader table below, or a `职务+姓名`
// pattern in the text — so 中方/俄方 inside a turn never start a turn.

/** Chinese hosts: canonical name and the forms used to refer to them. */
export const CHINESE_LEADERS: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: '习近平', aliases: ['习主席', '习总书记'] },
  { name: '李强', aliases: ['李强总理'] },
  { name: '李克强', aliases: ['李克强总理'] },
  { name: '韩正', aliases: [] },
  { name: '王岐山', aliases: [] },
  { name: '赵乐际', aliases: [] },
  { name: '王沪宁', aliases: [] },
  { name: '丁薛祥', aliases: [] },
  { name: '蔡奇', aliases: [] },
  { name: '王毅', aliases: [] },
  { name: '胡锦涛', aliases: ['胡主席'] },
  { name: '温家宝', aliases: ['温总理'] },
]

/** Frequent foreign counterparts (mainland spellings); the event line adds any other. */
export const FOREIGN_LEADERS: readonly string[] = [
  '普京',
  '梅德韦杰夫',
  '米舒斯京',
  '拉夫罗夫',
  '拜登',
  '特朗普',
  '奥巴马',
  '哈里斯',
  '布林肯',
  '沙利文',
  '马克龙',
  '朔尔茨',
  '默克尔',
  '卢拉',
  '莫迪',
  '古特雷斯',
  '泽连斯基',
  '岸田文雄',
  '石破茂',
  '尹锡悦',
  '李在明',
  '金正恩',
  '苏纳克',
  '斯塔默',
  '约翰逊',
  '梅洛尼',
  '埃尔多安',
  '莱希',
  '佩泽希齐扬',
  '阿尔巴尼斯',
  '佐科',
  '普拉博沃',
  '马科斯',
  '洪森',
  '洪玛奈',
  '卢卡申科',
  '托卡耶夫',
  '米尔济约耶夫',
  '拉马福萨',
  '萨勒曼',
  '穆罕默德',
  '马杜罗',
  '阿萨德',
  '阿巴斯',
  '内塔尼亚胡',
  '冯德莱恩',
  '米歇尔',
  '桑切斯',
  '冯德莱恩',
  '塞西',
  '伊姆兰·汗',
  '谢里夫',
  '哈西娜',
  '通伦',
  '苏林',
  '范明政',
  '阮富仲',
  '苏林',
  '武文赏',
  '林文',
  '阿里耶夫',
  '帕希尼扬',
  '扎帕罗夫',
  '拉赫蒙',
  '别尔德穆哈梅多夫',
  '奥尔班',
  '武契奇',
  '肖尔茨',
]

/** Titles that may stand between a country/organisation and a name, or after a name. */
export const TITLES: readonly string[] = [
  '国务院总理',
  '国家副主席',
  '国家主席',
  '中共中央总书记',
  '总书记',
  '副总统',
  '总统',
  '副总理',
  '总理',
  '首相',
  '秘书长',
  '主席',
  '委员长',
  '国王',
  '女王',
  '王储',
  '埃米尔',
  '苏丹',
  '国务卿',
  '外交部长',
  '外长',
  '部长',
  '议长',
  '总督',
  '领导人',
  '最高领袖',
  '执行主席',
  '国务委员',
  '大使',
  '发言人',
  '研究员',
  '教授',
  '院长',
  '所长',
  '主任',
  '专家',
]

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
  '(?:还|也|又|再次|进一步|最后|首先|同时|则|随后|特别|明确|积极|高度|全面|详细|坚定|充分|郑重|重点|简要|并|就此|当天|曾|已|在(?:视频)?(?:会谈|会见|会晤|通话|讲话|致辞)(?:中|时))*'

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
  for (const n of known) if (n) table.set(n, n)
  return table
}
