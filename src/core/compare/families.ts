// Variant families: competing wordings for one subject, as named data. A readout's choice
// inside a family is what analysts read (乌克兰局势 became 乌克兰危机 within 2022; 反对"台独"
// against 不支持"台独"). Users add their own families in the options page; they are checked
// here so a broken import never reaches the matcher.

export interface VariantFamily {
  /** Stable id (`ukraine`, or `user:…` for a user's family). */
  id: string
  /** What the family is about, shown as its name. */
  label: { en: string; zh: string }
  /** Why these wordings compete (shown as a tooltip; documents the data). */
  note?: string
  /** The competing wordings, as written (quotes optional: they are ignored when matching). */
  variants: string[]
}

export const BUILT_IN_FAMILIES: readonly VariantFamily[] = [
  {
    id: 'ukraine',
    label: { en: 'Ukraine', zh: '乌克兰' },
    note: '乌克兰局势 (early 2022) gave way to 乌克兰危机; 乌克兰问题 and 俄乌冲突 follow; 特别军事行动 is the Russian term, reported in the Russian side’s turn.',
    variants: ['乌克兰局势', '乌克兰危机', '乌克兰问题', '俄乌冲突', '乌克兰冲突', '特别军事行动'],
  },
  {
    id: 'taiwan-independence',
    label: { en: 'Taiwan independence', zh: '“台独”' },
    note: 'China opposes (反对) “台独”; what it reports the other side saying is often only 不支持 (does not support).',
    variants: ['反对“台独”', '不支持“台独”'],
  },
  {
    id: 'one-china',
    label: { en: 'One China', zh: '一个中国' },
    note: 'China’s 一个中国原则 (principle) against the 一个中国政策 (policy) the US and others state.',
    variants: ['一个中国原则', '一个中国政策'],
  },
  {
    id: 'palestine-israel',
    label: { en: 'Palestine–Israel', zh: '巴以' },
    note: 'After October 2023 巴以冲突 and the longer-standing 巴勒斯坦问题 alternate; 加沙 wordings appear later.',
    variants: ['巴以冲突', '巴勒斯坦问题', '巴以问题', '加沙冲突', '加沙局势'],
  },
  {
    id: 'korean-peninsula',
    label: { en: 'Korean peninsula', zh: '朝鲜半岛' },
    note: 'The issue (问题) or the situation (局势) on the peninsula.',
    variants: ['朝鲜半岛问题', '半岛问题', '朝鲜半岛局势', '半岛局势'],
  },
  {
    id: 'partner-rival',
    label: { en: 'Partners or rivals', zh: '伙伴还是对手' },
    note: 'Whether the other side is framed as a partner (伙伴而不是对手) or a competitor.',
    variants: ['伙伴而不是对手', '伙伴而非对手', '竞争对手', '战略竞争'],
  },
  {
    id: 'china-russia-partnership',
    label: { en: 'China–Russia partnership', zh: '中俄关系定位' },
    note: 'The relationship’s name, upgraded to 新时代全面战略协作伙伴关系 in 2019.',
    variants: ['新时代全面战略协作伙伴关系', '全面战略协作伙伴关系'],
  },
]

/** Limits on a user's family: short wordings, a handful per family, a bounded list. */
export const MAX_FAMILIES = 100
export const MAX_VARIANTS = 12
export const MAX_VARIANT_CHARS = 30

export interface FamilyCheck {
  families: VariantFamily[]
  /** One message per entry left out, in input order. */
  problems: string[]
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : ''
}

/**
 * Checks user families (from storage or an import): every bad entry is left out with a reason,
 * the good ones are kept. Ids get a `user:` prefix so they never shadow a built-in family.
 */
export function checkUserFamilies(input: unknown): FamilyCheck {
  const problems: string[] = []
  const families: VariantFamily[] = []
  if (!Array.isArray(input)) {
    return { families, problems: input == null ? [] : ['not a list of families'] }
  }
  const seen = new Set<string>()
  input.slice(0, MAX_FAMILIES).forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>
    const label = r.label as Record<string, unknown> | string | undefined
    const en = typeof label === 'string' ? str(label) : str(label?.en)
    const zh = typeof label === 'string' ? str(label) : str(label?.zh) || en
    const name = en || zh
    const variants = Array.isArray(r.variants)
      ? [...new Set(r.variants.map(str).filter((v) => v !== ''))]
      : []
    if (!name) return void problems.push(`family ${i + 1}: no name`)
    if (variants.length < 2) return void problems.push(`${name}: needs at least two wordings`)
    if (variants.length > MAX_VARIANTS)
      return void problems.push(`${name}: at most ${MAX_VARIANTS} wordings`)
    const long = variants.find((v) => v.length > MAX_VARIANT_CHARS)
    if (long) return void problems.push(`${name}: “${long}” is longer than ${MAX_VARIANT_CHARS}`)
    const base = str(r.id).replace(/^user:/, '') || name
    let id = `user:${base}`
    for (let n = 2; seen.has(id); n++) id = `user:${base}-${n}`
    seen.add(id)
    families.push({ id, label: { en: en || zh, zh }, variants })
  })
  if (input.length > MAX_FAMILIES) problems.push(`only the first ${MAX_FAMILIES} families are kept`)
  return { families, problems }
}

/** Built-in families followed by the user's (checked) ones. */
export function allFamilies(user: unknown = []): VariantFamily[] {
  return [...BUILT_IN_FAMILIES, ...checkUserFamilies(user).families]
}

/** Why a family typed in the options page cannot be saved (the page words it per language). */
export type DraftProblem =
  | { code: 'no-name' }
  | { code: 'name-taken' }
  | { code: 'empty-wording'; line: number }
  | { code: 'duplicate-wording'; wording: string }
  | { code: 'too-few' }
  | { code: 'too-many' }
  | { code: 'too-long'; wording: string }
  | { code: 'too-many-families' }

/**
 * Checks a family as typed: a name not used by another family, and 2..MAX_VARIANTS distinct,
 * non-empty wordings (one per line; blank lines at the ends are ignored, inside they are an
 * error: an empty wording would be a typo, never meant). `others` are the families it sits with.
 */
export function checkFamilyDraft(
  name: string,
  lines: readonly string[],
  others: readonly VariantFamily[],
): { family: VariantFamily } | { problem: DraftProblem } {
  const n = name.trim()
  if (!n) return { problem: { code: 'no-name' } }
  const taken = (f: VariantFamily) => [f.label.en, f.label.zh].includes(n)
  if ([...BUILT_IN_FAMILIES, ...others].some(taken)) return { problem: { code: 'name-taken' } }
  const trimmed = lines.map(str)
  let start = 0
  let end = trimmed.length
  while (start < end && trimmed[start] === '') start++
  while (end > start && trimmed[end - 1] === '') end--
  const variants = trimmed.slice(start, end)
  const blank = variants.indexOf('')
  if (blank >= 0) return { problem: { code: 'empty-wording', line: start + blank + 1 } }
  const dup = variants.find((v, i) => variants.indexOf(v) !== i)
  if (dup !== undefined) return { problem: { code: 'duplicate-wording', wording: dup } }
  if (variants.length < 2) return { problem: { code: 'too-few' } }
  if (variants.length > MAX_VARIANTS) return { problem: { code: 'too-many' } }
  const long = variants.find((v) => v.length > MAX_VARIANT_CHARS)
  if (long !== undefined) return { problem: { code: 'too-long', wording: long } }
  if (others.length >= MAX_FAMILIES) return { problem: { code: 'too-many-families' } }
  return { family: { id: `user:${n}`, label: { en: n, zh: n }, variants } }
}
