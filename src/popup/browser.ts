// The extension API on the popup (always present on our own pages), and reader links.
import type { Browser } from 'webextension-polyfill'
import { extApi, readerUrl } from '../shared/ext'

export const browser: Browser = extApi()!

export const readerHref = (id: string): string => readerUrl(id) ?? '#'
