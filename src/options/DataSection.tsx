// The user's index: saving visited readouts, storage used, export, import, clear.
// The options page opens the database itself (same extension origin as the background): large
// files never travel through runtime messages; the background's search cache notices the
// change through the `rev` counter every write bumps.
import { useEffect, useRef, useState } from 'preact/hooks'
import { getDb } from '../shared/db/open'
import { toFailure } from '../shared/errors'
import {
  checkImport,
  exportIndex,
  exportJson,
  importIndex,
  MAX_IMPORT_BYTES,
} from '../shared/index/transfer'
import { clearIndex } from '../shared/index/write'
import { errorText, formatBytes, t } from '../shared/i18n'
import type { LensSettings } from '../shared/settings'
import { INDEX_CHANGED } from './SavedPages'

type Note = { kind: 'ok' | 'error' | 'busy'; text: string; seq: number }

let noteSeq = 0

interface Exported {
  url: string
  name: string
  events: number
  seq: number
}

const failure = (e: unknown): string => errorText('options', toFailure(e).error)

export function DataSection({
  settings,
  update,
  onCleared,
}: {
  settings: LensSettings
  update: (patch: Partial<LensSettings>) => void
  onCleared: () => Promise<void>
}) {
  const [usage, setUsage] = useState<{ events: number; bytes: number | null } | null>(null)
  const [note, setNote] = useState<Note | null>(null)
  const [exported, setExported] = useState<Exported | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = async () => {
    try {
      const db = await getDb()
      const events = await db.events.count()
      const bytes = (await navigator.storage?.estimate?.())?.usage ?? null
      setUsage({ events, bytes })
    } catch (e) {
      setUsage(null)
      setNote({ seq: ++noteSeq, kind: 'error', text: failure(e) })
    }
  }
  useEffect(() => {
    void refresh()
    // Saved pages imported in the section above change the count.
    const recount = () => void refresh()
    window.addEventListener(INDEX_CHANGED, recount)
    return () => window.removeEventListener(INDEX_CHANGED, recount)
  }, [])

  const doExport = async () => {
    try {
      const index = await exportIndex(await getDb())
      const blob = new Blob([exportJson(index)], { type: 'application/json' })
      if (exported) URL.revokeObjectURL(exported.url)
      const url = URL.createObjectURL(blob)
      const name = `readout-lens-index-${index.builtAt.slice(0, 10)}.json`
      setExported({ url, name, events: index.events.length, seq: ++noteSeq })
      const a = document.createElement('a')
      a.href = url
      a.download = name
      a.click()
      setNote(null)
    } catch (e) {
      setNote({ seq: ++noteSeq, kind: 'error', text: failure(e) })
    }
  }

  const doImport = async (file: File) => {
    setBusy(true)
    setNote({ seq: ++noteSeq, kind: 'busy', text: t('optionsImporting') })
    try {
      // Oversized files are refused before being read.
      const check =
        file.size > MAX_IMPORT_BYTES
          ? checkImport('', file.size)
          : checkImport(await file.text(), file.size)
      if (!check.ok) {
        setNote({ seq: ++noteSeq, kind: 'error', text: t('optionsImportRejected', check.message) })
        return
      }
      const r = await importIndex(await getDb(), check.index)
      setNote({
        seq: ++noteSeq,
        kind: 'ok',
        text: t('optionsImported', r.added, r.updated, r.unchanged),
      })
    } catch (e) {
      setNote({ seq: ++noteSeq, kind: 'error', text: failure(e) })
    } finally {
      setBusy(false)
      if (fileInput.current) fileInput.current.value = ''
      await refresh()
    }
  }

  const doClear = async () => {
    setConfirming(false)
    try {
      await clearIndex(await getDb())
      await onCleared()
      setNote({ seq: ++noteSeq, kind: 'ok', text: t('optionsCleared') })
    } catch (e) {
      setNote({ seq: ++noteSeq, kind: 'error', text: failure(e) })
    }
    await refresh()
  }

  return (
    <section aria-labelledby="h-data">
      <h2 id="h-data">{t('optionsSaving')}</h2>
      <label class="row">
        <input
          type="checkbox"
          name="saveVisited"
          checked={settings.saveVisited}
          onChange={(e) => update({ saveVisited: e.currentTarget.checked })}
        />
        {t('optionsSaveVisited')}
      </label>
      <p data-testid="storage-used">
        {usage && t('optionsStorageUsed', usage.events, formatBytes(usage.bytes))}
      </p>
      <div class="buttons">
        <button type="button" name="export" onClick={doExport} disabled={busy}>
          {t('optionsExport')}
        </button>
        <label class="file">
          {t('optionsImport')}
          <input
            ref={fileInput}
            type="file"
            name="import"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0]
              if (f) void doImport(f)
            }}
          />
        </label>
        <button
          type="button"
          name="clear"
          class="danger"
          onClick={() => setConfirming(true)}
          disabled={busy}
        >
          {t('optionsClear')}
        </button>
      </div>
      {exported && (
        <p>
          {t('optionsExported', exported.events)}{' '}
          <a
            href={exported.url}
            download={exported.name}
            data-testid="export-link"
            data-seq={exported.seq}
          >
            {exported.name}
          </a>
        </p>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="confirm-text" class="confirm">
          <p id="confirm-text">{t('optionsClearConfirm')}</p>
          <button type="button" name="confirm-clear" class="danger" onClick={doClear}>
            {t('optionsClearYes')}
          </button>{' '}
          <button type="button" name="cancel-clear" autoFocus onClick={() => setConfirming(false)}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
      <p
        role={note?.kind === 'error' ? 'alert' : 'status'}
        data-testid="data-note"
        data-seq={note?.seq ?? 0}
        data-kind={note?.kind ?? ''}
        class={note?.kind ?? ''}
      >
        {note?.text ?? ''}
      </p>
    </section>
  )
}
