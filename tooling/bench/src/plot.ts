/**
 * The scale plot: reads the results of `--only load,query,memory` runs at several row counts
 * (results/latest-N-rows.json) and writes one SVG (results/scale.svg) with three log-log panels
 * against rows: load time, the query set's geometric mean time, and bytes held; one line per
 * engine. No dependency: the SVG is written by hand.
 *
 *   node src/plot.ts [results/latest-1000000-rows.json ...] [--out results/scale.svg] [--table]
 *
 * `--table` also prints the README's scale table (markdown) from the same files.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

interface Timing {
  readonly name: string
  readonly bestMs: number
}

interface Results {
  readonly results: {
    readonly load?: { readonly rows: number; readonly timings: ReadonlyArray<Timing> }
    readonly query?: {
      readonly rows: number
      readonly queries: ReadonlyArray<{
        readonly query: string
        readonly timings: ReadonlyArray<Timing>
      }>
    }
    readonly memory?: {
      readonly rows: number
      readonly rawColumnBytes: { readonly total: number }
      readonly columnarStoreHeapBytes: number
      /** Absent from runs before the memory suite measured it. */
      readonly columnarStoreAfterQueriesHeapBytes?: number
      readonly arqueroHeapBytes: number
      readonly duckDbMemoryBytes: number
    }
  }
}

/** One line of a panel: a name and its (rows, value) points. */
interface Line {
  readonly name: string
  readonly points: ReadonlyArray<readonly [number, number]>
}

interface Panel {
  readonly title: string
  readonly unit: "ms" | "bytes"
  readonly lines: ReadonlyArray<Line>
}

const geometricMean = (values: ReadonlyArray<number>): number =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length)

/** The panels of the given runs (sorted by rows). */
export const panels = (runs: ReadonlyArray<Results>): ReadonlyArray<Panel> => {
  const series = (pick: (run: Results) => ReadonlyArray<readonly [string, number, number]>) => {
    const byName = new Map<string, Array<readonly [number, number]>>()
    for (const run of runs) {
      for (const [name, rows, value] of pick(run)) {
        if (!Number.isFinite(value) || value <= 0) continue
        const points = byName.get(name) ?? []
        points.push([rows, value])
        byName.set(name, points)
      }
    }
    return [...byName].map(([name, points]) => ({
      name,
      points: points.sort((a, b) => a[0] - b[0]),
    }))
  }
  return [
    {
      title: "Load + validate CSV (best of rounds)",
      unit: "ms",
      lines: series((run) => {
        const load = run.results.load
        return load === undefined
          ? []
          : load.timings.map((timing) => [timing.name, load.rows, timing.bestMs] as const)
      }),
    },
    {
      title: "Query set, geometric mean of 7 queries",
      unit: "ms",
      lines: series((run) => {
        const query = run.results.query
        if (query === undefined || query.queries.length === 0) return []
        const names = query.queries[0]!.timings.map((timing) => timing.name)
        return names.map((name) => [
          name,
          query.rows,
          geometricMean(
            query.queries.map(
              ({ timings }) => timings.find((timing) => timing.name === name)?.bestMs ?? Number.NaN,
            ),
          ),
        ])
      }),
    },
    {
      title: "Bytes held",
      unit: "bytes",
      lines: series((run) => {
        const memory = run.results.memory
        if (memory === undefined) return []
        return [
          ["columnar store (heap growth)", memory.rows, memory.columnarStoreHeapBytes],
          [
            "columnar store after queries",
            memory.rows,
            memory.columnarStoreAfterQueriesHeapBytes ?? Number.NaN,
          ],
          ["raw column bytes", memory.rows, memory.rawColumnBytes.total],
          ["arquero", memory.rows, memory.arqueroHeapBytes],
          ["DuckDB", memory.rows, memory.duckDbMemoryBytes],
        ]
      }),
    },
  ]
}

/** Colours by engine, so that one engine has one colour in every panel. */
const COLOURS: Record<string, string> = {
  "importFlowsFromFileAsync (1 thread)": "#d62728",
  "importFlowsFromFileAsync (2 threads)": "#ff9896",
  "columnar store": "#d62728",
  "columnar store (heap growth)": "#d62728",
  DuckDB: "#1f77b4",
  "DuckDB read_csv (1 thread)": "#1f77b4",
  "DuckDB read_csv (2 threads)": "#aec7e8",
  arquero: "#2ca02c",
  "uDSV (raw parse)": "#9467bd",
  "raw column bytes": "#7f7f7f",
  "columnar store after queries": "#ff9896",
}
const OTHER_COLOURS = ["#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

const formatValue = (value: number, unit: "ms" | "bytes"): string => {
  if (unit === "bytes") {
    if (value >= 1e9) return `${(value / 1e9).toPrecision(2)} GB`
    if (value >= 1e6) return `${(value / 1e6).toPrecision(3)} MB`
    return `${(value / 1e3).toPrecision(3)} kB`
  }
  if (value >= 1000) return `${(value / 1000).toPrecision(3)} s`
  if (value >= 1) return `${value.toPrecision(3)} ms`
  return `${(value * 1000).toPrecision(3)} µs`
}

const formatRows = (rows: number): string =>
  rows >= 1e6 ? `${rows / 1e6}M` : rows >= 1e3 ? `${rows / 1e3}k` : String(rows)

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** Powers of ten, and 2 and 5 times them, that fall within [lo, hi]. */
const logTicks = (lo: number, hi: number): Array<number> => {
  const ticks: Array<number> = []
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e
      if (t >= lo && t <= hi) ticks.push(t)
    }
  }
  return ticks
}

/** The SVG of the panels side by side. */
export const svgOf = (all: ReadonlyArray<Panel>, caption: string): string => {
  const width = 470
  const height = 380
  const margin = { left: 64, right: 16, top: 34, bottom: 140 }
  const plotW = width - margin.left - margin.right
  const plotH = height - margin.top - margin.bottom
  const parts: Array<string> = []
  all.forEach((panel, index) => {
    const x0 = index * width
    const rows = panel.lines.flatMap((line) => line.points.map((point) => point[0]))
    const values = panel.lines.flatMap((line) => line.points.map((point) => point[1]))
    if (rows.length === 0) return
    const rowLo = Math.min(...rows) / 1.25
    const rowHi = Math.max(...rows) * 1.25
    const valueLo = Math.min(...values) / 1.6
    const valueHi = Math.max(...values) * 1.6
    const x = (r: number) =>
      x0 + margin.left + ((Math.log(r) - Math.log(rowLo)) / Math.log(rowHi / rowLo)) * plotW
    const y = (v: number) =>
      margin.top + plotH - ((Math.log(v) - Math.log(valueLo)) / Math.log(valueHi / valueLo)) * plotH
    parts.push(
      `<text x="${x0 + width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(panel.title)}</text>`,
      `<rect x="${x0 + margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    )
    for (const tick of logTicks(valueLo, valueHi)) {
      parts.push(
        `<line x1="${x0 + margin.left}" x2="${x0 + margin.left + plotW}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#eee"/>`,
        `<text x="${x0 + margin.left - 4}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-size="11">${formatValue(tick, panel.unit)}</text>`,
      )
    }
    for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
      parts.push(
        `<line x1="${x(r).toFixed(1)}" x2="${x(r).toFixed(1)}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#eee"/>`,
        `<text x="${x(r).toFixed(1)}" y="${margin.top + plotH + 15}" text-anchor="middle" font-size="11">${formatRows(r)}</text>`,
      )
    }
    parts.push(
      `<text x="${x0 + margin.left + plotW / 2}" y="${margin.top + plotH + 30}" text-anchor="middle" font-size="11">rows (log scale; values log scale)</text>`,
    )
    panel.lines.forEach((line, k) => {
      const colour = COLOURS[line.name] ?? OTHER_COLOURS[k % OTHER_COLOURS.length]!
      const path = line.points
        .map(([r, v], i) => `${i === 0 ? "M" : "L"}${x(r).toFixed(1)},${y(v).toFixed(1)}`)
        .join(" ")
      const dash = line.name === "raw column bytes" ? ' stroke-dasharray="5,4"' : ""
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`)
      for (const [r, v] of line.points) {
        parts.push(
          `<circle cx="${x(r).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${colour}"><title>${escapeXml(line.name)} at ${formatRows(r)} rows: ${formatValue(v, panel.unit)}</title></circle>`,
        )
      }
      const legendY = margin.top + plotH + 50 + k * 16
      parts.push(
        `<line x1="${x0 + margin.left}" x2="${x0 + margin.left + 22}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${colour}" stroke-width="2"${dash}/>`,
        `<text x="${x0 + margin.left + 28}" y="${legendY}" font-size="11">${escapeXml(line.name)}: ${line.points.map(([, v]) => formatValue(v, panel.unit)).join(" → ")}</text>`,
      )
    })
  })
  const totalW = width * all.length
  const totalH = height + 20
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalW}" height="${totalH}" viewBox="0 0 ${totalW} ${totalH}" font-family="sans-serif">`,
    `<title>${escapeXml(`Scale: ${all.map((panel) => panel.title).join("; ")}, against rows`)}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    `<text x="8" y="${totalH - 8}" font-size="11" fill="#555">${escapeXml(caption)}</text>`,
    "</svg>",
    "",
  ].join("\n")
}

const timingOf = (timings: ReadonlyArray<Timing>, name: string): number =>
  timings.find((timing) => timing.name === name)?.bestMs ?? Number.NaN

/** How many times faster ours is than a peer (peer / ours), as the README writes it. */
const faster = (ours: number, peer: number): string => `${(peer / ours).toPrecision(3)}×`

/**
 * The scale table (markdown): one column per run, one row per measure; a cell gives ours, the
 * peer and the ratio measured side by side in that run.
 */
export const tableOf = (runs: ReadonlyArray<Results>): string => {
  const rowsOf = (run: Results) =>
    run.results.query?.rows ?? run.results.load?.rows ?? run.results.memory?.rows ?? 0
  const header = ["measure", ...runs.map((run) => `${formatRows(rowsOf(run))} rows`)]
  const lines: Array<Array<string>> = []
  const ms = (value: number) => formatValue(value, "ms")
  // The load suite's contenders: ours and DuckDB on 1 thread and on N (one per core, at least 2).
  const load = (ours: string, peer: string, label: string) =>
    lines.push([
      label,
      ...runs.map((run) => {
        const timings = run.results.load?.timings
        if (timings === undefined) return ""
        const a = timingOf(timings, ours)
        const b = timingOf(timings, peer)
        return `${ms(a)} / ${ms(b)} (${a <= b ? `${faster(a, b)} faster` : `${(a / b).toFixed(2)}× slower`})`
      }),
    ])
  const parallel = (runs[0]?.results.load?.timings ?? [])
    .map((timing) => /^importFlowsFromFileAsync \((\d+) threads\)$/.exec(timing.name)?.[1])
    .find((threads) => threads !== undefined)
  load("importFlowsFromFileAsync (1 thread)", "uDSV (raw parse)", "load, 1 thread: ours / uDSV")
  load(
    "importFlowsFromFileAsync (1 thread)",
    "DuckDB read_csv (1 thread)",
    "load, 1 thread: ours / DuckDB",
  )
  if (parallel !== undefined)
    load(
      `importFlowsFromFileAsync (${parallel} threads)`,
      `DuckDB read_csv (${parallel} threads)`,
      `load, ${parallel} threads: ours / DuckDB`,
    )
  const names = runs[0]?.results.query?.queries.map((query) => query.query) ?? []
  names.forEach((name, index) => {
    lines.push([
      `query ${index + 1}: ${name}`,
      ...runs.map((run) => {
        const timings = run.results.query?.queries[index]?.timings
        if (timings === undefined) return ""
        const ours = timingOf(timings, "columnar store")
        const duck = timingOf(timings, "DuckDB")
        return `${ms(ours)} / ${ms(duck)} (${faster(ours, duck)})`
      }),
    ])
  })
  const mean = (run: Results, name: string) =>
    geometricMean(run.results.query?.queries.map(({ timings }) => timingOf(timings, name)) ?? [])
  lines.push([
    "**geometric mean: ours / DuckDB**",
    ...runs.map((run) => {
      const ours = mean(run, "columnar store")
      const duck = mean(run, "DuckDB")
      return `${ms(ours)} / ${ms(duck)} (**${faster(ours, duck)}**)`
    }),
  ])
  lines.push([
    "geometric mean: ours / arquero",
    ...runs.map((run) => {
      const ours = mean(run, "columnar store")
      const arquero = mean(run, "arquero")
      return `${ms(ours)} / ${ms(arquero)} (${faster(ours, arquero)})`
    }),
  ])
  const memory = (label: string, pick: (m: NonNullable<Results["results"]["memory"]>) => number) =>
    lines.push([
      label,
      ...runs.map((run) => {
        const m = run.results.memory
        if (m === undefined) return ""
        const bytes = pick(m)
        return `${formatValue(bytes, "bytes")}, ${(bytes / m.rows).toFixed(1)} B/row (${(bytes / m.rawColumnBytes.total).toFixed(2)}× raw)`
      }),
    ])
  memory("**memory: columnar store (heap growth)**", (m) => m.columnarStoreHeapBytes)
  if (runs.some((run) => run.results.memory?.columnarStoreAfterQueriesHeapBytes !== undefined)) {
    memory(
      "memory: columnar store after the query set",
      (m) => m.columnarStoreAfterQueriesHeapBytes ?? Number.NaN,
    )
  }
  memory("memory: raw column bytes", (m) => m.rawColumnBytes.total)
  memory("memory: arquero", (m) => m.arqueroHeapBytes)
  memory("memory: DuckDB", (m) => m.duckDbMemoryBytes)
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...lines.map((line) => `| ${line.join(" | ")} |`),
    "",
  ].join("\n")
}

const main = (argv: ReadonlyArray<string>): void => {
  const benchDirectory = resolve(dirname(fileURLToPath(import.meta.url)), "..")
  let out = join(benchDirectory, "results", "scale.svg")
  let table = false
  const files: Array<string> = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = resolve(argv[++i]!)
    else if (argv[i] === "--table") table = true
    else files.push(resolve(argv[i]!))
  }
  if (files.length === 0) {
    for (const rows of [1_000_000, 5_000_000, 10_000_000]) {
      files.push(join(benchDirectory, "results", `latest-${rows}-rows.json`))
    }
  }
  const runs = files.map((file) => JSON.parse(readFileSync(file, "utf8")) as Results)
  const caption = `From ${files.map((file) => file.slice(benchDirectory.length + 1)).join(", ")}: best of rounds; one machine, 2 cores shared (see README).`
  writeFileSync(out, svgOf(panels(runs), caption))
  process.stdout.write(`wrote ${out}\n`)
  if (table) process.stdout.write(tableOf(runs))
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
}
