/**
 * How long a stop may take. The process gives a stopping command {@link STOP_GRACE_MS} to finish
 * cleanly before it ends by the signal (`main.ts`); `serve --workers` gives its workers
 * {@link WORKERS_STOP_GRACE_MS} to finish their answers before it kills them, less than the
 * process's grace, so that the primary still exits cleanly (status 0) once they are gone. With
 * 5 s for the workers against 1.5 s for the process, a stop under load ended the primary by
 * SIGTERM while its workers were still closing.
 */

/** How long a stopping command may take to finish cleanly before the process goes anyway. */
export const STOP_GRACE_MS = 1_500

/** How long `serve --workers` waits for its workers to stop before it kills them. */
export const WORKERS_STOP_GRACE_MS = 1_000
