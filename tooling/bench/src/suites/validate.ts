/**
 * Validation, at two levels, on all-valid rows and on rows of which 10% are invalid (a month 13,
 * a reporter that is not a country code, a negative weight, an unknown flow, in turn). Every
 * contender must reject exactly the same rows.
 *
 * 1. Per row, on TradeFlow objects (built before timing): the import's row validator
 *    (`FlowRowSink.acceptRecord`, derived from core's parsers and TradeFlow schema; it also writes
 *    the row into typed columns) vs plain `TradeFlow.safeParse` vs the schema compiled by `z.compile`.
 * 2. Per file, through public APIs: `importFlowsFromFileAsync` (mode "valid-rows": parse, validate,
 *    store) vs what a loader without our import does: uDSV -> a TradeFlow object per row -> `safeParse`.
 */
import { TradeFlow } from "@rareearth/core"
import { z } from "zod"
import { assertSameAnswers } from "../compare.ts"
import type { BenchContext } from "../context.ts"
import { CSV_HEADER, csvFileName, csvLine, writeCsv } from "../csv.ts"
import { parseWithUdsv } from "../engines/udsv.ts"
import { type FlowColumns, SYNTHETIC_SOURCE, toTradeFlow } from "../generate.ts"
import { race, type Timing } from "../measure.ts"
import { formatMs, markdownTable, type Ratio, ratio } from "../report.ts"
import { FlowRowSink, importFlowsFromFileAsync, RowBatch, resolveMapping } from "../sdk.ts"

/** At most this many rows are validated (the per-row cost does not change with more). */
const MAX_ROWS = 1_000_000

const OURS_ROW = "FlowRowSink.acceptRecord"
const ZOD = "zod safeParse"
const ZOD_COMPILED = "zod safeParse, z.compile"
const OURS_FILE = "importFlowsFromFileAsync (valid-rows)"
const ZOD_FILE = "uDSV + object + zod safeParse"

const SOURCES = [SYNTHETIC_SOURCE]
const CONFIDENCE = { kind: "official" } as const

/** Whether row `index` is corrupted in the 10%-invalid set. */
const isCorrupted = (index: number): boolean => index % 10 === 3

/** The corruption of row `index` (four kinds, in turn): the field and its bad value. */
const corruption = (
  index: number,
): { field: "period" | "reporter" | "netWeightTonnes" | "flow"; value: string } => {
  switch (Math.floor(index / 10) % 4) {
    case 0:
      return { field: "period", value: "2025-13" }
    case 1:
      return { field: "reporter", value: "C1" }
    case 2:
      return { field: "netWeightTonnes", value: "-1" }
    default:
      return { field: "flow", value: "exported" }
  }
}

const corruptObject = (flow: TradeFlow.TradeFlow, index: number): Record<string, unknown> => {
  const { field, value } = corruption(index)
  return { ...flow, [field]: field === "netWeightTonnes" ? Number(value) : value }
}

const corruptLine = (data: FlowColumns, index: number): string => {
  const cells = csvLine(data, index).split(",")
  const { field, value } = corruption(index)
  cells[CSV_HEADER.indexOf(field)] = value
  return cells.join(",")
}

/** What a validator answers about a set of rows: how many and which it rejected. */
interface Verdict {
  readonly rejected: number
  readonly rejectedIndexSum: number
}

const judge = (
  values: ReadonlyArray<unknown>,
  isValid: (value: unknown, index: number) => boolean,
): Verdict => {
  let rejected = 0
  let rejectedIndexSum = 0
  for (let index = 0; index < values.length; index++) {
    if (!isValid(values[index], index)) {
      rejected++
      rejectedIndexSum += index
    }
  }
  return { rejected, rejectedIndexSum }
}

/**
 * A fresh row validator, as one import makes: its batch sized for the rows up front, as the
 * import sizes it from the file's size. A batch regrown as rows arrive leaves large dead buffers
 * whose collection (a full GC of the million objects the suite holds) lands in whichever run
 * next allocates: a run with rejected rows (each rejection allocates its RejectedRow) paid for
 * the all-valid runs' collections, and measured 2x slower for it.
 */
const makeSink = (rows: number): FlowRowSink =>
  new FlowRowSink({
    file: "bench.json",
    batch: new RowBatch(rows),
    mapping: resolveMapping(undefined),
    provenance: { provenance: { sources: SOURCES, confidence: CONFIDENCE } },
    onReject: () => {},
  })

/** Cells -> the TradeFlow object a plain zod loader builds (numbers converted, provenance added). */
const column = (name: (typeof CSV_HEADER)[number]): number => CSV_HEADER.indexOf(name)
const toObject = (cells: ReadonlyArray<string>): Record<string, unknown> => {
  const weight = cells[column("netWeightTonnes")]!
  const value = cells[column("valueUsd")]!
  return {
    id: cells[column("id")],
    period: cells[column("period")],
    reporter: cells[column("reporter")],
    partner: cells[column("partner")],
    flow: cells[column("flow")],
    commodity: cells[column("commodity")],
    netWeightTonnes: weight === "" ? null : Number(weight),
    valueUsd: value === "" ? null : Number(value),
    sources: SOURCES,
    confidence: CONFIDENCE,
    vintage: cells[column("vintage")],
  }
}

const bestOf = (timings: ReadonlyArray<Timing>, name: string): number =>
  timings.find((timing) => timing.name === name)!.bestMs

/** 1. Per row, on objects. A function of its own, so that its million objects are garbage afterwards. */
const validatePerRow = async (
  context: BenchContext,
  data: FlowColumns,
  count: number,
  ratios: Array<Ratio>,
) => {
  const { log, options } = context
  const rowsLabel = count.toLocaleString("en")
  const expectedRejected = Math.floor((count + 6) / 10)
  const suite = `validate ${rowsLabel}`
  log(`\n## Validation per row (${rowsLabel} TradeFlow objects, built before timing)`)
  const valid = Array.from({ length: count }, (_, index) => toTradeFlow(data, index))
  const mixed = valid.map((flow, index) => (isCorrupted(index) ? corruptObject(flow, index) : flow))
  const plain = TradeFlow.TradeFlow
  const compiled = z.compile(TradeFlow.TradeFlow)
  const perRow = async (label: string, values: ReadonlyArray<unknown>) => {
    const result = await race<Verdict>(
      [
        {
          name: OURS_ROW,
          run: () => {
            const sink = makeSink(values.length)
            return judge(values, (value, index) => sink.acceptRecord(value, index + 1))
          },
        },
        { name: ZOD, run: () => judge(values, (value) => plain.safeParse(value).success) },
        {
          name: ZOD_COMPILED,
          run: () => judge(values, (value) => compiled.safeParse(value).success),
        },
      ],
      { rounds: options.rounds },
    )
    assertSameAnswers(`rows rejected per row (${label})`, result.answers)
    return { timings: result.timings, verdict: result.answers.get(OURS_ROW)! }
  }
  const rowValid = await perRow("all valid", valid)
  const rowMixed = await perRow("10% invalid", mixed)
  if (rowValid.verdict.rejected !== 0 || rowMixed.verdict.rejected !== expectedRejected) {
    throw new Error(
      `expected 0 and ${expectedRejected} rejected rows, got ${rowValid.verdict.rejected} and ${rowMixed.verdict.rejected}`,
    )
  }
  const rowNames = [OURS_ROW, ZOD, ZOD_COMPILED]
  log(
    markdownTable(
      ["rows", ...rowNames.map((name) => `${name} (per row)`), "rejected"],
      (
        [
          ["all valid", rowValid],
          ["10% invalid", rowMixed],
        ] as const
      ).map(([label, { timings, verdict }]) => [
        label,
        ...rowNames.map(
          (name) =>
            `${formatMs(bestOf(timings, name))} (${formatMs(bestOf(timings, name) / count)})`,
        ),
        String(verdict.rejected),
      ]),
    ),
  )
  log("every validator rejected exactly the same rows")
  ratios.push(
    ratio(
      suite,
      "per-row validation, all valid",
      { name: OURS_ROW, value: bestOf(rowValid.timings, OURS_ROW) },
      { name: ZOD, value: bestOf(rowValid.timings, ZOD) },
      "ms",
      { max: 1 / 3, text: "≥3× faster" },
    ),
    ratio(
      suite,
      "per-row validation, all valid",
      { name: OURS_ROW, value: bestOf(rowValid.timings, OURS_ROW) },
      { name: ZOD_COMPILED, value: bestOf(rowValid.timings, ZOD_COMPILED) },
      "ms",
    ),
    ratio(
      suite,
      "per-row validation, 10% invalid vs all valid",
      { name: `${OURS_ROW} 10% invalid`, value: bestOf(rowMixed.timings, OURS_ROW) },
      { name: "all valid", value: bestOf(rowValid.timings, OURS_ROW) },
      "ms",
      { max: 2, text: "≤2× slower" },
    ),
    ratio(
      suite,
      "per-row validation, 10% invalid vs all valid",
      { name: `${ZOD} 10% invalid`, value: bestOf(rowMixed.timings, ZOD) },
      { name: "all valid", value: bestOf(rowValid.timings, ZOD) },
      "ms",
    ),
  )

  return { allValid: rowValid, tenPercentInvalid: rowMixed }
}

/** 2. Per file, through public APIs. */
const validatePerFile = async (
  context: BenchContext,
  data: FlowColumns,
  count: number,
  ratios: Array<Ratio>,
) => {
  const { log, options } = context
  const suite = `validate ${count.toLocaleString("en")}`
  const plain = TradeFlow.TradeFlow
  const validCsv = context.csv()
  const mixedCsv = writeCsv(
    data,
    `${context.cacheDirectory}/${csvFileName(data.size, options.seed).replace(".csv", "-invalid10.csv")}`,
    (index) => (isCorrupted(index) ? corruptLine(data, index) : csvLine(data, index)),
  )
  log(`\n## Validation per file (${data.size.toLocaleString("en")} CSV rows: parse + validate)`)
  const perFile = async (label: string, path: string) => {
    const result = await race<number>(
      [
        {
          name: OURS_FILE,
          run: async () =>
            (
              await importFlowsFromFileAsync(path, {
                format: "csv",
                source: SYNTHETIC_SOURCE,
                confidence: CONFIDENCE,
                mode: "valid-rows",
                maxRejected: 10,
              })
            ).summary.rejectedRows,
        },
        {
          name: ZOD_FILE,
          run: async () => {
            let rejected = 0
            await parseWithUdsv(path, CSV_HEADER, (cells) => {
              if (!plain.safeParse(toObject(cells)).success) rejected++
            })
            return rejected
          },
        },
      ],
      { rounds: options.rounds },
    )
    assertSameAnswers(`rows rejected per file (${label})`, result.answers)
    return { timings: result.timings, rejected: result.answers.get(OURS_FILE)! }
  }
  const fileValid = await perFile("all valid", validCsv.path)
  const fileMixed = await perFile("10% invalid", mixedCsv.path)
  const fileNames = [OURS_FILE, ZOD_FILE]
  log(
    markdownTable(
      ["file", ...fileNames, "rejected"],
      (
        [
          ["all valid", fileValid],
          ["10% invalid", fileMixed],
        ] as const
      ).map(([label, { timings, rejected }]) => [
        label,
        ...fileNames.map((name) => formatMs(bestOf(timings, name))),
        String(rejected),
      ]),
    ),
  )
  log("both rejected exactly as many rows")
  ratios.push(
    ratio(
      suite,
      "CSV file: parse + validate, all valid",
      { name: OURS_FILE, value: bestOf(fileValid.timings, OURS_FILE) },
      { name: ZOD_FILE, value: bestOf(fileValid.timings, ZOD_FILE) },
      "ms",
    ),
    ratio(
      suite,
      "CSV file: 10% invalid vs all valid",
      { name: `${OURS_FILE} 10% invalid`, value: bestOf(fileMixed.timings, OURS_FILE) },
      { name: "all valid", value: bestOf(fileValid.timings, OURS_FILE) },
      "ms",
      { max: 2, text: "≤2× slower" },
    ),
  )
  return { rows: data.size, allValid: fileValid, tenPercentInvalid: fileMixed }
}

export const runValidateSuite = async (context: BenchContext): Promise<void> => {
  const data = context.data()
  const count = Math.min(data.size, MAX_ROWS)
  const ratios: Array<Ratio> = []
  const perRow = await validatePerRow(context, data, count, ratios)
  const perFile = await validatePerFile(context, data, count, ratios)
  context.ratios.push(...ratios)
  context.results.validate = { rows: count, perRow, perFile }
}
