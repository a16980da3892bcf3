import { describe, expect, it } from "@effect/vitest"
import { Commodity, Period, type TradeFlow } from "@rareearth/core"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { StoreError } from "../Errors.ts"
import type { FlowQuery } from "../Query.ts"
import { ColumnarStore, makeColumnarStore } from "./ColumnarStore.ts"

const customs = { id: "gac", title: "GAC monthly", publisher: "China Customs" }
const comtrade = { id: "comtrade", title: "UN Comtrade", publisher: "UN" }

const flow = (overrides: Partial<TradeFlow.TradeFlow> = {}): TradeFlow.TradeFlow => {
  const base = {
    period: "2025-01",
    reporter: "CN",
    partner: "US",
    flow: "export" as const,
    commodity: "8505111000",
    netWeightTonnes: 100,
    valueUsd: 5_000_000,
    sources: [customs],
    confidence: { kind: "official" as const },
    ...overrides,
  }
  return {
    id: `${base.sources[0]!.id}-${base.reporter}-${base.partner}-${base.flow}-${base.commodity}-${base.period}${base.vintage ? `-${base.vintage}` : ""}`,
    ...base,
  }
}

describe("ColumnarStore: writes", () => {
  it("adds new keys and counts identical rows as unchanged (idempotent)", () => {
    const store = makeColumnarStore()
    const flows = [flow(), flow({ partner: "JP" }), flow({ period: "2025-02" })]
    expect(store.writeSync(flows)).toEqual({ added: 3, revised: 0, unchanged: 0 })
    expect(store.writeSync(flows)).toEqual({ added: 0, revised: 0, unchanged: 3 })
    expect(store.size()).toBe(3)
    expect(store.querySync({}).items).toEqual(
      [...flows].sort((a, b) => (a.period + a.partner < b.period + b.partner ? -1 : 1)),
    )
  })

  it("treats the same key from another source as another row (rival claims side by side)", () => {
    const store = makeColumnarStore()
    const summary = store.writeSync([flow(), flow({ sources: [comtrade], netWeightTonnes: 120 })])
    expect(summary.added).toBe(2)
    const page = store.querySync({})
    expect(page.items.map((f) => [f.sources[0]!.id, f.netWeightTonnes])).toEqual([
      ["comtrade", 120],
      ["gac", 100],
    ])
  })

  it("keeps every vintage but reads the latest, unless allVintages", () => {
    const store = makeColumnarStore()
    store.writeSync([flow({ netWeightTonnes: 90 })])
    const v2 = flow({ vintage: "2025-03-01", netWeightTonnes: 100 })
    expect(store.writeSync([v2])).toEqual({ added: 0, revised: 1, unchanged: 0 })
    // An older vintage arriving late is kept but does not hide the newer one.
    const v1 = flow({ vintage: "2025-02-01", netWeightTonnes: 95 })
    expect(store.writeSync([v1])).toEqual({ added: 0, revised: 1, unchanged: 0 })
    expect(store.writeSync([v1, v2])).toEqual({ added: 0, revised: 0, unchanged: 2 })

    expect(store.querySync({}).items).toEqual([v2])
    expect(store.size()).toBe(1)
    expect(store.rowCount()).toBe(3)
    const all = store.querySync({}, { allVintages: true }).items
    expect(all.map((f) => [f.vintage ?? null, f.netWeightTonnes])).toEqual([
      [null, 90],
      ["2025-02-01", 95],
      ["2025-03-01", 100],
    ])
    expect(store.aggregateSync({}, [])[0]!.netWeightTonnes).toBe(100)
  })

  it("replaces a same-key, same-vintage row with different figures (a correction), counted as revised", () => {
    const store = makeColumnarStore()
    store.writeSync([flow({ vintage: "2025-03-01" })])
    const corrected = flow({ vintage: "2025-03-01", netWeightTonnes: 101, estimated: true })
    expect(store.writeSync([corrected])).toEqual({ added: 0, revised: 1, unchanged: 0 })
    expect(store.querySync({}, { allVintages: true }).items).toEqual([corrected])
    const renamed = { ...corrected, id: "renamed" }
    expect(store.writeSync([renamed])).toEqual({ added: 0, revised: 1, unchanged: 0 })
    expect(store.writeSync([renamed])).toEqual({ added: 0, revised: 0, unchanged: 1 })
    expect(store.querySync({}).items).toEqual([renamed])
  })

  it("keeps unknown figures unknown: null in, null out, never 0", () => {
    const store = makeColumnarStore()
    const unknownWeight = flow({ netWeightTonnes: null, valueUsd: 10 })
    const zero = flow({ partner: "JP", netWeightTonnes: 0, valueUsd: null })
    store.writeSync([unknownWeight, zero])
    const items = store.querySync({}).items
    expect(items.find((f) => f.partner === "US")!.netWeightTonnes).toBeNull()
    expect(items.find((f) => f.partner === "JP")!.netWeightTonnes).toBe(0)
    expect(items.find((f) => f.partner === "JP")!.valueUsd).toBeNull()
    // A null replaced by a figure is a change, not "unchanged".
    expect(store.writeSync([flow({ netWeightTonnes: 0, valueUsd: 10 })]).revised).toBe(1)
  })

  it("is atomic: one invalid row fails the write and nothing is applied", async () => {
    const store = makeColumnarStore()
    store.writeSync([flow()])
    const bad = { ...flow({ partner: "DE" }), netWeightTonnes: -5 }
    const exit = await Effect.runPromiseExit(
      store.write([flow({ partner: "JP" }), bad, flow({ partner: "KR" })]),
    )
    expect(Exit.isFailure(exit)).toBe(true)
    expect(() => store.writeSync([flow({ partner: "JP" }), bad])).toThrow(StoreError)
    expect(() => store.writeSync([flow({ partner: "JP" }), bad])).toThrow(
      /index 1 \(id "gac-CN-DE-export-8505111000-2025-01"\): netWeightTonnes/,
    )
    expect(store.size()).toBe(1)
    expect(store.querySync({}).items.map((f) => f.partner)).toEqual(["US"])
  })

  it("rebuilds full records: provenance, vintage, optional fields", () => {
    const store = makeColumnarStore()
    const derived = flow({
      hsVersion: "H6",
      estimated: false,
      vintage: "2025-04-01",
      conflictGroup: "cn-us-2025-01",
      note: "mirror of US imports",
      confidence: {
        kind: "derived",
        formula: "a - b",
        inputs: {
          a: { value: 150, label: "total", sourceIds: ["gac"] },
          b: { value: 50, label: "others", sourceIds: ["gac"] },
        },
        rounding: "none",
      },
    })
    store.writeSync([derived])
    expect(store.querySync({}).items).toEqual([derived])
  })
})

describe("ColumnarStore: code widths", () => {
  it("widens dictionary codes from 1 to 2 to 4 bytes as values grow, keeping the stored rows", () => {
    const store = makeColumnarStore()
    store.writeSync([flow({ commodity: "8505111000", netWeightTonnes: 1 })])
    expect(store.memoryUsage().bytesPerRow).toBe(9 * 1 + 1 + 8 + 8 + 1)
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) =>
        flow({
          commodity: String(1_000_000_000 + from + i),
          partner: `P_${from + i}`,
          netWeightTonnes: from + i,
        }),
      )
    store.writeSync(many(0, 300))
    store.writeSync(many(300, 70_000))
    expect(store.size()).toBe(70_301)
    expect(
      store.querySync({ commodity: "8505111000" }).items.map((f) => f.netWeightTonnes),
    ).toEqual([1])
    expect(
      store.querySync({ commodity: "1000000299" }).items.map((f) => [f.partner, f.netWeightTonnes]),
    ).toEqual([["P_299", 299]])
    expect(store.querySync({ partner: "P_70299" }).items.map((f) => f.commodity)).toEqual([
      "1000070299",
    ])
    expect(store.writeSync(many(0, 1000))).toEqual({ added: 0, revised: 0, unchanged: 1000 })

    // Large key spaces take the dense-table and hash-map group paths: same answers, same order.
    const byPartner = store.aggregateSync({}, ["partner"])
    const byPair = store.aggregateSync({}, ["partner", "commodity"])
    for (const rows of [byPartner, byPair]) {
      expect(rows).toHaveLength(70_301)
      const partners = rows.map((row) => row.key.partner!)
      expect(partners).toEqual([...partners].sort())
      expect(rows.reduce((sum, row) => sum + row.netWeightTonnes!, 0)).toBe(
        1 + (70_299 * 70_300) / 2,
      )
    }
    expect(byPair.find((row) => row.key.partner === "P_42")).toMatchObject({
      key: { partner: "P_42", commodity: "1000000042" },
      count: 1,
      netWeightTonnes: 42,
    })
  })
})

describe("ColumnarStore: queries", () => {
  const store = makeColumnarStore()
  const months = ["2024-11", "2024-12", "2025-01", "2025-02", "2025-03"]
  const partners = ["WORLD", "US", "JP", "DE"]
  const rows: Array<TradeFlow.TradeFlow> = []
  for (const period of months) {
    for (const partner of partners) {
      rows.push(flow({ period, partner, netWeightTonnes: partner === "WORLD" ? 1000 : 100 }))
    }
  }
  rows.push(flow({ period: "2025", partner: "WORLD", netWeightTonnes: 12_000 }))
  rows.push(flow({ period: "2024", partner: "WORLD", netWeightTonnes: 11_000 }))
  rows.push(flow({ commodity: "280530", partner: "WORLD", netWeightTonnes: 7 }))
  rows.push(flow({ commodity: "GAC:rare-earths", partner: "WORLD", netWeightTonnes: 5000 }))
  rows.push(flow({ reporter: "US", partner: "CN", flow: "import", netWeightTonnes: null }))
  store.writeSync([...rows].reverse())

  it("returns results in a stable order: period, reporter, partner, commodity, flow", () => {
    const keys = store
      .querySync({}, { limit: 10_000 })
      .items.map((f) => `${f.period}|${f.reporter}|${f.partner}|${f.commodity}|${f.flow}`)
    expect(keys.slice(0, 5)).toEqual([
      "2024|CN|WORLD|8505111000|export",
      "2024-11|CN|DE|8505111000|export",
      "2024-11|CN|JP|8505111000|export",
      "2024-11|CN|US|8505111000|export",
      "2024-11|CN|WORLD|8505111000|export",
    ])
    // A separator below every key character makes plain string order the expected tuple order.
    const tuples = keys.map((key) => key.replaceAll("|", "\t"))
    expect(tuples).toEqual([...tuples].sort())
  })

  it("filters by period range; a year means its months and its annual row", () => {
    const year = store.querySync({
      from: "2025",
      to: "2025",
      partner: "WORLD",
      commodity: "8505111000",
    }).items
    expect(year.map((f) => f.period)).toEqual(["2025", "2025-01", "2025-02", "2025-03"])
    const months = store.querySync({
      from: "2024-12",
      to: "2025-01",
      partner: "WORLD",
      commodity: "8505111000",
    }).items
    expect(months.map((f) => f.period)).toEqual(["2024-12", "2025-01"])
    const open = store.querySync({ from: "2025-02", partner: "US" }).items
    expect(open.map((f) => f.period)).toEqual(["2025-02", "2025-03"])
  })

  it("filters by reporter, partner, flow and commodity (HS prefix, aliases)", () => {
    expect(store.querySync({ reporter: "US" }).items.map((f) => f.partner)).toEqual(["CN"])
    expect(store.querySync({ reporter: "us", flow: "import" }).total).toBe(1)
    expect(store.querySync({ flow: "import", reporter: "CN" }).total).toBe(0)
    expect(store.querySync({ partner: "JP" }).total).toBe(5)
    expect(store.querySync({ commodity: "280530" }).total).toBe(1)
    // HS 850511 matches the 10-digit national code; the alias resolves to it.
    expect(store.querySync({ commodity: "850511", reporter: "CN" }).total).toBe(22)
    expect(store.querySync({ commodity: "magnets", reporter: "CN" }).total).toBe(22)
    expect(
      store.querySync({ commodity: "rare-earths" }).items.map((f) => f.netWeightTonnes),
    ).toEqual([5000])
    expect(store.querySync({ reporter: "ZZ" }).total).toBe(0)
  })

  it("fails with a StoreError naming a malformed filter", async () => {
    expect(() => store.querySync({ from: "2025-13" })).toThrow(/2025-13/)
    const exit = await Effect.runPromiseExit(store.query({ commodity: "not a code" }))
    expect(Exit.isFailure(exit)).toBe(true)
  })

  it("pages through results with total and nextOffset", () => {
    const all = store.querySync({}, { limit: 1000 })
    expect(all.total).toBe(rows.length)
    const seen: Array<TradeFlow.TradeFlow> = []
    let offset: number | null = 0
    while (offset !== null) {
      const page = store.querySync({}, { offset, limit: 7 })
      expect(page.items.length).toBeLessThanOrEqual(7)
      expect(page.total).toBe(rows.length)
      seen.push(...page.items)
      offset = page.nextOffset
    }
    expect(seen).toEqual(all.items)
    expect(store.querySync({}, { offset: 1000, limit: 5 })).toMatchObject({
      items: [],
      nextOffset: null,
    })
  })

  it("aggregates: sums skip unknown values and count the known ones", () => {
    const byPartner = store.aggregateSync(
      { from: "2025-01", to: "2025-03", commodity: "magnets", reporter: "CN" },
      ["partner"],
    )
    expect(byPartner.map((row) => [row.key.partner, row.count, row.netWeightTonnes])).toEqual([
      ["DE", 3, 300],
      ["JP", 3, 300],
      ["US", 3, 300],
      ["WORLD", 3, 3000],
    ])
    const imports = store.aggregateSync({ flow: "import" }, ["reporter", "flow"])
    expect(imports).toEqual([
      {
        key: { reporter: "US", flow: "import" },
        count: 1,
        netWeightTonnes: null,
        knownWeightCount: 0,
        valueUsd: 5_000_000,
        knownValueCount: 1,
      },
    ])
    const total = store.aggregateSync({ reporter: "ZZ" }, [])
    expect(total).toEqual([])
  })

  it("groups by period × partner in order", () => {
    const rows = store.groupByPeriodPartner({
      from: "2025-03",
      commodity: "8505111000",
      reporter: "CN",
    })
    expect(
      rows.map((row) => `${row.key.period}/${row.key.partner}=${row.netWeightTonnes}`),
    ).toEqual(["2025-03/DE=100", "2025-03/JP=100", "2025-03/US=100", "2025-03/WORLD=1000"])
  })

  it("groups every row (no filter) by one, two and three keys like a plain loop", () => {
    for (const groupBy of [
      ["partner"],
      ["commodity", "flow"],
      ["reporter", "partner", "commodity"],
      ["period", "reporter", "partner", "flow"],
    ] as const) {
      const expected = new Map<string, { count: number; weight: number; known: number }>()
      for (const row of rows) {
        const key = groupBy.map((column) => row[column]).join("/")
        const sums = expected.get(key) ?? { count: 0, weight: 0, known: 0 }
        sums.count++
        if (row.netWeightTonnes !== null) {
          sums.weight += row.netWeightTonnes
          sums.known++
        }
        expected.set(key, sums)
      }
      const actual = store.aggregateSync({}, [...groupBy])
      expect(
        new Map(
          actual.map((row) => [
            groupBy.map((column) => row.key[column]).join("/"),
            {
              count: row.count,
              weight: row.netWeightTonnes ?? 0,
              known: row.knownWeightCount,
            },
          ]),
        ),
      ).toEqual(expected)
    }
  })

  it("is usable through Effect", async () => {
    const program = Effect.gen(function* () {
      const s = yield* ColumnarStore.make()
      const written = yield* s.write([flow()])
      const page = yield* s.query({ partner: "US" })
      const count = yield* s.count
      return { written, total: page.total, count }
    })
    expect(await Effect.runPromise(program)).toEqual({
      written: { added: 1, revised: 0, unchanged: 0 },
      total: 1,
      count: 1,
    })
  })
})

describe("ColumnarStore: analytics", () => {
  const store = makeColumnarStore()
  const series: Array<[string, number | null]> = [
    ["2024-01", 1000],
    ["2024-02", 1238],
    ["2025-01", 1100],
    ["2025-02", 3188],
    ["2025-04", 500],
  ]
  store.writeSync(
    series.map(([period, tonnes]) => flow({ period, partner: "WORLD", netWeightTonnes: tonnes })),
  )
  store.writeSync([
    flow({ period: "2025-02", partner: "US", netWeightTonnes: 600 }),
    flow({ period: "2025-02", partner: "JP", netWeightTonnes: 300 }),
    flow({ period: "2025-02", partner: "DE", netWeightTonnes: 100 }),
    flow({ period: "2025-02", partner: "OTHER_ASIA_NES", netWeightTonnes: 50 }),
  ])

  it("computes monthly totals with gaps and changes", () => {
    const points = store.monthlyTotals({ partner: "WORLD", from: "2025-01", to: "2025-04" })
    expect(points.map((p) => [p.period, p.value])).toEqual([
      ["2025-01", 1100],
      ["2025-02", 3188],
      ["2025-03", null],
      ["2025-04", 500],
    ])
    const february = points[1]!
    expect(february.monthOnMonthPercent).toBeCloseTo(((3188 - 1100) / 1100) * 100, 10)
    expect(february.yearOnYearPercent).toBeCloseTo(((3188 - 1238) / 1238) * 100, 10)
    expect(points[2]!.monthOnMonthPercent).toBeNull()
    expect(points[3]!.monthOnMonthPercent).toBeNull()
  })

  it("computes partner shares, top-N and concentration, leaving out aggregate areas", () => {
    const shares = store.partnerShares({ from: "2025-02", to: "2025-02" })
    expect(shares.map((s) => [s.partner, s.value, s.share])).toEqual([
      ["US", 600, 0.6],
      ["JP", 300, 0.3],
      ["DE", 100, 0.1],
    ] as const)
    expect(store.topPartners({ from: "2025-02", to: "2025-02" }, 2).map((s) => s.partner)).toEqual([
      "US",
      "JP",
    ])
    const concentration = store.concentration({ from: "2025-02", to: "2025-02" })
    expect(concentration.herfindahl).toBeCloseTo(3600 + 900 + 100, 6)
    expect(concentration.partners).toBe(3)
  })

  it("reports its memory use", () => {
    const usage = store.memoryUsage()
    expect(usage.rows).toBe(9)
    expect(usage.bytesPerRow).toBeGreaterThan(0)
  })
})

describe("ColumnarStore: a bulk load keeps no slack", () => {
  /** `count` flows with distinct keys over 15 years, 5 reporters, 7 partners, 3 commodities. */
  const many = (count: number, offset = 0) => {
    const seen = new Set<string>()
    return Array.from({ length: count }, (_, k) => {
      const i = k + offset
      return flow({
        period: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")}`,
        partner: ["US", "JP", "DE", "KR", "FR", "IT", "GB"][i % 7]!,
        reporter: ["CN", "US", "JP", "DE", "VN"][Math.floor(i / 7) % 5]!,
        commodity: ["850511", "280530", "284690"][Math.floor(i / 35) % 3]!,
        netWeightTonnes: i,
      })
    }).filter((f) => !seen.has(f.id) && seen.add(f.id) !== undefined)
  }

  /** Column bytes with no spare capacity: the columns, the ids' UTF-8 bytes (the arena keeps 1 kB at least) and an end offset per row. */
  const exactBytes = (
    usage: { readonly rows: number; readonly bytesPerRow: number },
    flows: ReadonlyArray<TradeFlow.TradeFlow>,
  ) =>
    usage.rows * usage.bytesPerRow +
    Math.max(
      1024,
      flows.reduce((sum, f) => sum + Buffer.byteLength(f.id), 0),
    ) +
    4 * flows.length

  it("holds its columns and ids at the exact size after a load and after a bulk write", () => {
    const store = makeColumnarStore()
    const first = many(3000)
    store.writeSync(first)
    const loaded = store.memoryUsage()
    expect(loaded.rows).toBe(first.length)
    expect(loaded.columnBytes).toBe(exactBytes(loaded, first))
    // The rows are stored in query order: no order array is held for them.
    expect(loaded.indexBytes).toBeLessThan(first.length)
    const ids = new Set(first.map((f) => f.id))
    const second = many(2000, 3000).filter((f) => !ids.has(f.id))
    store.writeSync(second)
    const written = store.memoryUsage()
    expect(written.rows).toBe(first.length + second.length)
    expect(written.columnBytes).toBe(exactBytes(written, [...first, ...second]))
  })

  it("keeps short explicit ids in load order, each row finding its own through later writes", () => {
    // Ids no key derives (shorter than any derived id) stay in the order they were loaded while
    // the rows are stored sorted: each row points at its id.
    const shortIds = (flows: ReadonlyArray<TradeFlow.TradeFlow>, prefix: string) =>
      flows.map((f, i) => ({ ...f, id: `${prefix}${i}` }))
    const first = shortIds(many(3000), "a").reverse()
    const store = makeColumnarStore()
    expect(store.writeSync(first)).toEqual({ added: first.length, revised: 0, unchanged: 0 })
    const idsByKey = (items: ReadonlyArray<TradeFlow.TradeFlow>) =>
      new Map(items.map((f) => [`${f.reporter}${f.partner}${f.commodity}${f.period}`, f.id]))
    const all = () => store.querySync({}, { limit: 10_000 }).items
    expect(idsByKey(all())).toEqual(idsByKey(first))
    const loaded = store.memoryUsage()
    expect(loaded.columnBytes).toBe(exactBytes(loaded, first) + 4 * first.length)
    // The same rows again: unchanged; one with a new id: a correction; new rows appended.
    expect(store.writeSync(first)).toEqual({ added: 0, revised: 0, unchanged: first.length })
    const corrected = { ...first[10]!, id: "renamed" }
    const added = shortIds(many(500, 3000), "b").filter(
      (f) => !idsByKey(first).has(`${f.reporter}${f.partner}${f.commodity}${f.period}`),
    )
    const summary = store.writeSync([corrected, ...added])
    expect(summary).toEqual({ added: added.length, revised: 1, unchanged: 0 })
    const expected = idsByKey([...first, ...added])
    expected.set(
      `${corrected.reporter}${corrected.partner}${corrected.commodity}${corrected.period}`,
      "renamed",
    )
    expect(idsByKey(all())).toEqual(expected)
  })

  it("keeps short explicit ids right in a small table, then derived ids of rows written after", () => {
    const store = makeColumnarStore()
    const first = many(5).map((f, i) => ({ ...f, id: `s${i}` }))
    store.writeSync([...first].reverse())
    // Ids equal to the ones their keys derive are stored as derived (no bytes) and read back.
    const more = many(3, 100).map((f) => ({
      ...f,
      id: `${f.sources[0]!.id}:${f.reporter}:${f.partner}:${f.flow}:${f.commodity}:${f.period}`,
    }))
    store.writeSync(more)
    const ids = store
      .querySync({}, { limit: 100 })
      .items.map((f) => f.id)
      .sort()
    expect(ids).toEqual([...first, ...more].map((f) => f.id).sort())
  })

  it("answers sort-order prefix filters like a plain filter, after a load and after more writes", () => {
    const store = makeColumnarStore()
    const first = many(3000)
    store.writeSync(first)
    const ids = new Set(first.map((f) => f.id))
    const second = many(500, 7000).filter((f) => !ids.has(f.id))
    const check = (flows: ReadonlyArray<TradeFlow.TradeFlow>) => {
      for (const query of [
        { reporter: "CN", partner: "US", commodity: "850511" },
        { reporter: "JP", partner: "DE", from: "2012-01", to: "2019-06" },
        { reporter: "DE", commodity: "28" },
        { reporter: "VN", partner: "KR", commodity: "850511", flow: "export" as const },
      ]) {
        const expected = flows.filter(
          (f) =>
            f.reporter === query.reporter &&
            (query.partner === undefined || f.partner === query.partner) &&
            (query.commodity === undefined || f.commodity.startsWith(query.commodity)) &&
            (query.from === undefined || (f.period >= query.from && f.period <= query.to!)),
        )
        const page = store.querySync(query, { limit: 10_000 })
        expect(page.items.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort())
        expect(store.aggregateSync(query, [])[0]?.count ?? 0).toBe(expected.length)
      }
    }
    check(first)
    store.writeSync(second)
    check([...first, ...second])
  })
})

describe("ColumnarStore: matches a brute-force reference (property)", () => {
  const periods = ["2024", "2024-01", "2024-02", "2024-12", "2025", "2025-01", "2025-06"]
  const reporters = ["CN", "US", "JP"]
  const partners = ["WORLD", "US", "DE", "JP"]
  const flows = ["export", "import"] as const
  const commodities = ["8505111000", "850511", "280530", "2805301100", "TOTAL"]
  const sources = [customs, comtrade]
  const vintages = [undefined, "2025-01-01", "2025-02-01"]

  const arbitraryFlow = fc
    .record({
      period: fc.constantFrom(...periods),
      reporter: fc.constantFrom(...reporters),
      partner: fc.constantFrom(...partners),
      flow: fc.constantFrom(...flows),
      commodity: fc.constantFrom(...commodities),
      source: fc.constantFrom(...sources),
      vintage: fc.constantFrom(...vintages),
      netWeightTonnes: fc.option(fc.nat(1000), { nil: null }),
      valueUsd: fc.option(fc.nat(1000), { nil: null }),
    })
    .map(({ source, vintage, ...rest }) =>
      flow({ ...rest, sources: [source], ...(vintage === undefined ? {} : { vintage }) }),
    )

  const arbitraryQuery = fc.record(
    {
      from: fc.constantFrom(...periods),
      to: fc.constantFrom(...periods),
      reporter: fc.constantFrom(...reporters, "ZZ"),
      partner: fc.constantFrom(...partners),
      flow: fc.constantFrom(...flows),
      commodity: fc.constantFrom("85", "8505", "850511", "280530", "2805", "TOTAL", "magnets"),
    },
    { requiredKeys: [] },
  )

  const keyOf = (f: TradeFlow.TradeFlow) =>
    [f.sources[0]!.id, f.period, f.reporter, f.partner, f.flow, f.commodity].join("|")

  /** The latest vintage of each key; the last write of a key and vintage wins. */
  const reference = (written: ReadonlyArray<TradeFlow.TradeFlow>) => {
    const byKey = new Map<string, TradeFlow.TradeFlow>()
    for (const f of written) {
      const current = byKey.get(keyOf(f))
      if (current === undefined || (current.vintage ?? "") <= (f.vintage ?? ""))
        byKey.set(keyOf(f), f)
    }
    return [...byKey.values()]
  }

  const monthIndex = (month: string) => Period.yearOf(month) * 12 + Period.monthOf(month)
  const matches = (f: TradeFlow.TradeFlow, q: FlowQuery) =>
    (q.from === undefined ||
      monthIndex(Period.firstMonth(f.period)) >= monthIndex(Period.firstMonth(q.from))) &&
    (q.to === undefined ||
      monthIndex(Period.lastMonth(f.period)) <= monthIndex(Period.lastMonth(q.to))) &&
    (q.reporter === undefined || f.reporter === q.reporter) &&
    (q.partner === undefined || f.partner === q.partner) &&
    (q.flow === undefined || f.flow === q.flow) &&
    (q.commodity === undefined || Commodity.matches(Commodity.parse(q.commodity), f.commodity))

  const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const inQueryOrder = (a: TradeFlow.TradeFlow, b: TradeFlow.TradeFlow) =>
    Period.compare(a.period, b.period) ||
    compareText(a.reporter, b.reporter) ||
    compareText(a.partner, b.partner) ||
    compareText(a.commodity, b.commodity) ||
    compareText(a.flow, b.flow) ||
    compareText(a.sources[0]!.id, b.sources[0]!.id)

  it("query and aggregate agree with a plain filter over the latest vintages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbitraryFlow, { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 5 }),
        fc.subarray(["period", "reporter", "partner", "flow", "commodity"] as const),
        (batches, queries, groupBy) => {
          const store = makeColumnarStore()
          const written: Array<TradeFlow.TradeFlow> = []
          for (const batch of batches) {
            store.writeSync(batch)
            written.push(...batch)
            const latest = reference(written)
            expect(store.size()).toBe(latest.length)
            for (const query of queries) {
              const expected = latest.filter((f) => matches(f, query)).sort(inQueryOrder)
              const page = store.querySync(query, { limit: 1000 })
              expect(page.items.map(keyOf)).toEqual(expected.map(keyOf))
              expect(page.items.map((f) => f.netWeightTonnes)).toEqual(
                expected.map((f) => f.netWeightTonnes),
              )
              expect(store.countMatching(query)).toBe(expected.length)

              // Every vintage: the last write of each key and vintage, oldest vintage first.
              const byVintage = new Map<string, TradeFlow.TradeFlow>()
              for (const f of written) byVintage.set(`${keyOf(f)}@${f.vintage ?? ""}`, f)
              const allExpected = [...byVintage.values()]
                .filter((f) => matches(f, query))
                .sort((a, b) => inQueryOrder(a, b) || compareText(a.vintage ?? "", b.vintage ?? ""))
              const all = store.querySync(query, { limit: 1000, allVintages: true })
              expect(
                all.items.map((f) => `${keyOf(f)}@${f.vintage ?? ""}=${f.netWeightTonnes}`),
              ).toEqual(
                allExpected.map((f) => `${keyOf(f)}@${f.vintage ?? ""}=${f.netWeightTonnes}`),
              )

              const groups = new Map<string, { count: number; weight: number; known: number }>()
              for (const f of expected) {
                const key = groupBy.map((k) => f[k]).join("|")
                const group = groups.get(key) ?? { count: 0, weight: 0, known: 0 }
                group.count++
                if (f.netWeightTonnes !== null) {
                  group.weight += f.netWeightTonnes
                  group.known++
                }
                groups.set(key, group)
              }
              const actual = store.aggregateSync(query, groupBy)
              expect(actual).toHaveLength(groups.size)
              for (const row of actual) {
                const group = groups.get(groupBy.map((k) => row.key[k]).join("|"))!
                expect(row.count).toBe(group.count)
                expect(row.knownWeightCount).toBe(group.known)
                expect(row.netWeightTonnes).toBe(group.known === 0 ? null : group.weight)
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it("sorts keys too wide for one composite number column by column, on a first load and after", () => {
    const day = (k: number) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10)
    // Key values past the period that span more than 2^32 combinations.
    const wideFlows = (count: number, offset = 0): Array<TradeFlow.TradeFlow> =>
      Array.from({ length: count }, (_, k) => {
        const i = (k * 7919 + offset) % 3000
        return flow({
          id: `w${i}-${offset}`,
          period: `202${i % 5}-0${1 + (i % 9)}`,
          reporter: i % 2 === 0 ? "CN" : "US",
          partner: i % 3 === 0 ? "JP" : "DE",
          commodity: `85051${String(i % 1000).padStart(5, "0")}`,
          netWeightTonnes: i,
          sources: [{ id: `source-${(i * 31) % 1000}`, title: "t", publisher: "p" }],
          vintage: day(i + offset),
        })
      })
    const inOrder = (flows: ReadonlyArray<TradeFlow.TradeFlow>) =>
      [...flows]
        .sort((a, b) => inQueryOrder(a, b) || compareText(a.vintage ?? "", b.vintage ?? ""))
        .map((f) => f.id)
    const store = makeColumnarStore()
    const first = wideFlows(3000)
    store.writeSync(first)
    const all = { limit: 10_000, allVintages: true }
    expect(store.querySync({}, all).items.map((f) => f.id)).toEqual(inOrder(first))
    const more = wideFlows(50, 3001)
    store.writeSync(more)
    expect(store.querySync({}, all).items.map((f) => f.id)).toEqual(inOrder([...first, ...more]))
  })
})
