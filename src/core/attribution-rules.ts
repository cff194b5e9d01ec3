// The rules that give a sentence to a speaker (or to narration), as named data: each turn
// records the id of the rule that decided it (`rule` in `analyze --json`, `--explain` in the
// report, the reason shown on a turn in the panel). turns.ts applies the Chinese ones in this
// order; en/turns.ts the English ones.

export const ATTRIBUTION_RULES = {
  editorial: 'an editorial line (原标题, 责任编辑, 来源…): narration',
  'event-line': 'the event line itself (习近平同…通电话): narration',
  dateline: 'a dateline alone (新华社北京…电): narration',
  ceremony:
    'a ceremony or what happened around the meeting (欢迎仪式, 会谈后…) opening a paragraph: narration',
  'name-verb': 'a participant’s name (or title + name) and a reporting verb open the sentence',
  'name-colon': 'a participant’s name and a colon (俄罗斯总统普京：)',
  'name-object':
    'a participant’s name, a preposition and later a reporting verb (习近平对…表示感谢)',
  'name-pair': 'two leaders as one subject (习近平和普京一致…): both sides',
  'name-lost-colon':
    'a titled participant followed by speech, the colon lost (俄罗斯总统普京俄中…)',
  'titled-unknown':
    'a title, a name not in the lexicon and a reporting verb (巴拿马总统穆利诺表示)',
  'titled-expert':
    'an expert’s or spokesman’s title, a Chinese name and a reporting verb (研究员阮宗泽表示): commentaries quote them',
  'titled-no-colon': 'a title and a Chinese name opening a paragraph, the colon lost',
  pronoun: '他/她 (English: he/she) and a reporting verb: the last person who spoke',
  'joint-strong': '双方/两国元首 and a joint verb (一致, 同意, 交换意见…): both sides',
  'joint-paragraph':
    '双方/两国元首 opening a paragraph and saying or deciding something: both sides',
  'joint-narration': '两国元首 opening a paragraph and walking, dining or visiting: narration',
  'question-heading': 'a paragraph that is one question (a commentary’s heading): narration',
  attendees: 'who attended (…等参加会见): narration',
  heading: 'a short paragraph without a full stop: a heading, narration',
  'quote-tail': 'a quote attributed by the short sentence after it (“…。”习近平说。)',
  'non-participant':
    'a person named before a verb who is not a participant of the event: narration (only participants and 双方 speak)',
  'runs-on': 'no marker: the speaker of the sentence before (turns run on)',
  // English readouts (core/en/turns.ts).
  named: 'English: a named leader opens the sentence (President Biden emphasized…)',
  'the-president': 'English: “The President …”, the publishing side’s leader',
  joint: 'English: the two leaders, both sides, they: both sides',
  event: 'English: the event sentence itself: narration',
  narration: 'English: no speaker at the start: narration',
} as const

export type AttributionRule = keyof typeof ATTRIBUTION_RULES

/** One line per rule, for `--explain` and documentation. */
export function describeRule(rule: AttributionRule): string {
  return ATTRIBUTION_RULES[rule]
}
