// Chromium's offscreen document (reason DOM_PARSER): the service worker has no DOMParser, so
// it hands saved pages here, where the site code reads them as in the Firefox event page and
// the CLI. Answers only `offscreen-read-source` from our own extension; ignores everything else
// (the options page's requests to the background reach this document too).
import { extApi } from '../shared/ext'
import { OFFSCREEN_MESSAGES, type OffscreenResponseOf } from '../shared/messages'
import { field, isObj } from '../shared/schema'
import { domParse, readSource } from '../sites/source-article'

const api = extApi()

api?.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; url?: string }) => {
  if (!isObj(msg) || field(msg, 'type') !== 'offscreen-read-source') return undefined
  if (sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL('')))
    return undefined
  if (!OFFSCREEN_MESSAGES['offscreen-read-source'].request(msg)) return undefined
  const reply: OffscreenResponseOf<'offscreen-read-source'> = {
    ok: true,
    read: readSource(msg.text, domParse),
  }
  return Promise.resolve(reply)
})
