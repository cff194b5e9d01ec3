// The figures of issue 7, their targets, and how they are printed.
export type Key =
  | 'analysis_chars_per_ms'
  | 'annotate_ms_20k'
  | 'annotate_ms_200k'
  | 'long_tasks_200k'
  | 'markjs_ratio'
  | 'detect_ms_non_readout'
  | 'content_script_kb_gz'
  | 'index_build_s_10k'
  | 'add_readout_ms_10k'
  | 'search_p95_ms_10k'
  | 'search_p95_ms_50k'
  | 'search_first_ms_10k'
  | 'search_recall'
  | 'search_precision'
  | 'flexsearch_first_ratio_10k'
  | 'annotate_vs_bare_20k'
  | 'longest_task_ms_2mb'
  | 'detect_vs_walk_non_readout'
  | 'index_build_vs_bulkput_10k'
  | 'search_vs_scan_p95_10k'
  | 'search_vs_scan_p95_50k'
  | 'novelty_vs_annotate_20k_2k'

export interface Target {
  key: Key
  label: string
  /** null: reported, no target. */
  test: ((v: number) => boolean) | null
  target: string
}

export const TARGETS: Target[] = [
  {
    key: 'analysis_chars_per_ms',
    label: 'core analysis, 200k-char readout (Node)',
    test: null,
    target: '—',
  },
  {
    key: 'annotate_ms_20k',
    label: 'annotate 20k-char page (ms)',
    test: (v) => v <= 10,
    target: '≤ 10',
  },
  {
    key: 'annotate_ms_200k',
    label: 'annotate 200k-char page (ms)',
    test: (v) => v <= 80,
    target: '≤ 80',
  },
  {
    key: 'long_tasks_200k',
    label: 'long tasks > 50 ms while annotating 200k',
    test: (v) => v === 0,
    target: '= 0',
  },
  {
    key: 'markjs_ratio',
    label: 'mark.js time / ours, 20k page',
    test: (v) => v >= 50,
    target: '≥ 50',
  },
  {
    key: 'detect_ms_non_readout',
    label: 'content script on a 50k-char non-readout page (ms)',
    test: (v) => v <= 2,
    target: '≤ 2',
  },
  {
    key: 'content_script_kb_gz',
    label: 'content script before detection (KB gz)',
    test: (v) => v <= 40,
    target: '≤ 40',
  },
  {
    key: 'index_build_s_10k',
    label: 'import 10k events into IndexedDB (s)',
    test: (v) => v <= 15,
    target: '≤ 15',
  },
  {
    key: 'add_readout_ms_10k',
    label: 'save a visited readout, 10k index (ms)',
    test: (v) => v <= 50,
    target: '≤ 50',
  },
  {
    key: 'search_p95_ms_10k',
    label: 'popup search p95, 10k (ms)',
    test: (v) => v <= 10,
    target: '≤ 10',
  },
  {
    key: 'search_p95_ms_50k',
    label: 'popup search p95, 50k (ms)',
    test: (v) => v <= 20,
    target: '≤ 20',
  },
  {
    key: 'search_first_ms_10k',
    label: 'popup open → first results, 10k (ms)',
    test: (v) => v <= 100,
    target: '≤ 100',
  },
  {
    key: 'search_recall',
    label: 'search recall vs brute force',
    test: (v) => v === 1,
    target: '= 1',
  },
  {
    key: 'search_precision',
    label: 'search precision vs brute force',
    test: (v) => v === 1,
    target: '= 1',
  },
  {
    key: 'flexsearch_first_ratio_10k',
    label: 'FlexSearch first results / ours, 10k',
    test: (v) => v >= 10,
    target: '≥ 10',
  },
  {
    key: 'annotate_vs_bare_20k',
    label: 'our annotation / a bare Highlight-API pass, same page and phrases',
    test: (v) => v <= 2.5,
    target: '≤ 2.5',
  },
  {
    key: 'longest_task_ms_2mb',
    label: 'longest main-thread task while annotating a 2 MB article (ms)',
    test: (v) => v <= 50,
    target: '≤ 50',
  },
  {
    key: 'detect_vs_walk_non_readout',
    label: 'detection / a plain TreeWalker text collection, same non-readout page',
    test: (v) => v <= 1.5,
    target: '≤ 1.5',
  },
  {
    key: 'index_build_vs_bulkput_10k',
    label: 'our import / a bare Dexie bulkPut of the rows it writes, 10k',
    test: (v) => v <= 2,
    target: '≤ 2',
  },
  {
    key: 'search_vs_scan_p95_10k',
    label: 'popup search p95 / in-memory includes scan, 10k',
    test: (v) => v <= 1,
    target: '≤ 1',
  },
  {
    key: 'search_vs_scan_p95_50k',
    label: 'popup search p95 / in-memory includes scan, 50k',
    test: (v) => v <= 1,
    target: '≤ 1',
  },
  {
    key: 'novelty_vs_annotate_20k_2k',
    label:
      'novelty of a 20k readout against a 2k index (background; worst of after an import, warm, restarted) / its annotation',
    test: (v) => v <= 0.5,
    target: '≤ 0.5',
  },
]
