import { describe, expect, it } from 'vitest'
import { AbortedError, yieldToEventLoop } from '../../../src/shared/chunks'

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
