// Maximum-weight assignment (Hungarian method, O(n²m)) between rows and columns of a score
// matrix: which sentence of one readout goes with which of the other when every sentence is
// used at most once. Deterministic: ties go to the lower index.

/** `score[i][j]` ≥ 0; returns for each row its column, or -1. Pairs of score 0 stay unassigned. */
export function assign(score: readonly Float64Array[], columns: number): Int32Array {
  const rows = score.length
  const result = new Int32Array(rows).fill(-1)
  if (rows === 0 || columns === 0) return result
  if (rows > columns) {
    // Solve the transposed problem (the method needs rows ≤ columns).
    const t = Array.from({ length: columns }, (_, j) => Float64Array.from(score, (r) => r[j]!))
    const back = assign(t, rows)
    back.forEach((i, j) => {
      if (i >= 0) result[i] = j
    })
    return result
  }
  // Minimise cost = max - score, 1-based arrays as in the classic formulation.
  let max = 0
  for (const r of score) for (const v of r) if (v > max) max = v
  const n = rows
  const m = columns
  const u = new Float64Array(n + 1)
  const v = new Float64Array(m + 1)
  const p = new Int32Array(m + 1)
  const way = new Int32Array(m + 1)
  const minv = new Float64Array(m + 1)
  const used = new Uint8Array(m + 1)
  for (let i = 1; i <= n; i++) {
    p[0] = i
    let j0 = 0
    minv.fill(Infinity)
    used.fill(0)
    do {
      used[j0] = 1
      const i0 = p[j0]!
      const row = score[i0 - 1]!
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue
        const cur = max - row[j - 1]! - u[i0]! - v[j]!
        if (cur < minv[j]!) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j]! < delta) {
          delta = minv[j]!
          j1 = j
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta
          v[j] = v[j]! - delta
        } else minv[j] = minv[j]! - delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0]!
      p[j0] = p[j1]!
      j0 = j1
    } while (j0 !== 0)
  }
  for (let j = 1; j <= m; j++) {
    const i = p[j]!
    if (i > 0 && score[i - 1]![j - 1]! > 0) result[i - 1] = j - 1
  }
  return result
}
