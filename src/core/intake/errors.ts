// Typed intake failure: callers (CLI, content script) show `message` as is and may branch on `code`.
export type IntakeErrorCode =
  | 'empty'
  | 'binary'
  /** Bytes that decode in none of the encodings tried. */
  | 'encoding'
  | 'unreadable'
  | 'no-body'
  | 'front-matter'
  | 'needs-html-parser'

export class IntakeError extends Error {
  readonly code: IntakeErrorCode

  constructor(code: IntakeErrorCode, message: string) {
    super(message)
    this.name = 'IntakeError'
    this.code = code
  }
}
