// What a matched page loads before it is known to be a readout: the content-script loader(s)
// listed in the built manifest, the module each loader imports, and everything those import
// statically. Dynamic `import()`s (the annotation chunk, the notice) load only on readouts.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ContentSize {
  files: Array<{ file: string; bytes: number; gz: number }>
  gzBytes: number
}

const STATIC_IMPORT =
  /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["']([^"']+)["']/g
const LOADER_TARGET = /getURL\(\s*["']([^"']+)["']\s*\)/g

export function contentScriptSize(distDir: string): ContentSize {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>
  }
  const seen = new Set<string>()
  const queue: string[] = []
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      queue.push(js)
      // crxjs loaders import the real module by its extension URL.
      const src = readFileSync(join(distDir, js), 'utf8')
      for (const m of src.matchAll(LOADER_TARGET)) queue.push(m[1]!.replace(/^\//, ''))
    }
  }
  while (queue.length) {
    const file = posix.normalize(queue.shift()!)
    if (seen.has(file)) continue
    const path = join(distDir, file)
    if (!existsSync(path)) throw new Error(`content script file missing from the build: ${file}`)
    seen.add(file)
    const src = readFileSync(path, 'utf8')
    for (const m of src.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue
      queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(dirname(file), spec))
    }
  }
  const files = [...seen].map((file) => {
    const buf = readFileSync(join(distDir, file))
    return { file, bytes: buf.length, gz: gzipSync(buf, { level: 9 }).length }
  })
  return { files, gzBytes: files.reduce((n, f) => n + f.gz, 0) }
}
