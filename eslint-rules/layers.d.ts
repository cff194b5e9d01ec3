// Types of eslint-rules/layers.js for the tests that import it.
export const LAYERS: Record<string, readonly string[]>
export function layerOf(file: string): string | null
export const layersRule: unknown
declare const plugin: { rules: { layers: unknown } }
export default plugin
