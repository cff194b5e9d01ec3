// A TestBrowser whose copy of the built extension also lists some test hosts in
// host_permissions — the only difference from dist/. Headless tests cannot click the toolbar
// button (activeTab is granted only by a user gesture), so "Annotate this page" on a host the
// manifest does not match needs the host granted this way.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TestBrowser } from './test-browser'
import type { BrowserName } from './test-page'

export class HostGrantedBrowser extends TestBrowser {
  private dir: string | null = null
  constructor(
    name: BrowserName,
    private readonly hosts: string[],
  ) {
    super(name)
  }

  override get extensionDir(): string {
    if (!this.dir) {
      this.dir = mkdtempSync(join(tmpdir(), `readout-lens-${this.name}-`))
      cpSync(super.extensionDir, this.dir, { recursive: true })
      const path = join(this.dir, 'manifest.json')
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] }
      for (const host of this.hosts) manifest.host_permissions.push(`*://${host}/*`)
      writeFileSync(path, JSON.stringify(manifest))
    }
    return this.dir
  }
}
