// The layering of src/, checked on every import (static, re-export and dynamic) from the import
// graph itself: a file's layer is its first folder under src/, and each layer may import only
// the layers listed here. `content`, `background`, `popup`, `options`, `reader` and `offscreen`
// are separate JavaScript contexts: they share code through `shared` and talk through messages
// (src/shared/messages.ts), never by importing each other.
import path from 'node:path'

/** layer → the layers it may import (itself included where listed). */
export const LAYERS = {
  core: ['core'],
  shared: ['core', 'shared'],
  sites: ['core', 'shared', 'sites'],
  content: ['core', 'shared', 'sites', 'content'],
  background: ['core', 'shared', 'sites', 'background', 'corpus'],
  popup: ['core', 'shared', 'popup'],
  options: ['core', 'shared', 'options'],
  reader: ['core', 'shared', 'reader'],
  compare: ['core', 'shared', 'compare'],
  timeline: ['core', 'shared', 'timeline'],
  /** Chromium's offscreen document: reads saved pages with DOMParser for the background. */
  offscreen: ['core', 'shared', 'sites', 'offscreen'],
  node: ['core', 'sites', 'node', 'corpus'],
  cli: ['core', 'node', 'cli'],
  corpus: ['corpus'],
}

/** The layer of a file (its first folder under src/), or null outside src/. */
export function layerOf(file) {
  const parts = path.resolve(file).split(path.sep)
  const i = parts.lastIndexOf('src')
  return i >= 0 && i < parts.length - 2 ? parts[i + 1] : null
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of src/ apart (see eslint-rules/layers.js).' },
    schema: [],
    messages: {
      crossing:
        "'{{from}}' may not import '{{to}}' ({{spec}}): {{from}} imports only {{allowed}}. Share code through src/shared and talk through messages (src/shared/messages.ts).",
      unknown: "'{{layer}}' is not a known layer of src/: add it to eslint-rules/layers.js.",
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename()
    const from = layerOf(file)
    if (!from) return {}
    const allowed = LAYERS[from]
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.resolve(path.dirname(file), spec.split('?')[0])
      const to = layerOf(target)
      if (!to) return
      if (!allowed) {
        context.report({ node, messageId: 'unknown', data: { layer: from } })
        return
      }
      if (!allowed.includes(to))
        context.report({
          node,
          messageId: 'crossing',
          data: { from, to, spec, allowed: allowed.join(', ') },
        })
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value)
      },
    }
  },
}

export default { rules: { layers: layersRule } }
