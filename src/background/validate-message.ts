// Every message the background receives is checked here: its shape against the contract in
// src/shared/messages.ts, and who sent it. Anything else is dropped (the caller gets no reply).
//
// Senders: content scripts (sender.tab set, http(s) page, our extension id) and our own pages
// (sender.url under runtime.getURL('')). Which request each may make is listed in ALLOWED.
import type { Request } from '../shared/messages'
import type { Analysis, EventKind, PhraseCategory } from '../core/types'
import { boundsValid } from '../core/analysis-wire'
import { PHRASE_CATEGORIES } from '../options/settings-schema'
import { KINDS } from './index/catalog'

export interface SenderInfo {
  id?: string
  url?: string
  tab?: { id?: number }
}

export type SenderKind = 'content' | 'page'

const ALLOWED: Record<Request['type'], readonly SenderKind[]> = {
  'page-analysed': ['content'],
  'page-not-readout': ['content'],
  'analyse-article': ['content'],
  'get-tab-status': ['content', 'page'],
  'get-related': ['content', 'page'],
  'get-phrase-stats': ['content', 'page'],
  'get-event': ['content', 'page'],
  search: ['page'],
  'index-info': ['content', 'page'],
  'annotate-tab': ['page'],
  // The panel on a web page cannot navigate to an extension page itself (Chrome blocks it).
  'open-reader': ['content', 'page'],
}

export function senderKind(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'page'
  if (
    sender.tab &&
    typeof sender.tab.id === 'number' &&
    sender.url &&
    /^https?:\/\//.test(sender.url)
  )
    return 'content'
  return null
}

const MAX_STR = 4_000_000 // a 2 MB article plus slack
const MAX_ITEMS = 200_000

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)
const isStr = (v: unknown, max = MAX_STR): v is string => typeof v === 'string' && v.length <= max
const isNullableStr = (v: unknown, max = 2000): v is string | null => v === null || isStr(v, max)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isDate = (v: unknown): v is string | null =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
export const isKind = (v: unknown): v is EventKind =>
  typeof v === 'string' && (KINDS as readonly string[]).includes(v)
export const isCategory = (v: unknown): v is PhraseCategory =>
  typeof v === 'string' && (PHRASE_CATEGORIES as readonly string[]).includes(v)

function isSpanList(v: unknown, extra: (o: Record<string, unknown>) => boolean): boolean {
  return (
    Array.isArray(v) &&
    v.length <= MAX_ITEMS &&
    v.every(
      (o) =>
        isObj(o) && isInt(o.start) && isInt(o.end) && o.end >= o.start && isStr(o.text) && extra(o),
    )
  )
}

export const isTurnList = (v: unknown) =>
  isSpanList(v, (o) => isNullableStr(o.speaker, 200) && isNullableStr(o.verb, 50))
export const isPhraseList = (v: unknown) =>
  isSpanList(v, (o) => isStr(o.key, 500) && isCategory(o.category))
export const isMentionList = (v: unknown) => isSpanList(v, (o) => isDate(o.date) && isKind(o.kind))

export function isCounterpart(v: unknown): boolean {
  return (
    v === null ||
    (isObj(v) && isStr(v.name, 200) && isNullableStr(v.country, 200) && isNullableStr(v.title, 200))
  )
}

function isEvent(v: unknown): boolean {
  return (
    v === null ||
    (isObj(v) &&
      isDate(v.date) &&
      isKind(v.kind) &&
      Array.isArray(v.participants) &&
      v.participants.length <= 100 &&
      v.participants.every((p) => isStr(p, 200)) &&
      isCounterpart(v.counterpart) &&
      isNullableStr(v.requestedBy, 200) &&
      isNullableStr(v.place, 500))
  )
}

export function isAnalysis(v: unknown): v is Analysis {
  return (
    isObj(v) &&
    typeof v.isReadout === 'boolean' &&
    isNum(v.confidence) &&
    isStr(v.title, 2000) &&
    isDate(v.published) &&
    isNullableStr(v.outlet, 500) &&
    isNullableStr(v.url, 8000) &&
    isEvent(v.event) &&
    isTurnList(v.turns) &&
    isPhraseList(v.phrases) &&
    isMentionList(v.mentions)
  )
}

function isArticleWire(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.title, 2000) &&
    isDate(v.published) &&
    isNullableStr(v.outlet, 500) &&
    isNullableStr(v.url, 8000) &&
    (v.site === undefined || isStr(v.site, 50)) &&
    isStr(v.text) &&
    Array.isArray(v.bounds) &&
    v.bounds.length <= 2 * MAX_ITEMS &&
    boundsValid(v.text, v.bounds)
  )
}

function isFilters(v: unknown): boolean {
  if (v === undefined) return true
  if (!isObj(v)) return false
  return (
    (v.counterpart === undefined || isStr(v.counterpart, 200)) &&
    (v.yearFrom === undefined || isInt(v.yearFrom)) &&
    (v.yearTo === undefined || isInt(v.yearTo)) &&
    (v.kind === undefined || isKind(v.kind)) &&
    (v.category === undefined || isCategory(v.category))
  )
}

const isUrl = (v: unknown) => isStr(v, 8000)
/** What gets stored as a source: only http(s), so no javascript:/data: link can come back out. */
const isWebUrl = (v: unknown) => isUrl(v) && /^https?:\/\//i.test(v as string)

/** The message as a Request when it matches the contract exactly enough; null otherwise. */
export function parseRequest(msg: unknown): Request | null {
  if (!isObj(msg) || typeof msg.type !== 'string') return null
  const m = msg
  switch (m.type) {
    case 'page-analysed':
      return isAnalysis(m.analysis) &&
        isWebUrl(m.url) &&
        (m.analysis.url === null || isWebUrl(m.analysis.url))
        ? (m as Request)
        : null
    case 'analyse-article':
      return isArticleWire(m.article) ? (m as Request) : null
    case 'page-not-readout':
      return isUrl(m.url) && isNum(m.confidence) ? (m as Request) : null
    case 'get-tab-status':
    case 'annotate-tab':
      return isInt(m.tabId) ? (m as Request) : null
    case 'get-related':
      return isAnalysis(m.analysis) && isUrl(m.url) ? (m as Request) : null
    case 'get-phrase-stats':
      return Array.isArray(m.keys) &&
        m.keys.length <= 2000 &&
        m.keys.every((k) => isStr(k, 500)) &&
        (m.excludeEventId === undefined || isStr(m.excludeEventId, 500))
        ? (m as Request)
        : null
    case 'get-event':
    case 'open-reader':
      return isStr(m.id, 500) ? (m as Request) : null
    case 'search':
      return isStr(m.query, 1000) &&
        isFilters(m.filters) &&
        (m.limit === undefined || (isInt(m.limit) && m.limit <= 100_000))
        ? (m as Request)
        : null
    case 'index-info':
      return m as Request
    default:
      return null
  }
}

/** Shape and sender together: the request to handle, or null to ignore the message. */
export function acceptMessage(
  msg: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): { req: Request; from: SenderKind } | null {
  const from = senderKind(sender, extensionId, extensionOrigin)
  if (!from) return null
  const req = parseRequest(msg)
  if (!req || !ALLOWED[req.type].includes(from)) return null
  // A content script may only ask about its own tab.
  if (from === 'content' && req.type === 'get-tab-status' && req.tabId !== sender.tab?.id)
    return null
  return { req, from }
}
