import { describe, expect, it } from 'vitest'
import {
  AbortedError,
  forEachChunked,
  splitAt,
  yieldToEventLoop,
} from '../../../src/content/chunks'
import { segmentParagraphs } from '../../../src/content/analyze-chunked'

describe('forEachChunked', () => {
  it('visits every item in order and yields when the slice budget is spent', async () => {
    let clock = 0
    const seen: number[] = []
    const items = Array.from({ length: 100 }, (_, i) => i)
    const slices = await forEachChunked(
      items,
      (x) => {
        seen.push(x)
        clock += 1 // each item "costs" 1 ms
      },
      { budgetMs: 10, now: () => clock },
    )
    expect(seen).toEqual(items)
    expect(slices).toBe(10)
  })

  it('never yields when everything fits in one slice', async () => {
    const slices = await forEachChunked([1, 2, 3], () => {}, { budgetMs: 1000 })
    expect(slices).toBe(1)
  })

  it('really gives the event loop back between slices', async () => {
    let timerRan = false
    setTimeout(() => (timerRan = true), 0)
    let clock = 0
    let sawTimerMidway = false
    await forEachChunked(
      Array.from({ length: 50 }, (_, i) => i),
      (i) => {
        clock += 5
        if (i === 49) sawTimerMidway = timerRan
      },
      { budgetMs: 8, now: () => clock },
    )
    expect(sawTimerMidway).toBe(true)
  })

  it('stops with AbortedError once the signal is aborted', async () => {
    const ac = new AbortController()
    let clock = 0
    const seen: number[] = []
    const p = forEachChunked(
      Array.from({ length: 100 }, (_, i) => i),
      (i) => {
        seen.push(i)
        clock += 4
        if (i === 10) ac.abort()
      },
      { budgetMs: 8, signal: ac.signal, now: () => clock },
    )
    await expect(p).rejects.toBeInstanceOf(AbortedError)
    expect(seen.length).toBe(11)
  })

  it('yieldToEventLoop resolves', async () => {
    await expect(yieldToEventLoop()).resolves.toBeUndefined()
  })
})

describe('splitAt / segmentParagraphs', () => {
  it('cuts at the last allowed cut point under each limit, covering the whole length', () => {
    expect(splitAt(100, 40, [10, 35, 50, 70, 90])).toEqual([
      [0, 35],
      [35, 70],
      [70, 100],
    ])
    expect(splitAt(100, 40, [])).toEqual([
      [0, 40],
      [40, 80],
      [80, 100],
    ])
  })

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
