import { describe, expect, it } from 'vitest'
import { AbortedError, yieldToEventLoop } from '../../../src/shared/chunks'
import { segmentParagraphs } from '../../../src/content/analyze-chunked'

describe('yieldToEventLoop', () => {
  it('gives the event loop back: a timer runs while a loop does nothing but yield', async () => {
    let timerRan = false
    setTimeout(() => (timerRan = true), 0)
    // Microtasks alone would never let the timer run: this loop would then end at 10,000.
    let n = 0
    while (!timerRan && n < 10_000) {
      await yieldToEventLoop()
      n++
    }
    expect(timerRan).toBe(true)
  })

  it('AbortedError is an AbortError', () => {
    expect(new AbortedError().name).toBe('AbortError')
  })
})

describe('segmentParagraphs', () => {
  it('groups consecutive paragraphs into segments of about the target size', () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => ({
      text: 'x'.repeat(99),
      start: i * 100,
      end: i * 100 + 99,
    }))
    const segs = segmentParagraphs(paragraphs, 350)
    expect(segs).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ])
    // A smaller first segment.
    expect(segmentParagraphs(paragraphs, 350, 150)).toEqual([
      [0, 1],
      [1, 4],
      [4, 7],
      [7, 10],
    ])
    // A paragraph longer than the target still forms its own segment.
    expect(segmentParagraphs([{ text: '', start: 0, end: 1000 }], 10)).toEqual([[0, 1]])
  })
})
