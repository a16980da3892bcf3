/**
 * Per-row validation of CSV rows (string cells, already split: parsing is not timed here):
 * - ours: the file import's row validator (FlowRowSink, derived from core's parsers and TradeFlow
 *   schema), which validates the cells straight into typed columns;
 * - peer: plain zod, i.e. what a loader without our import does: cells -> a TradeFlow object ->
 *   core's `TradeFlow.safeParse`; and the same with the schema compiled by `z.compile` (info).
 * Run on all-valid rows and on rows of which 10% are invalid (a month 13, a reporter that is not
 * a country code, a negative weight, an unknown flow, in turn). All must reject exactly the same rows.
 */
import { TradeFlow } from "@rareearth/core"
import { z } from "zod"
import { assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { CSV_HEADER, csvLine } from "../csv.ts"
import { SYNTHETIC_SOURCE } from "../generate.ts"
import { race, type Timing } from "../measure.ts"
import { formatMs, markdownTable, ratio } from "../report.ts"
import { FlowRowSink, RowBatch, resolveMapping } from "../sdk.ts"

/** At most this many rows are validated (the per-row cost does not change with more). */
const MAX_ROWS = 1_000_000

export const OURS_VALIDATOR = "FlowRowSink (import validator)"
const ZOD = "zod safeParse"
const ZOD_COMPILED = "zod safeParse, z.compile"

const column = (name: (typeof CSV_HEADER)[number]): number => CSV_HEADER.indexOf(name)
const PERIOD = column("period")
const REPORTER = column("reporter")
const FLOW = column("flow")
const WEIGHT = column("netWeightTonnes")

/** Corrupts the cells of row `index` in one of four ways, in turn. */
const corrupt = (cells: Array<string>, index: number): Array<string> => {
  const copy = [...cells]
  switch (Math.floor(index / 10) % 4) {
    case 0:
      copy[PERIOD] = "2025-13"
      break
    case 1:
      copy[REPORTER] = "C1"
      break
    case 2:
      copy[WEIGHT] = "-1"
      break
    default:
      copy[FLOW] = "exported"
  }
  return copy
}

/** What a validator answers about a set of rows: how many and which it rejected. */
interface Verdict {
  readonly rejected: number
  readonly rejectedIndexSum: number
  readonly firstRejected: ReadonlyArray<number>
}

const judge = (
  rows: ReadonlyArray<ReadonlyArray<string>>,
  isValid: (cells: ReadonlyArray<string>, index: number) => boolean,
): Verdict => {
  let rejected = 0
  let rejectedIndexSum = 0
  const firstRejected: Array<number> = []
  for (let index = 0; index < rows.length; index++) {
    if (!isValid(rows[index]!, index)) {
      rejected++
      rejectedIndexSum += index
      if (firstRejected.length < 5) firstRejected.push(index)
    }
  }
  return { rejected, rejectedIndexSum, firstRejected }
}

const SOURCES = [SYNTHETIC_SOURCE]
const CONFIDENCE = { kind: "official" } as const

/** Cells -> the TradeFlow object a plain zod loader would build (numbers converted, provenance added). */
const toObject = (cells: ReadonlyArray<string>): Record<string, unknown> => {
  const weight = cells[WEIGHT]!
  const value = cells[column("valueUsd")]!
  return {
    id: cells[0],
    period: cells[PERIOD],
    reporter: cells[REPORTER],
    partner: cells[column("partner")],
    flow: cells[FLOW],
    commodity: cells[column("commodity")],
    netWeightTonnes: weight === "" ? null : Number(weight),
    valueUsd: value === "" ? null : Number(value),
    sources: SOURCES,
    confidence: CONFIDENCE,
    vintage: cells[column("vintage")],
  }
}

/** Our validator over `rows`, a fresh sink and batch each run (as one import would). */
const ourRun = (rows: ReadonlyArray<ReadonlyArray<string>>): Verdict => {
  const sink = new FlowRowSink({
    file: "bench.csv",
    batch: new RowBatch(1 << 16),
    mapping: resolveMapping(undefined),
    provenance: { provenance: { sources: SOURCES, confidence: CONFIDENCE } },
    onReject: () => {},
  })
  sink.bindHeader(CSV_HEADER)
  return judge(rows, (cells, index) => sink.acceptFields(cells, cells.length, index + 2))
}

export const runValidateSuite = async (context: BenchContext): Promise<void> => {
  const { log, options } = context
  const data = context.data()
  const count = Math.min(data.size, MAX_ROWS)
  const rowsLabel = count.toLocaleString("en")
  log(`\n## Validation per row (${rowsLabel} CSV rows, cells already split)`)
  const valid = Array.from({ length: count }, (_, index) => csvLine(data, index).split(","))
  const mixed = valid.map((cells, index) => (index % 10 === 3 ? corrupt(cells, index) : cells))
  const plain = TradeFlow.TradeFlow
  const compiled = z.compile(TradeFlow.TradeFlow)

  const measure = async (label: string, rows: ReadonlyArray<ReadonlyArray<string>>) => {
    const result = await race<Verdict>(
      [
        { name: OURS_VALIDATOR, run: () => ourRun(rows) },
        { name: ZOD, run: () => judge(rows, (cells) => plain.safeParse(toObject(cells)).success) },
        {
          name: ZOD_COMPILED,
          run: () => judge(rows, (cells) => compiled.safeParse(toObject(cells)).success),
        },
      ],
      { rounds: options.rounds },
    )
    assertSameAnswers(`rows rejected (${label})`, result.answers)
    return { timings: result.timings, verdict: result.answers.get(OURS_VALIDATOR)! }
  }
  const allValid = await measure("all valid", valid)
  const tenPercent = await measure("10% invalid", mixed)
  if (allValid.verdict.rejected !== 0)
    throw new Error(`valid rows were rejected: ${JSON.stringify(allValid.verdict)}`)
  if (tenPercent.verdict.rejected !== Math.floor((count + 6) / 10)) {
    throw new Error(`expected every 10th row rejected, got ${JSON.stringify(tenPercent.verdict)}`)
  }
  const best = (timings: ReadonlyArray<Timing>, name: string) =>
    timings.find((timing) => timing.name === name)!.bestMs
  const names = [OURS_VALIDATOR, ZOD, ZOD_COMPILED]
  log(
    markdownTable(
      ["rows", ...names.map((name) => `${name} (per row)`), "rejected"],
      (
        [
          ["all valid", allValid],
          ["10% invalid", tenPercent],
        ] as const
      ).map(([label, { timings, verdict }]) => [
        label,
        ...names.map(
          (name) => `${formatMs(best(timings, name))} (${formatMs(best(timings, name) / count)})`,
        ),
        String(verdict.rejected),
      ]),
    ),
  )
  log("every validator rejected exactly the same rows")
  const suite = `validate ${rowsLabel}`
  context.ratios.push(
    ratio(
      suite,
      "per-row validation, all valid",
      { name: OURS_VALIDATOR, value: best(allValid.timings, OURS_VALIDATOR) },
      { name: ZOD, value: best(allValid.timings, ZOD) },
      "ms",
      { max: 1 / 3, text: "≥3× faster" },
    ),
    ratio(
      suite,
      "per-row validation, all valid",
      { name: OURS_VALIDATOR, value: best(allValid.timings, OURS_VALIDATOR) },
      { name: ZOD_COMPILED, value: best(allValid.timings, ZOD_COMPILED) },
      "ms",
    ),
    ratio(
      suite,
      "10% invalid vs all valid",
      { name: `${OURS_VALIDATOR} 10% invalid`, value: best(tenPercent.timings, OURS_VALIDATOR) },
      { name: "all valid", value: best(allValid.timings, OURS_VALIDATOR) },
      "ms",
      { max: 2, text: "≤2× slower" },
    ),
    ratio(
      suite,
      "10% invalid vs all valid",
      { name: `${ZOD} 10% invalid`, value: best(tenPercent.timings, ZOD) },
      { name: "all valid", value: best(allValid.timings, ZOD) },
      "ms",
    ),
  )
  context.results.validate = { rows: count, allValid, tenPercentInvalid: tenPercent }
}
