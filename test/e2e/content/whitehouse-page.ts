// A White House readout page built at test time from the saved Markdown export in
// ../shared/realpages/whitehouse (front matter + body): the WordPress structure of the site
// (h1.page-title, time[datetime], section.body-content), navigation and footer around it.
import { readFileSync } from 'node:fs'
import { parseFrontMatter } from '../../../src/core/intake/front-matter'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export interface WhiteHousePage {
  url: string
  title: string
  html: string
}

/** `url` overrides the page's own (to serve it at www.whitehouse.gov as well). */
export function whiteHousePage(mdFile: string, url?: string): WhiteHousePage {
  const src = readFileSync(mdFile, 'utf8')
  const fm = parseFrontMatter(src)
  const title = String(fm.data['title'])
  const own = String(fm.data['source_url'])
  const published = String(fm.data['published_time'] ?? fm.data['date'])
  const paragraphs = src
    .slice(fm.bodyStart)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !/^\\?#+$/.test(p))
    // The export keeps <sup> tags; everything else is text.
    .map((p) => esc(p).replace(/&lt;(\/?)sup&gt;/g, '<$1sup>'))
  const html = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>${esc(title)} | The White House</title>
<meta property="article:published_time" content="${esc(published)}"></head>
<body>
<header class="header"><nav class="header__nav"><ul><li><a href="/administration/">Administration</a></li><li><a href="/briefing-room/">Briefing Room</a></li></ul></nav></header>
<main id="content" class="site-main"><article class="post">
<header class="page-header"><h1 class="page-title topper__title news">${esc(title)}</h1>
<div class="posted-on"><time class="posted-on entry-date published" datetime="${esc(published)}">${esc(published.slice(0, 10))}</time></div></header>
<section class="body-content"><div class="container"><div class="row"><div class="col-md-10 col-lg-8">
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p>###</p>
</div></div></div></section>
</article></main>
<footer class="footer"><p class="footer__copyright">The White House · 1600 Pennsylvania Ave NW · Washington, DC 20500</p></footer>
</body></html>`
  return { url: url ?? own, title, html }
}
