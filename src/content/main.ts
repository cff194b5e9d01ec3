// Content script entry (filled in by the on-page feature work).
export {}
