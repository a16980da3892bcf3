/**
 * Reporting: the machine, the ratio table (ours vs each peer, with the targets) and the
 * JSON results file. A ratio is always ours / peer of a cost (time or bytes): below 1 we are
 * faster or smaller. Targets are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, freemem, loadavg, totalmem } from "node:os"
import { dirname } from "node:path"
import type { Timing } from "./measure.ts"

/** The machine a run happened on. */
export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly freeMemoryGiB: number
  readonly node: string
  readonly platform: string
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  readonly loadAverage: ReadonlyArray<number>
  readonly versions: Readonly<Record<string, string>>
}

/** Describes this machine; `versions` lists the peers' versions. */
export const describeMachine = (versions: Record<string, string>): Machine => {
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    versions,
  }
}

/** A target from the issue: ours must be at most `max` × the peer's cost. */
export interface Target {
  /** Ours / peer must be ≤ this (e.g. 0.1 for "10× faster", 1.5 for "within 1.5×"). */
  readonly max: number
  readonly text: string
}

/** One line of the ratio table. */
export interface Ratio {
  readonly suite: string
  readonly measure: string
  readonly ours: string
  readonly oursValue: number
  readonly peer: string
  readonly peerValue: number
  readonly unit: "ms" | "bytes"
  /** ours / peer. */
  readonly ratio: number
  readonly target?: Target | undefined
  readonly met?: boolean | undefined
}

/** Builds a ratio line from two costs. */
export const ratio = (
  suite: string,
  measure: string,
  ours: { readonly name: string; readonly value: number },
  peer: { readonly name: string; readonly value: number },
  unit: "ms" | "bytes",
  target?: Target,
): Ratio => {
  const value = ours.value / peer.value
  return {
    suite,
    measure,
    ours: ours.name,
    oursValue: ours.value,
    peer: peer.name,
    peerValue: peer.value,
    unit,
    ratio: value,
    target,
    met: target === undefined ? undefined : value <= target.max,
  }
}

/** The ratio line comparing two timings of one race. */
export const timingRatio = (
  suite: string,
  measure: string,
  timings: ReadonlyArray<Timing>,
  ours: string,
  peer: string,
  target?: Target,
): Ratio => {
  const find = (name: string): Timing => {
    const timing = timings.find((candidate) => candidate.name === name)
    if (timing === undefined)
      throw new Error(`no timing named "${name}" in ${timings.map((t) => t.name).join(", ")}`)
    return timing
  }
  return ratio(
    suite,
    measure,
    { name: ours, value: find(ours).bestMs },
    { name: peer, value: find(peer).bestMs },
    "ms",
    target,
  )
}

/** A duration for people: µs, ms or s with 3 significant digits. */
export const formatMs = (ms: number): string => {
  if (!Number.isFinite(ms)) return String(ms)
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`
  if (ms < 1000) return `${ms.toPrecision(3)} ms`
  return `${(ms / 1000).toPrecision(3)} s`
}

/** A size for people: B, kB, MB or GB (powers of 1000). */
export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes)) return String(bytes)
  if (bytes < 1000) return `${Math.round(bytes)} B`
  if (bytes < 1e6) return `${(bytes / 1e3).toPrecision(3)} kB`
  if (bytes < 1e9) return `${(bytes / 1e6).toPrecision(3)} MB`
  return `${(bytes / 1e9).toPrecision(3)} GB`
}

/** "12.3× faster" / "1.80× slower" / "1.40× the raw bytes". */
export const formatRatio = (line: Ratio): string => {
  if (line.unit === "bytes") return `${line.ratio.toFixed(2)}×`
  return line.ratio <= 1
    ? `${(1 / line.ratio).toPrecision(3)}× faster`
    : `${line.ratio.toPrecision(3)}× slower`
}

const formatValue = (value: number, unit: "ms" | "bytes"): string =>
  unit === "ms" ? formatMs(value) : formatBytes(value)

/** Pads a table of cells into aligned columns (Markdown-compatible). */
export const markdownTable = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string => {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  )
  const line = (cells: ReadonlyArray<string>): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`
  return [
    line(header),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n")
}

/** The ratio table as Markdown. */
export const ratioTable = (ratios: ReadonlyArray<Ratio>): string =>
  markdownTable(
    ["suite", "measure", "ours", "peer", "ratio", "target", "met"],
    ratios.map((line) => [
      line.suite,
      line.measure,
      `${line.ours} ${formatValue(line.oursValue, line.unit)}`,
      `${line.peer} ${formatValue(line.peerValue, line.unit)}`,
      formatRatio(line),
      line.target?.text ?? "",
      line.met === undefined ? "" : line.met ? "yes" : "NO",
    ]),
  )

/** A timing table of one race, as Markdown. */
export const timingTable = (title: string, timings: ReadonlyArray<Timing>): string =>
  `${title}\n${markdownTable(
    ["contender", "best", "median", "rounds", "runs/round"],
    timings.map((timing) => [
      timing.name,
      formatMs(timing.bestMs),
      formatMs(timing.medianMs),
      String(timing.roundsMs.length),
      String(timing.repetitions),
    ]),
  )}`

/** Writes `value` as pretty JSON to `path` (creating its directory). */
export const writeJson = (path: string, value: unknown): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(
    path,
    `${JSON.stringify(value, (_key, inner) => (typeof inner === "number" && !Number.isFinite(inner) ? null : inner), 2)}\n`,
  )
}
