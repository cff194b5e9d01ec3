// Drives an archive job step by step until it is done, stopped, or the caller asks it to halt
// (pause/cancel/a closing process): the state is handed to `save` after every step. A halt
// may interrupt a step mid-wait (deps.sleep rejects): that step is dropped, the saved state
// is the one before it, and resuming repeats its request.
import { newPacer, step, type ArchiveDeps, type ArchiveJob } from './job'

export interface RunHooks {
  /** Called with each new state (persist it; update a progress bar). */
  save(job: ArchiveJob): Promise<void> | void
  /** True when the run must end after the current step (pause, cancel, shutdown). */
  halted(): boolean
}

export async function runArchiveJob(
  job: ArchiveJob,
  deps: ArchiveDeps,
  hooks: RunHooks,
): Promise<ArchiveJob> {
  const pacer = newPacer()
  let current = job
  while (current.status === 'running' && !hooks.halted()) {
    try {
      current = await step(current, deps, pacer)
    } catch (e) {
      if (hooks.halted()) break
      // The sink failed (storage full, database gone): stop and say so; nothing half-written.
      const message = (e as Error).message || String(e)
      // (Dexie wraps the browser's QuotaExceededError as `inner`.)
      const inner = (e as { inner?: { name?: string } }).inner
      const quota =
        [(e as Error).name, inner?.name].includes('QuotaExceededError') || /quota/i.test(message)
      current = {
        ...current,
        status: 'stopped',
        stopReason: `the index could not be written (${message}); nothing of this story was saved — free some space and resume.`,
        stop: { code: 'write', message, quota },
      }
    }
    await hooks.save(current)
  }
  return current
}
