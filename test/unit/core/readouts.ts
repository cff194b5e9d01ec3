// Hand-written readouts in the style of real ones (other leaders, outlets, years, scripts),
// each with the expected event and the speaker of every sentence, written by hand.
// `sentences`: [speaker, a prefix unique in the text that starts the sentence].
import type { ReadoutEvent } from '../../../src/core/types'

export interface ReadoutCase {
  name: string
  text: string
  published: string | null
  url?: string
  event: ReadoutEvent
  sentences: Array<[string | null, string]>
}

export const READOUTS: ReadoutCase[] = [
  {
    name: 'Biden call, 应约, Xinhua text',
    published: '2021-09-10',
    text: `习近平应约同美国总统拜登通电话
新华社北京9月10日电
国家主席习近平9月10日上午应约同美国总统拜登通电话。两国元首就中美关系和双方关心的有关问题进行了坦诚、深入、广泛的战略性沟通和交流。
拜登表示，世界在过去几十年中发生了快速变化。美中两国是世界上最重要的两个国家，两国关系是世界上最重要的双边关系。美方无意改变一个中国政策。
习近平指出，一段时间以来，美国对华政策使中美关系遭遇严重困难。这不符合两国人民根本利益和共同利益，也不符合各国共同利益。
习近平强调，中美能否处理好相互关系，关乎世界前途命运，是两国必须回答的世纪之问。他指出，中美合作，两国和世界都受益；中美对抗，两国和世界都遭殃。
双方同意保持经常性联系，责成双方工作层加强沟通。
丁薛祥、杨洁篪、王毅等参加通话。`,
    event: {
      date: '2021-09-10',
      kind: 'call',
      participants: ['习近平', '拜登'],
      counterpart: { name: '拜登', country: '美国', title: '总统' },
      requestedBy: '拜登',
      place: null,
    },
    sentences: [
      [null, '习近平应约同美国总统拜登通电话'],
      [null, '新华社北京9月10日电'],
      [null, '国家主席习近平9月10日上午'],
      ['双方', '两国元首就中美关系'],
      ['拜登', '拜登表示'],
      ['拜登', '美中两国是世界上'],
      ['拜登', '美方无意改变'],
      ['习近平', '习近平指出，一段时间'],
      ['习近平', '这不符合两国人民'],
      ['习近平', '习近平强调，中美能否'],
      ['习近平', '他指出，中美合作'],
      ['习近平', '中美对抗'],
      ['双方', '双方同意保持'],
      [null, '丁薛祥、杨洁篪'],
    ],
  },
  {
    name: 'Macron call, traditional script (Hong Kong outlet)',
    published: '2023-05-11',
    text: `國家主席習近平5月10日晚應約同法國總統馬克龍通電話。
習近平指出，上月你成功對中國進行國事訪問，我們進行了深入、友好的交流。中法關係保持良好發展勢頭。
習近平強調，中方願同法方一道，加強戰略溝通，推進務實合作。
馬克龍表示，法方高度重視法中關係，堅定奉行一個中國政策。
他說，法方願同中方加強溝通，共同應對全球性挑戰。
雙方還就烏克蘭危機交換了意見。`,
    event: {
      date: '2023-05-10',
      kind: 'call',
      participants: ['习近平', '马克龙'],
      counterpart: { name: '马克龙', country: '法国', title: '总统' },
      requestedBy: '马克龙',
      place: null,
    },
    sentences: [
      [null, '國家主席習近平5月10日晚'],
      ['习近平', '習近平指出'],
      ['习近平', '中法關係保持'],
      ['习近平', '習近平強調'],
      ['马克龙', '馬克龍表示'],
      ['马克龙', '他說'],
      ['双方', '雙方還就'],
    ],
  },
  {
    name: 'Lula talks in the Great Hall of the People, ceremonies',
    published: '2023-04-14',
    text: `国家主席习近平4月14日下午在人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。
会谈前，习近平在人民大会堂东门外广场为卢拉举行欢迎仪式。军乐团奏中巴两国国歌，鸣放21响礼炮。
习近平指出，中国和巴西是东西半球最大的发展中国家和重要新兴市场国家。中方始终从战略高度和长远角度看待中巴关系。
习近平强调，双方要做相互信任的好朋友。中方愿同巴方加强“一带一路”倡议同巴西发展战略对接。
卢拉表示，巴西高度重视对华关系。巴方坚定奉行一个中国政策，愿同中方加强金砖国家等多边框架内的协调。
会谈后，两国元首共同见证签署经贸、农业、科技等领域多项双边合作文件。
双方发表了《中华人民共和国和巴西联邦共和国关于深化全面战略伙伴关系的联合声明》。
蔡奇、王毅等参加上述活动。`,
    event: {
      date: '2023-04-14',
      kind: 'talks',
      participants: ['习近平', '卢拉'],
      counterpart: { name: '卢拉', country: '巴西', title: '总统' },
      requestedBy: null,
      place: '人民大会堂',
    },
    sentences: [
      [null, '国家主席习近平4月14日下午'],
      [null, '会谈前，习近平'],
      [null, '军乐团奏'],
      ['习近平', '习近平指出，中国和巴西'],
      ['习近平', '中方始终从战略'],
      ['习近平', '习近平强调，双方要'],
      ['习近平', '中方愿同巴方'],
      ['卢拉', '卢拉表示'],
      ['卢拉', '巴方坚定奉行'],
      [null, '会谈后，两国元首'],
      ['双方', '双方发表了'],
      [null, '蔡奇、王毅等'],
    ],
  },
  {
    name: 'Li Qiang talks with Scholz in Berlin (gov.cn style)',
    published: null,
    url: 'https://www.gov.cn/yaowen/liebiao/202306/content_6887361.htm?t20230620_1',
    text: `李强同德国总理朔尔茨举行会谈
当地时间6月20日上午，国务院总理李强在柏林同德国总理朔尔茨举行会谈。
李强表示，中德是全方位战略伙伴。中方愿同德方一道，推动中德关系持续稳定发展。
李强指出，合作是中德关系的主基调。中方欢迎德国企业扩大对华投资。
朔尔茨表示，德方不寻求同中国“脱钩”。德方愿同中方加强对话，深化经贸合作。
会谈前，朔尔茨在总理府为李强举行欢迎仪式。`,
    event: {
      date: '2023-06-20',
      kind: 'talks',
      participants: ['李强', '朔尔茨'],
      counterpart: { name: '朔尔茨', country: '德国', title: '总理' },
      requestedBy: null,
      place: '柏林',
    },
    sentences: [
      [null, '李强同德国总理朔尔茨举行会谈'],
      [null, '当地时间6月20日上午'],
      ['李强', '李强表示'],
      ['李强', '中方愿同德方'],
      ['李强', '李强指出'],
      ['李强', '中方欢迎德国'],
      ['朔尔茨', '朔尔茨表示'],
      ['朔尔茨', '德方愿同中方'],
      [null, '会谈前，朔尔茨'],
    ],
  },
  {
    name: 'Guterres meeting (会见 without 同), scraped with broken wraps',
    published: '2022-02-05',
    text: `国家主席习近平2
月
5
日上午在钓鱼台国宾馆会见来华出席北京冬奥会开幕式的联合国秘书长古特雷斯。
习近平指出，联合国是维护世界和平的核心机构。中国将坚定支持联合国发挥核心作用，践行真正的多边主义。
古特雷斯表示，祝贺北京冬奥会成功开幕。联合国高度赞赏中国为推动全球发展作出的重要贡献。
古特雷斯说：“我期待北京冬奥会取得圆满成功。”
王毅参加会见。`,
    event: {
      date: '2022-02-05',
      kind: 'meeting',
      participants: ['习近平', '古特雷斯'],
      counterpart: { name: '古特雷斯', country: '联合国', title: '秘书长' },
      requestedBy: null,
      place: '钓鱼台国宾馆',
    },
    sentences: [
      [null, '国家主席习近平2'],
      ['习近平', '习近平指出'],
      ['习近平', '中国将坚定支持'],
      ['古特雷斯', '古特雷斯表示'],
      ['古特雷斯', '联合国高度赞赏'],
      ['古特雷斯', '古特雷斯说'],
      [null, '王毅参加会见'],
    ],
  },
  {
    name: 'Putin video meeting, Taiwan spelling 普丁, two speakers in one paragraph',
    published: '2022-12-31',
    text: `習近平與俄羅斯總統普丁舉行視訊會晤
國家主席習近平12月30日下午在北京同俄羅斯總統普丁舉行視頻會晤。
習近平指出，中俄新時代全面戰略協作夥伴關係保持穩定發展。普丁表示，俄中關係處於歷史最好時期。
普丁總統介紹了俄方在烏克蘭問題上的立場。
習近平強調，中方將繼續秉持客觀公正立場。
雙方一致認為，應加強在上海合作組織、金磚國家等多邊框架內的協作。`,
    event: {
      date: '2022-12-30',
      kind: 'video',
      participants: ['习近平', '普京'],
      counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
      requestedBy: null,
      place: '北京',
    },
    sentences: [
      [null, '習近平與俄羅斯總統普丁舉行視訊會晤'],
      [null, '國家主席習近平12月30日'],
      ['习近平', '習近平指出'],
      ['普京', '普丁表示'],
      ['普京', '普丁總統介紹'],
      ['习近平', '習近平強調'],
      ['双方', '雙方一致認為'],
    ],
  },
]
