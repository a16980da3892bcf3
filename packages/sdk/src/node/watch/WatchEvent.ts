/**
 * Change events: a diff between the last dataset a watcher saw and the new one, one event per
 * record added, revised or removed and per measure whose status changed. Each event has an id
 * that never changes once given (the watcher's poll number and a hash of the change), which a
 * receiver can use to drop a repeated delivery (webhooks get it as the `Idempotency-Key`).
 * @since 0.2.0
 */
import { createHash } from "node:crypto"
import { Diff } from "@rareearth/core"
import type { SourceDiff } from "./DatasetReports.ts"

/** What changed. @category watch @since 0.2.0 */
export type WatchEventType = "record.added" | "record.revised" | "record.removed" | "status.changed"

/**
 * One change, as delivered (JSON).
 * @category watch
 * @since 0.2.0
 */
export interface WatchEvent {
  /** Stable: the same on every delivery attempt and after restarts, e.g. `3-9f86d081884c7d65`. */
  readonly id: string
  readonly type: WatchEventType
  /** The record kind (`flows`, `measures`...). */
  readonly kind: string
  readonly recordId: string
  /** The watched source. */
  readonly source: string
  /** When the watcher saw the change (ISO 8601). */
  readonly detectedAt: string
  readonly from: { readonly version: string; readonly asOf: string | null }
  readonly to: { readonly version: string; readonly asOf: string | null }
  /** The record, for `record.added` and `record.removed`. */
  readonly record?: unknown
  /** The revision (every changed field, old and new value, the sources before and after), for `record.revised`. */
  readonly revision?: Diff.Revision<unknown>
  /** The status before and after on the compared date, for `status.changed`. */
  readonly status?: Diff.StatusChange
}

const hash = (value: unknown): string =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16)

/**
 * The events of a diff, in the diff's order (by kind, then added, revised, removed, then the
 * status changes). `sequence` is the watcher's poll number: a change seen again later (a figure
 * revised back and forth) is a new event with a new id.
 * @example
 * ```ts
 * import { changeEvents, diffSources } from "@rareearth/sdk/node"
 * const diff = await diffSources({ kind: "embedded" }, { kind: "file", path: "next.json" })
 * changeEvents(diff, 1, new Date().toISOString()).map((event) => event.id)
 * ```
 * @category watch
 * @since 0.2.0
 */
export const changeEvents = (
  diff: SourceDiff,
  sequence: number,
  detectedAt: string,
): WatchEvent[] => {
  const base = {
    source: diff.sources.to,
    detectedAt,
    from: { version: diff.from.version, asOf: diff.from.asOf ?? null },
    to: { version: diff.to.version, asOf: diff.to.asOf ?? null },
  }
  const make = (
    type: WatchEventType,
    kind: string,
    recordId: string,
    payload: Pick<WatchEvent, "record" | "revision" | "status">,
  ): WatchEvent => ({
    id: `${sequence}-${hash([type, kind, recordId, payload])}`,
    type,
    kind,
    recordId,
    ...base,
    ...payload,
  })
  const events: WatchEvent[] = []
  for (const kind of diff.kinds) {
    const changes = diff.records[kind] as Diff.RecordChanges<unknown>
    for (const record of changes.added)
      events.push(make("record.added", kind, Diff.keyOf(record), { record }))
    for (const revision of changes.revised)
      events.push(make("record.revised", kind, revision.id, { revision }))
    for (const record of changes.removed)
      events.push(make("record.removed", kind, Diff.keyOf(record), { record }))
  }
  for (const status of diff.statusChanges)
    events.push(make("status.changed", status.kind, status.id, { status }))
  return events
}
