// Keyboard for the compare views' row lists: j/k (or ↓/↑) to the next/previous row, n/p to the
// next/previous row that `isStop` picks (a difference, a topic only one side mentions).
import type { RefObject } from 'preact'
import { useEffect } from 'preact/hooks'

export function useRowKeys(
  list: RefObject<HTMLElement>,
  isStop: (row: HTMLElement) => boolean,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const target = e.target as HTMLElement | null
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return
      const items = [...(list.current?.querySelectorAll<HTMLElement>('li.row') ?? [])]
      if (items.length === 0) return
      const cur = items.indexOf(document.activeElement as HTMLElement)
      const step = (dir: 1 | -1, stopsOnly: boolean) => {
        for (let i = cur + dir; i >= 0 && i < items.length; i += dir) {
          if (!stopsOnly || isStop(items[i]!)) return items[i]!.focus()
        }
      }
      if (e.key === 'j' || e.key === 'ArrowDown') step(1, false)
      else if (e.key === 'k' || e.key === 'ArrowUp') step(-1, false)
      else if (e.key === 'n') step(1, true)
      else if (e.key === 'p') step(-1, true)
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
