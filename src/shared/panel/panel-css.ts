// Styles of everything inside the shadow root. Nothing here can leak out and page CSS cannot
// reach in (inherited properties are reset by `all: initial` on the host).
export const PANEL_CSS = `
:host {
  all: initial !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  display: block !important;
  z-index: 2147483646 !important;
  contain: none !important;
}
.overlay { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.paint-layer { position: absolute; top: 0; left: 0; }
.paint-box { position: absolute; pointer-events: none; }
.marker { position: absolute; width: 3px; border-radius: 2px; pointer-events: none; opacity: .85; }
.mount {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f2328;
}
.mount.page .panel { position: fixed; top: 12px; right: 12px; }
.mount.reader .panel { position: fixed; top: 12px; right: 12px; }
.panel {
  box-sizing: border-box;
  width: 360px;
  max-width: calc(100vw - 24px);
  max-height: calc(100vh - 24px);
  overflow: auto;
  background: #ffffff;
  border: 1px solid #d0d7de;
  border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18);
  text-align: left;
  direction: ltr;
}
.panel.collapsed { width: auto; overflow: visible; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-bottom: 1px solid #eaeef2;
  position: sticky; top: 0; background: #fff; z-index: 1; }
.panel.collapsed header { border-bottom: 0; }
header h2 { font-size: 14px; margin: 0; flex: 1; font-weight: 650; }
button {
  font: inherit; color: inherit; cursor: pointer; background: transparent;
  border: 1px solid transparent; border-radius: 6px; padding: 2px 6px; text-align: left;
}
button:hover { background: #f3f4f6; }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.icon-btn { border-color: #d0d7de; }
a { color: #0969da; text-decoration: underline; }
section { padding: 8px 10px; border-bottom: 1px solid #eaeef2; }
section:last-child { border-bottom: 0; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin: 0 0 6px; font-weight: 600; }
h4 { font-size: 12px; margin: 6px 0 2px; font-weight: 600; display: flex; align-items: center; gap: 6px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
dt { color: #57606a; }
dd { margin: 0; }
.note { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 4px 8px; margin: 6px 10px; font-size: 12px; }
.note.error { background: #ffebe9; border-color: #ff8182; }
.muted { color: #57606a; font-size: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -2px; flex: none; }
.line { display: inline-block; width: 16px; height: 0; border-bottom-width: 3px; vertical-align: middle; flex: none; }
.speaker { display: flex; align-items: center; gap: 6px; }
.speaker .name { flex: 1; }
.toggle[aria-pressed="false"] { opacity: .55; text-decoration: line-through; }
.phrase { display: block; width: 100%; }
.phrase .text { font-weight: 600; }
.badge { display: inline-block; font-size: 10px; font-weight: 700; border-radius: 8px; padding: 0 5px; margin-left: 4px;
  background: #1f883d; color: #fff; vertical-align: 1px; }
.track { font-size: 11px; margin: 0 0 4px 8px; padding: 0 6px; border: 1px solid #d0d7de; border-radius: 6px; }
.track:disabled { opacity: .6; }
.turn { display: flex; gap: 6px; width: 100%; }
.turn .who { flex: none; font-weight: 600; }
.turn .what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
/* The attribution rule of a turn: shown while its button is hovered or focused. */
.turn-why { display: none; font-size: 11px; padding: 2px 6px 4px 22px; opacity: 0.8; }
.turn:hover + .turn-why, .turn:focus + .turn-why { display: block; }
.related li { margin: 6px 0; }
.why { display: block; color: #57606a; font-size: 12px; }
.topic { display: inline-block; margin: 0 4px 2px 0; padding: 0 6px; border-radius: 8px; font-size: 12px; background: #eaeef2; }
.topic-here { background: #ddf4ff; }
.topic-there { background: #fff1e5; }
.topics dd { margin-left: 0; }
.topic-rows li { margin: 6px 0; }
.quote { font-size: 12px; margin: 2px 0 0 8px; }
.chip { display: inline; font-weight: 600; padding: 0 2px; border: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0 0; }
.timeline { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid #d0d7de; }
.timeline li { position: relative; margin: 4px 0; }
.timeline li::before { content: ""; position: absolute; left: -15px; top: 6px; width: 8px; height: 8px; border-radius: 50%; background: #0969da; }
.timeline .when { font-variant-numeric: tabular-nums; font-weight: 600; }
button.link { color: #0969da; text-decoration: underline; padding: 0; }
details > summary { cursor: pointer; font-size: 12px; color: #57606a; margin: 4px 0; }
@media (prefers-color-scheme: dark) {
  .mount { color: #e6edf3; }
  .panel, header { background: #161b22; border-color: #30363d; }
  section, header { border-color: #30363d; }
  button:hover { background: #21262d; }
  .icon-btn { border-color: #30363d; }
  .topic { background: #30363d; }
  .topic-here { background: #0c2d48; }
  .topic-there { background: #3d2a17; }
  h3, dt, .muted, .why, details > summary { color: #8b949e; }
  a { color: #4493f8; }
  .note { background: #272115; border-color: #9e6a03; }
  .note.error { background: #25171c; border-color: #f85149; }
}
`
