// All site adapters; adapterFor picks the one whose hosts cover a URL. Host lists mirror the
// manifest's content_scripts matches (test/unit/sites/meta.test.ts checks both ways).
import type { SiteAdapter } from './types'
import { sina } from './sina'
import { zaker } from './zaker'
import { kankan } from './kankan'
import { people } from './people'
import { xinhua } from './xinhua'
import { cctv } from './cctv'
import { gov } from './gov'
import { mfa } from './mfa'
import { mfaEn } from './mfa-en'
import { whitehouse } from './whitehouse'
import { kremlin } from './kremlin'

export const adapters: SiteAdapter[] = [
  sina,
  zaker,
  kankan,
  people,
  xinhua,
  cctv,
  gov,
  mfa,
  mfaEn,
  whitehouse,
  kremlin,
]

export function adapterFor(url: string | URL): SiteAdapter | null {
  let u: URL
  try {
    u = typeof url === 'string' ? new URL(url) : url
  } catch {
    return null
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  return adapters.find((a) => a.matches(u)) ?? null
}
