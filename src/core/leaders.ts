// The one lexicon of leaders and titles: who can host a readout (the Chinese side), how hosts
// are titled and referred to, frequent foreign counterparts, and the titles that stand
// between a country or organisation and a name. Event line, detection, speakers, mentions
// and index merging all read it from here. Names are canonical simplified (text is normalised
// first, so 習近平/普丁 already fold); `traditionalForms` serves the detector, which runs on
// raw text before any folding.

/** Chinese hosts: canonical name, how the text refers to them, and their usual title. */
export const CHINESE_LEADERS: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: '习近平', aliases: ['习主席', '习总书记'] },
  { name: '李强', aliases: [] },
  { name: '李克强', aliases: [] },
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

/** The host forms (names and aliases), longest first. */
export const HOST_FORMS: readonly string[] = CHINESE_LEADERS.flatMap((l) => [
  l.name,
  ...l.aliases,
]).sort((a, b) => b.length - a.length)

/** Alias → canonical host name. */
export const HOST_CANONICAL: ReadonlyMap<string, string> = new Map(
  CHINESE_LEADERS.flatMap((l) => [l.name, ...l.aliases].map((a) => [a, l.name] as const)),
)

/** Offices a Chinese host is titled with before the name (`中共中央总书记、国家主席习近平`). */
export const HOST_TITLES: readonly string[] = [
  '中共中央政治局常委',
  '中共中央政治局委员',
  '中央外事工作委员会办公室主任',
  '全国人大常委会委员长',
  '中共中央总书记',
  '中央军委主席',
  '全国政协主席',
  '国务院副总理',
  '国家副主席',
  '国务院总理',
  '国家主席',
  '外交部长',
  '总书记',
]

/** Titles a host may carry after the name (`习近平主席`, `李强总理`). */
export const HOST_SUFFIXES: readonly string[] = ['副主席', '委员长', '总书记', '主席', '总理']

/** Frequent foreign counterparts: country and title, for lines that give only `普京总统`. */
export const KNOWN_COUNTERPARTS: Readonly<Record<string, readonly [string, string]>> = {
  普京: ['俄罗斯', '总统'],
  拜登: ['美国', '总统'],
  特朗普: ['美国', '总统'],
  奥巴马: ['美国', '总统'],
  马克龙: ['法国', '总统'],
  朔尔茨: ['德国', '总理'],
  默克尔: ['德国', '总理'],
  卢拉: ['巴西', '总统'],
  莫迪: ['印度', '总理'],
  泽连斯基: ['乌克兰', '总统'],
  古特雷斯: ['联合国', '秘书长'],
  岸田文雄: ['日本', '首相'],
  尹锡悦: ['韩国', '总统'],
  金正恩: ['朝鲜', '国务委员长'],
  卢卡申科: ['白俄罗斯', '总统'],
  托卡耶夫: ['哈萨克斯坦', '总统'],
  埃尔多安: ['土耳其', '总统'],
  苏纳克: ['英国', '首相'],
  斯塔默: ['英国', '首相'],
  梅洛尼: ['意大利', '总理'],
}

/** Foreign figures who speak in readouts often enough to be known without the event line. */
export const FOREIGN_LEADERS: readonly string[] = [
  ...Object.keys(KNOWN_COUNTERPARTS),
  '梅德韦杰夫',
  '米舒斯京',
  '拉夫罗夫',
  '哈里斯',
  '布林肯',
  '沙利文',
  '石破茂',
  '李在明',
  '约翰逊',
  '莱希',
  '佩泽希齐扬',
  '阿尔巴尼斯',
  '佐科',
  '普拉博沃',
  '马科斯',
  '洪森',
  '洪玛奈',
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
  '塞西',
  '伊姆兰·汗',
  '谢里夫',
  '哈西娜',
  '通伦',
  '苏林',
  '范明政',
  '阮富仲',
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

/** Titles of heads of state, government or an international body: a name may precede them
 *  (`希奇莱马总统`). */
export const STATE_TITLES: readonly string[] = [
  '副总统',
  '总统',
  '副总理',
  '总理',
  '首相',
  '秘书长',
  '总干事',
  '主席',
  '国王',
  '女王',
  '王储',
  '埃米尔',
  '苏丹',
  '外长',
  '外交部长',
  '国务卿',
  '发言人',
]

/**
 * Titles that stand between a country or organisation and a name (`联合国秘书长古特雷斯`,
 * `美国加利福尼亚州州长纽森`), or after a name (`普京总统`): the state titles and these.
 * Order does not matter: regexes take them longest first (`alternation`).
 */
export const TITLES: readonly string[] = [
  ...STATE_TITLES,
  '国务院总理',
  '国家副主席',
  '国家主席',
  '中共中央总书记',
  '国务委员长',
  '第一书记',
  '总书记',
  '高级专员',
  '行政长官',
  '委员长',
  '亲王',
  '部长',
  '议长',
  '总督',
  '州长',
  '省长',
  '市长',
  '行长',
  '总裁',
  '董事长',
  '会长',
  '领导人',
  '最高领袖',
  '执行主席',
  '国务委员',
  '大使',
  '特使',
  '研究员',
  '教授',
  '院长',
  '所长',
  '主任',
  '专家',
]

/** Alternation source of a word list, longest first, for building regexes. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
}

/** Simplified → traditional for the characters of host names and titles (detector only). */
const TRADITIONAL: Record<string, string> = {
  习: '習',
  强: '強',
  韩: '韓',
  赵: '趙',
  乐: '樂',
  际: '際',
  沪: '滬',
  宁: '寧',
  丁: '丁',
  蔡: '蔡',
  锦: '錦',
  涛: '濤',
  温: '溫',
  宝: '寶',
  国: '國',
  务: '務',
  院: '院',
  总: '總',
  书: '書',
  记: '記',
  军: '軍',
  委: '委',
  协: '協',
}

/** Each form as written in simplified and in traditional script. */
export function traditionalForms(words: readonly string[]): string[] {
  const out = new Set<string>()
  for (const w of words) {
    out.add(w)
    out.add([...w].map((c) => TRADITIONAL[c] ?? c).join(''))
  }
  return [...out]
}
