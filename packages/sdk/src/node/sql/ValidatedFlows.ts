/**
 * The one validator of rows bound for a SQL store, and the batch it produces. `sync` checks each
 * record as it reads it (to report or skip rejected rows) and hands the stores a
 * {@link ValidatedFlows} batch; a store given one writes it without checking its rows again. A
 * batch is trusted because this module made it (it is recorded here and frozen), never because
 * of a type cast or a flag: a plain array, whatever its type says, is validated by the store.
 * Internal to `@rareearth/sdk/node` (not exported from the package).
 * @since 0.1.0
 */
import { InputError, TradeFlow } from "@rareearth/core"
import * as z from "zod/mini"
import { StoreError } from "../../Errors.ts"

declare const validated: unique symbol

/**
 * Trade flows checked by {@link checkFlow}, as parsed (defaults applied, unknown keys dropped),
 * in a frozen array. Only {@link collectFlows} and {@link validateFlows} make one.
 * @category stores
 * @since 0.1.0
 */
export type ValidatedFlows = ReadonlyArray<TradeFlow.TradeFlow> & { readonly [validated]: true }

/** The batches this module made; membership, not the type, is what a store trusts. */
const batches = new WeakSet<ReadonlyArray<TradeFlow.TradeFlow>>()

let compiled: typeof TradeFlow.TradeFlow | undefined

/** core's TradeFlow schema, compiled once (about 4x faster than interpreting it per row). */
const tradeFlowSchema = (): typeof TradeFlow.TradeFlow => {
  if (compiled === undefined) {
    try {
      compiled = z.compile(TradeFlow.TradeFlow)
    } catch {
      // A Content-Security-Policy without 'unsafe-eval' forbids generated code: interpret it.
      compiled = TradeFlow.TradeFlow
    }
  }
  return compiled
}

/**
 * Checks one record against core's TradeFlow schema: the parsed flow, or zod's issues.
 * @category stores
 * @since 0.1.0
 */
export const checkFlow = (
  record: unknown,
):
  | { readonly success: true; readonly data: TradeFlow.TradeFlow }
  | { readonly success: false; readonly issues: ReadonlyArray<z.core.$ZodIssue> } => {
  const result = tradeFlowSchema().safeParse(record)
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues }
}

const seal = (rows: Array<TradeFlow.TradeFlow>): ValidatedFlows => {
  Object.freeze(rows)
  batches.add(rows)
  return rows as unknown as ValidatedFlows
}

/**
 * Collects records one at a time (as `sync` reads them): `add` keeps a valid record and
 * returns undefined, or returns the issues of an invalid one (which is not kept); `finish`
 * seals the valid ones into a batch (the collector accepts nothing after that).
 * @category stores
 * @since 0.1.0
 */
export const collectFlows = (): {
  readonly add: (record: unknown) => ReadonlyArray<z.core.$ZodIssue> | undefined
  readonly size: () => number
  readonly finish: () => ValidatedFlows
} => {
  let rows: Array<TradeFlow.TradeFlow> | undefined = []
  const open = (): Array<TradeFlow.TradeFlow> => {
    if (rows === undefined) throw new Error("collectFlows: the batch is already finished")
    return rows
  }
  return {
    add: (record) => {
      const result = checkFlow(record)
      if (!result.success) return result.issues
      open().push(result.data)
      return undefined
    },
    size: () => open().length,
    finish: () => {
      const batch = seal(open())
      rows = undefined
      return batch
    },
  }
}

/**
 * True when `flows` is a batch this module made (its rows need no second check).
 * @category stores
 * @since 0.1.0
 */
export const isValidated = (flows: ReadonlyArray<TradeFlow.TradeFlow>): flows is ValidatedFlows =>
  batches.has(flows)

/**
 * The rows of a write, validated as they are needed: `through(end)` checks rows up to `end`
 * (once each) and throws a StoreError naming the first invalid one, before any of it is used.
 * A store that streams rows (PostgreSQL's COPY) checks each chunk just before sending it, so the
 * check overlaps with the database's work on the previous chunk; the transaction makes the
 * write all or nothing either way. A {@link ValidatedFlows} batch needs no check at all.
 * @category stores
 * @since 0.1.0
 */
export interface FlowsToWrite {
  /** The rows; those before the last `through(end)` are validated (all of a trusted batch). */
  readonly rows: ReadonlyArray<TradeFlow.TradeFlow>
  readonly through: (end: number) => void
}

export const flowsToWrite = (
  store: string,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
): FlowsToWrite => {
  if (isValidated(flows)) return { rows: flows, through: () => undefined }
  const parsed: Array<TradeFlow.TradeFlow> = new Array(flows.length)
  let checked = 0
  return {
    rows: parsed,
    through: (end) => {
      const last = Math.min(end, flows.length)
      for (let i = checked; i < last; i++) {
        const result = checkFlow(flows[i])
        if (!result.success) {
          const id = (flows[i] as { id?: unknown } | undefined)?.id
          throw new StoreError({
            message: `${store}: Invalid trade flow at index ${i}${typeof id === "string" ? ` (id "${id}")` : ""}: ${InputError.formatIssues(result.issues)}. Nothing was written.`,
            store,
            operation: "write",
            cause: result.issues,
          })
        }
        parsed[i] = result.data
      }
      if (last > checked) checked = last
    },
  }
}

/**
 * The rows of a write, validated: a {@link ValidatedFlows} batch as it is, any other array
 * checked row by row (one invalid row fails the whole write with a StoreError naming its index
 * and id, before anything is written).
 * @category stores
 * @since 0.1.0
 */
export const validateFlows = (
  store: string,
  flows: ReadonlyArray<TradeFlow.TradeFlow>,
): ValidatedFlows => {
  if (isValidated(flows)) return flows
  const toWrite = flowsToWrite(store, flows)
  toWrite.through(flows.length)
  return seal(toWrite.rows as Array<TradeFlow.TradeFlow>)
}
