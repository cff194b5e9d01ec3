// `npm run eval:extract -- <dir> [--expected FILE] [--gne FILE] [--anchors FILE] [--json]`
//
// Measures the generic extractor (what "Annotate this page" runs on a site without an adapter)
// on a folder of saved HTML pages, e.g. the `tests/` pages of the GeneralNewsExtractor set:
// per page, whether a body was found and how much of the page's article text it holds.
//
// The article text of a page (the reference) is, in this order:
//   expected  the content the test set itself gives (GNE's `result.txt`: `>>>…tests/x.html>>>`
//             blocks of JSON with `content`; or a JSON object { "<path>": "<content>" });
//   anchors   { "<path>": { "first": "…", "last": "…" } }: the article's first and last
//             sentence, chosen by reading the page; the reference is the page's visible text
//             between them;
//   gne       GNE's own extraction (`--gne`: { "<path>": { "content" } | { "error" } }, written
//             by running GNE on the same folder), when nothing better is at hand.
// Texts are compared on Han characters by bigram overlap (scripts/lib/han-overlap.ts): recall
// = share of the reference held, precision = share of the extraction that is reference.
// With --gne, GNE's figures against the same reference stand beside ours (not when the
// reference is GNE itself).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { documentOf } from '../src/node/load-article'
import { readSourceFile } from '../src/node/read-source'
import { extractArticle } from '../src/sites/extract'
import { hanBetween, hanOnly, hanOverlap, type Overlap } from './lib/han-overlap'

/** A page counts as "article found" when the extraction holds this much of the reference… */
const FOUND_RECALL = 0.8
/** …and at least this much of it is reference (not the whole page). */
const FOUND_PRECISION = 0.5
const isFound = (o: Overlap): boolean => o.recall >= FOUND_RECALL && o.precision >= FOUND_PRECISION

interface Options {
  dir: string
  expected: string | null
  gne: string | null
  anchors: string | null
  json: boolean
}

function parseArgs(argv: string[]): Options {
  const o: Options = { dir: '', expected: null, gne: null, anchors: null, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (!v) throw new Error(`${a} needs a file`)
      return v
    }
    if (a === '--expected') o.expected = value()
    else if (a === '--gne') o.gne = value()
    else if (a === '--anchors') o.anchors = value()
    else if (a === '--json') o.json = true
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`)
    else o.dir = a
  }
  if (!o.dir)
    throw new Error(
      'usage: npm run eval:extract -- <dir> [--expected FILE] [--gne FILE] [--anchors FILE] [--json]',
    )
  return o
}

function htmlFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.s?html?$/i.test(name)) out.push(p)
    }
  }
  walk(dir)
  return out
}

/** Keys of a reference file, matched to pages by path suffix (`tests/cjn/1.html` ↔ `cjn/1.html`). */
function byPath<T>(table: Record<string, T>, rel: string): T | undefined {
  if (rel in table) return table[rel]
  const key = Object.keys(table).find((k) => k.endsWith(`/${rel}`) || rel.endsWith(`/${k}`))
  return key === undefined ? undefined : table[key]
}

/** GNE's `result.txt` blocks, or a JSON object path → content. */
function readExpected(path: string): Record<string, string> {
  const src = readFileSync(path, 'utf8')
  if (src.trimStart().startsWith('{')) return JSON.parse(src) as Record<string, string>
  const out: Record<string, string> = {}
  const block = />{5,}\s*(\S+?)\s*>{5,}\s*\n([\s\S]*?)\n<{5,}/g
  for (const m of src.matchAll(block)) {
    out[m[1]!] = (JSON.parse(m[2]!) as { content: string }).content
  }
  return out
}

type GneResult = { content: string; ms?: number } | { error: string; ms?: number }
type Anchors = { first: string; last: string }

/** Visible text of the page (scripts and styles left out), for finding the anchors. */
function visibleText(doc: Document): string {
  const parts: string[] = []
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data)
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName
        if (tag !== 'script' && tag !== 'style' && tag !== 'noscript' && tag !== 'template')
          walk(c as Element)
      }
    }
  }
  if (doc.body) walk(doc.body)
  return parts.join('\n')
}

interface PageRow {
  page: string
  found: boolean
  han: number
  /** extractArticle on the parsed page. */
  ms: number
  /** Parsing the page (linkedom): the baseline the extraction time is judged against. */
  parseMs: number
  reference: 'expected' | 'anchors' | 'gne' | null
  referenceHan: number
  ours: Overlap | null
  gne: (Overlap & { han: number }) | null
  gneError: string | null
}

function pct(x: number | undefined | null): string {
  return x == null ? '   –' : `${Math.round(x * 100)}%`.padStart(4)
}

function main(): void {
  const o = parseArgs(process.argv.slice(2))
  const dir = resolve(o.dir)
  const expected = o.expected ? readExpected(o.expected) : {}
  const gne = o.gne ? (JSON.parse(readFileSync(o.gne, 'utf8')) as Record<string, GneResult>) : {}
  const anchors = o.anchors
    ? (JSON.parse(readFileSync(o.anchors, 'utf8')) as Record<string, Anchors>)
    : {}
  const rows: PageRow[] = []

  for (const file of htmlFiles(dir)) {
    const rel = relative(dir, file)
    const html = readSourceFile(file)
    const tParse = performance.now()
    const doc = documentOf(html)
    const t0 = performance.now()
    const article = extractArticle(doc, null)
    const ms = performance.now() - t0
    const parseMs = t0 - tParse
    const ours = article ? article.paragraphs.map((p) => p.text).join('\n') : ''

    const g = byPath(gne, rel)
    const gneText = g && 'content' in g ? g.content : null
    let reference: PageRow['reference'] = null
    let refText: string | null = null
    const exp = byPath(expected, rel)
    const anc = byPath(anchors, rel)
    if (exp !== undefined) {
      reference = 'expected'
      refText = exp
    } else if (anc) {
      refText = hanBetween(visibleText(doc), anc.first, anc.last)
      if (refText === null) throw new Error(`${rel}: anchors not found on the page`)
      reference = 'anchors'
    } else if (gneText && hanOnly(gneText).length >= 20) {
      reference = 'gne'
      refText = gneText
    }
    rows.push({
      page: rel,
      found: article !== null,
      han: hanOnly(ours).length,
      ms,
      parseMs,
      reference,
      referenceHan: refText ? hanOnly(refText).length : 0,
      ours: refText ? hanOverlap(ours, refText) : null,
      gne:
        refText && gneText !== null && reference !== 'gne'
          ? { ...hanOverlap(gneText, refText), han: hanOnly(gneText).length }
          : gneText !== null
            ? { recall: NaN, precision: NaN, han: hanOnly(gneText).length }
            : null,
      gneError: g && 'error' in g ? g.error : null,
    })
  }

  const scored = rows.filter((r) => r.ours)
  const mean = (xs: number[]): number =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN
  const gneScored = rows.filter((r) => r.gne && !Number.isNaN(r.gne.recall))
  const summary = {
    pages: rows.length,
    bodyFound: rows.filter((r) => r.found).length,
    withReference: scored.length,
    references: {
      expected: rows.filter((r) => r.reference === 'expected').length,
      anchors: rows.filter((r) => r.reference === 'anchors').length,
      gne: rows.filter((r) => r.reference === 'gne').length,
    },
    articleFound: scored.filter((r) => isFound(r.ours!)).length,
    meanRecall: mean(scored.map((r) => r.ours!.recall)),
    meanPrecision: mean(scored.map((r) => r.ours!.precision)),
    gne: {
      comparedPages: gneScored.length,
      articleFound: gneScored.filter((r) => isFound(r.gne!)).length,
      meanRecall: mean(gneScored.map((r) => r.gne!.recall)),
      meanPrecision: mean(gneScored.map((r) => r.gne!.precision)),
      oursOnSamePages: {
        articleFound: gneScored.filter((r) => isFound(r.ours!)).length,
        meanRecall: mean(gneScored.map((r) => r.ours!.recall)),
        meanPrecision: mean(gneScored.map((r) => r.ours!.precision)),
      },
    },
    totalMs: rows.reduce((a, r) => a + r.ms, 0),
    parseMs: rows.reduce((a, r) => a + r.parseMs, 0),
    maxMs: Math.max(0, ...rows.map((r) => r.ms)),
  }

  if (o.json) {
    process.stdout.write(JSON.stringify({ rows, summary }, null, 2) + '\n')
    return
  }
  const w = Math.max(4, ...rows.map((r) => r.page.length))
  console.log(
    `${'page'.padEnd(w)}  body  ours-han  ref       ref-han  recall  prec   gne-han  recall  prec    ms`,
  )
  for (const r of rows) {
    console.log(
      [
        r.page.padEnd(w),
        (r.found ? 'yes' : 'NO').padEnd(4),
        String(r.han).padStart(8),
        (r.reference ?? '–').padEnd(8),
        String(r.referenceHan).padStart(8),
        pct(r.ours?.recall).padStart(6),
        pct(r.ours?.precision).padStart(5),
        (r.gneError ? 'error' : r.gne ? String(r.gne.han) : '–').padStart(8),
        pct(Number.isNaN(r.gne?.recall) ? null : r.gne?.recall).padStart(6),
        pct(Number.isNaN(r.gne?.precision) ? null : r.gne?.precision).padStart(5),
        r.ms.toFixed(1).padStart(6),
      ].join('  '),
    )
  }
  const s = summary
  console.log(
    `\n${s.bodyFound}/${s.pages} pages: body found. Against a reference (${s.withReference} pages: ` +
      `${s.references.expected} expected, ${s.references.anchors} anchors, ${s.references.gne} GNE): ` +
      `article found (recall ≥ ${FOUND_RECALL * 100}%, precision ≥ ${FOUND_PRECISION * 100}%) on ${s.articleFound}, ` +
      `mean recall ${pct(s.meanRecall).trim()}, mean precision ${pct(s.meanPrecision).trim()}.`,
  )
  if (s.gne.comparedPages) {
    console.log(
      `GNE vs ours on the ${s.gne.comparedPages} pages whose reference is not GNE: article found ` +
        `${s.gne.articleFound} vs ${s.gne.oursOnSamePages.articleFound}, mean recall ` +
        `${pct(s.gne.meanRecall).trim()} vs ${pct(s.gne.oursOnSamePages.meanRecall).trim()}, mean precision ` +
        `${pct(s.gne.meanPrecision).trim()} vs ${pct(s.gne.oursOnSamePages.meanPrecision).trim()}.`,
    )
  }
  console.log(
    `Extraction time: ${s.totalMs.toFixed(0)} ms in all, ` +
      `${((100 * s.totalMs) / s.parseMs).toFixed(0)}% of the ${s.parseMs.toFixed(0)} ms linkedom ` +
      `took to parse the pages; slowest page ${s.maxMs.toFixed(1)} ms.`,
  )
}

main()
