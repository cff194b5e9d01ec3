// Intake: every source shape the project reads becomes one `Article`.
export { parseText, type IntakeOptions } from './text'
export { parseMarkdown, type HtmlToArticle, type MarkdownOptions } from './markdown'
export { detectFormat, type SourceFormat } from './format'
export { IntakeError, type IntakeErrorCode } from './errors'
export { parseFrontMatter, type FrontMatter } from './front-matter'
export { parseDateline, parseFrontMatterDate, dateFromUrl } from './published'
export { outletFromUrl } from './outlet'
