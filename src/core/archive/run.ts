// Drives an archive job step by step until it is done, stopped, or the caller asks it to halt
// (pause/cancel/a closing process): the state is handed to `save` after every step.
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
    current = await step(current, deps, pacer)
    await hooks.save(current)
  }
  return current
}
