// One source, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
// manifest.json is the Chrome-shaped source of truth; the Firefox differences are applied here.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import { build as esbuild } from 'esbuild'
import { defineConfig, type Plugin } from 'vite'

type Target = 'chrome' | 'firefox'

/** Gecko id of the Firefox build; the e2e harness pins its moz-extension UUID by this id. */
export const GECKO_ID = 'readout-lens@readout-lens.dev'

const root = import.meta.dirname

function manifestFor(target: Target): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'))
  if (target === 'firefox') {
    // crxjs turns `background.scripts` into an event page loader; Firefox MV3 has no service worker.
    const worker: string = manifest.background.service_worker
    manifest.background = { scripts: [worker], type: 'module' }
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: first release with the CSS Custom Highlight API.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    }
  } else {
    // 109: chrome.offscreen (saved pages are read in an offscreen document: a service worker
    // has no DOMParser); the CSS Custom Highlight API came in 105.
    manifest.minimum_chrome_version = '109'
    manifest.permissions.push('offscreen')
  }
  return manifest
}

/** `entry` and everything it imports as ONE classic script (in memory, minified). */
function iifeBundle(entry: string, target: Target, outdir?: string) {
  return esbuild({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    format: 'iife',
    splitting: false,
    write: false,
    ...(outdir ? { outdir } : {}),
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: target === 'firefox' ? 'firefox140' : 'chrome105',
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
      'import.meta.env.MODE': JSON.stringify(target),
    },
    logLevel: 'warning',
  })
}

/** File name, at the package root, of the content script as one classic script. */
export const INJECTED_CONTENT_SCRIPT = 'content-inject.js'

/**
 * The content script bundled as ONE classic script for `scripting.executeScript({ files })`
 * ("Annotate this page" on hosts outside the manifest): crxjs's loader imports its chunks
 * dynamically, which needs web_accessible_resources on the page's origin; an injected file
 * needs none, so no extension file is exposed to every website.
 */
function injectableContentScript(target: Target): Plugin {
  return {
    name: 'readout-lens:injectable-content-script',
    apply: 'build',
    async generateBundle() {
      const result = await iifeBundle('src/content/main.ts', target)
      this.emitFile({
        type: 'asset',
        fileName: INJECTED_CONTENT_SCRIPT,
        source: result.outputFiles[0]!.text,
      })
    },
  }
}

/** The popup's page, as built by crxjs from the manifest's action.default_popup. */
const POPUP_HTML = 'src/popup/index.html'

/**
 * The popup as ONE classic script with its CSS inlined into the page: crxjs/rollup would load
 * an entry chunk that then imports shared chunks (preact, hooks, …), each a further round trip
 * before the search box exists; the popup's time to first results starts at page open.
 * The HTML crxjs emitted is replaced and its now unused popup entry chunk and CSS are dropped.
 */
function singleFilePopup(target: Target): Plugin {
  return {
    name: 'readout-lens:single-file-popup',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      // outdir: only so esbuild can name the CSS it extracts (nothing is written).
      const result = await iifeBundle('src/popup/main.tsx', target, resolve(root, 'dist/.popup'))
      const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!
      const css = result.outputFiles.filter((f) => f.path.endsWith('.css'))
      const ref = this.emitFile({ type: 'asset', name: 'popup.js', source: js.text })
      const html = readFileSync(resolve(root, POPUP_HTML), 'utf8')
      const entry = '<script type="module" src="./main.tsx"></script>'
      if (!html.includes(entry)) throw new Error(`${POPUP_HTML}: expected ${entry}`)
      const style = css.map((f) => `<style>${f.text.trim()}</style>`).join('')
      const page = html
        .replace('</head>', `  ${style}\n  </head>`)
        .replace(entry, `<script src="/${this.getFileName(ref)}"></script>`)
      // Drop what crxjs built for the popup and nothing else uses.
      const popupId = resolve(root, POPUP_HTML)
      const keepCss = new Set<string>()
      const dropCss = new Set<string>()
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue
        const imported = (out as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata
          ?.importedCss
        if (out.facadeModuleId === popupId) {
          imported?.forEach((c) => dropCss.add(c))
          delete bundle[name]
        } else imported?.forEach((c) => keepCss.add(c))
      }
      for (const c of dropCss) if (!keepCss.has(c)) delete bundle[c]
      const emitted = bundle[POPUP_HTML]
      if (emitted?.type === 'asset') emitted.source = page
      else this.emitFile({ type: 'asset', fileName: POPUP_HTML, source: page })
    },
  }
}

export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`vite build --mode chrome|firefox (got "${mode}")`)
  }
  const target: Target = mode
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(target), browser: target }),
      injectableContentScript(target),
      singleFilePopup(target),
    ],
    // public/ holds _locales (copied verbatim); icons/ are referenced by the manifest.
    publicDir: 'public',
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Extension pages load from disk: no point in the modulepreload polyfill, and source
      // maps would only bloat the packages.
      modulePreload: false,
      sourcemap: false,
      target: target === 'firefox' ? 'firefox140' : 'chrome105',
      rollupOptions: {
        // Pages not named in the manifest must still be built.
        input: {
          reader: resolve(root, 'src/reader/index.html'),
          compare: resolve(root, 'src/compare/index.html'),
          timeline: resolve(root, 'src/timeline/index.html'),
          // Chromium only: the page reader of the saved-page import (src/offscreen/).
          ...(target === 'chrome' ? { offscreen: resolve(root, 'src/offscreen/index.html') } : {}),
        },
        // The timing report is noise on a shared 2-core machine.
        checks: { bundlerTimings: false },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  }
})
