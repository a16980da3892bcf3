/**
 * The `rareearth` CLI, run in-process through the same `run` the binary calls: every command,
 * its --json shape, --csv, and bad arguments with their exit codes and one-line messages. The
 * data commands read the frozen fixture dataset (`--source dataset:PATH`: its figures, so a
 * data revision does not break them); a few deliberate checks run on the shipped dataset.
 * (binary.test.ts runs the real built binary end to end.)
 */
import { dataset } from "@rareearth/data"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { run } from "../src/rareearth.ts"
import { FIXTURE_SPEC, fixtureDataset, onFixture } from "./__fixtures__/fixtureDataset.ts"
import { runCli, runCliJson, startTestServer } from "./helpers.ts"

/** The CLI reading the fixture dataset. */
const runOnFixture = (args: ReadonlyArray<string>) => runCli(onFixture(args))

/** The CLI's JSON output over the fixture dataset. */
const runJsonOnFixture = <A = unknown>(args: ReadonlyArray<string>) =>
  runCliJson<A>(onFixture(args))

const SEVEN = ["Dy", "Gd", "Lu", "Sc", "Sm", "Tb", "Y"]

describe.concurrent("rareearth CLI", () => {
  it("lists its commands with --help and exits 0", async () => {
    const result = await runCli(["--help"])
    expect(result.code).toBe(0)
    for (const command of [
      "elements",
      "controls",
      "quotas",
      "series",
      "flows",
      "report",
      "serve",
    ]) {
      expect(result.stdout).toContain(command)
    }
  })

  it.each(["elements", "controls", "quotas", "series", "flows", "report", "serve"])(
    "%s --help prints its usage and options",
    async (command) => {
      const result = await runCli([command, "--help"])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage: rareearth ${command}`)
      expect(result.stdout).toContain("--source")
    },
  )

  describe("elements", () => {
    it("prints the 17 elements as a table", async () => {
      const result = await runOnFixture(["elements"])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^\s*60\s+Nd\s+Neodymium/m)
      expect(result.stdout).toMatch(/^\s*21\s+Sc\s+Scandium/m)
    })

    it("--json: the 17 elements in atomic-number order", async () => {
      const elements = await runJsonOnFixture<
        Array<{ symbol: string; name: string; atomicNumber: number }>
      >(["elements"])
      expect(elements).toHaveLength(17)
      expect(elements.map((e) => e.symbol).slice(0, 4)).toEqual(["Sc", "Y", "La", "Ce"])
      expect(elements.at(-1)).toMatchObject({ symbol: "Lu", name: "Lutetium", atomicNumber: 71 })
    })

    it("--csv: a header and one row per element", async () => {
      const result = await runOnFixture(["elements", "--csv"])
      expect(result.code).toBe(0)
      const lines = result.stdout.trimEnd().split("\r\n")
      expect(lines[0]).toBe("atomicNumber,symbol,name,atomicWeight,usgsGroup,uses")
      expect(lines).toHaveLength(18)
      expect(lines[6]).toMatch(/^60,Nd,Neodymium,/)
    })
  })

  describe("controls", () => {
    it("--json on 2025-06-01: No. 18 in force on seven elements", async () => {
      const rows = await runJsonOnFixture<
        Array<{ id: string; title: string; status: string; elements: string[]; sources: unknown[] }>
      >(["controls", "--on", "2025-06-01"])
      for (const row of rows) {
        expect(row).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            title: expect.any(String),
            status: expect.stringMatching(/^(pending|in_force|suspended|revoked|unknown)$/),
            elements: expect.any(Array),
          }),
        )
      }
      const no18 = rows.find((row) => row.id === "cn-mofcom-2025-18")
      expect(no18?.status).toBe("in_force")
      expect([...(no18?.elements ?? [])].sort()).toEqual(SEVEN)
      expect(no18?.sources.length).toBeGreaterThan(0)
    })

    it("--json on 2025-03-01: no element under a control in force yet", async () => {
      const rows = await runJsonOnFixture<Array<{ status: string; elements: string[] }>>([
        "controls",
        "--on",
        "2025-03-01",
      ])
      expect(rows.filter((row) => row.status === "in_force" && row.elements.length > 0)).toEqual([])
    })

    it("filters by element and form", async () => {
      const rows = await runJsonOnFixture<Array<{ id: string; elements: string[] }>>([
        "controls",
        "--on",
        "2025-06-01",
        "--element",
        "dysprosium",
        "--form",
        "magnet",
      ])
      expect(rows.map((row) => row.id)).toContain("cn-mofcom-2025-18")
      for (const row of rows) expect(row.elements).toContain("Dy")
    })

    it("prints a table with the controlled elements", async () => {
      const result = await runOnFixture(["controls", "--on", "2025-06-01"])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain("cn-mofcom-2025-18")
      expect(result.stdout).toContain("Elements under controls in force: 7 of 17")
    })
  })

  describe("quotas", () => {
    it("--json: year, kind, tonnes, disclosed, sources; 2025's claims conflict", async () => {
      const quotas = await runJsonOnFixture<
        Array<{
          year: number
          kind: string
          tonnes: number | null
          disclosed: boolean
          sources: unknown[]
          conflicting: boolean
        }>
      >(["quotas"])
      for (const quota of quotas) {
        expect(typeof quota.year).toBe("number")
        expect(["mining", "smelting_separation"]).toContain(quota.kind)
        expect(quota.tonnes === null || typeof quota.tonnes === "number").toBe(true)
        expect(typeof quota.disclosed).toBe("boolean")
        expect(quota.sources.length).toBeGreaterThan(0)
      }
      expect(quotas.find((q) => q.year === 2024 && q.kind === "mining")?.tonnes).toBe(270_000)
      const mining2025 = quotas.filter((q) => q.year === 2025 && q.kind === "mining")
      expect(mining2025.length).toBeGreaterThanOrEqual(2)
      expect(mining2025.every((q) => q.conflicting)).toBe(true)
      expect(mining2025.some((q) => q.tonnes === null && !q.disclosed)).toBe(true)
      expect(mining2025.some((q) => q.tonnes === 270_000)).toBe(true)
    })

    it("shows undisclosed quotas as undisclosed and conflicts as such", async () => {
      const result = await runOnFixture(["quotas", "--year", "2025"])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain("undisclosed")
      expect(result.stdout).toContain("CONFLICTING")
      expect(result.stdout).not.toMatch(/^2024/m)
    })

    it("--csv leaves an undisclosed tonnage empty, not 0", async () => {
      const result = await runOnFixture(["quotas", "--year", "2025", "--csv"])
      expect(result.code).toBe(0)
      const lines = result.stdout.trimEnd().split("\r\n")
      expect(lines[0]?.split(",").slice(0, 3)).toEqual(["year", "kind", "tonnes"])
      expect(lines.some((line) => line.startsWith("2025,mining,,"))).toBe(true)
    })
  })

  describe("series", () => {
    it("--json: June 2025 is 3,188 t, +157.5% on May", async () => {
      const points = await runJsonOnFixture<
        Array<{ period: string; tonnes: number | null; changePercent: number | null }>
      >(["series", "--commodity", "magnets", "--from", "2025-05", "--to", "2025-06"])
      expect(points).toEqual([
        expect.objectContaining({ period: "2025-05", tonnes: 1238 }),
        expect.objectContaining({ period: "2025-06", tonnes: 3188, changePercent: 157.5 }),
      ])
    })

    it("--json: each figure names its sources", async () => {
      const [june] = await runJsonOnFixture<
        Array<{
          sourceIds: string[]
          sources: Array<{ id: string; title: string; publisher: string; url: string | null }>
        }>
      >(["series", "--commodity", "magnets", "--from", "2025-06", "--to", "2025-06"])
      expect(june?.sources.length).toBeGreaterThan(0)
      expect(june?.sources.map((source) => source.id)).toEqual(june?.sourceIds)
      for (const source of june?.sources ?? []) {
        expect(source.title.length).toBeGreaterThan(0)
        expect(source.publisher.length).toBeGreaterThan(0)
      }
    })

    it("--json to the US: 46 t in May, 353 t in June", async () => {
      const points = await runJsonOnFixture<Array<{ period: string; tonnes: number | null }>>([
        "series",
        "--commodity",
        "magnets",
        "--reporter",
        "CN",
        "--partner",
        "US",
        "--from",
        "2025-05",
        "--to",
        "2025-06",
      ])
      expect(points.map((point) => [point.period, point.tonnes])).toEqual([
        ["2025-05", 46],
        ["2025-06", 353],
      ])
    })

    it("--json: changePercent is null next to a missing month, never computed from 0", async () => {
      const points = await runJsonOnFixture<
        Array<{ period: string; tonnes: number | null; changePercent: number | null }>
      >(["series", "--commodity", "magnets", "--from", "2024-01", "--to", "2026-12"])
      expect(points.length).toBeGreaterThan(12)
      expect(points.some((point) => point.tonnes === null)).toBe(true)
      points.forEach((point, index) => {
        const before = points[index - 1]
        if (point.tonnes === null || (before !== undefined && before.tonnes === null)) {
          expect(point.changePercent).toBeNull()
        }
      })
    })

    it("prints a table with signed changes", async () => {
      const result = await runOnFixture([
        "series",
        "--commodity",
        "magnets",
        "--from",
        "2025-05",
        "--to",
        "2025-06",
      ])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/2025-06\s+3,188\s+\+157\.5%/)
    })
  })

  describe("flows", () => {
    it("--json: the records with their sources", async () => {
      const flows = await runJsonOnFixture<
        Array<{
          period: string
          reporter: string
          partner: string
          flow: string
          commodity: string
          netWeightTonnes: number | null
          valueUsd: number | null
          sources: Array<{ title: string; publisher: string }>
        }>
      >(["flows", "--partner", "US", "--flow", "export", "--from", "2025-05", "--to", "2025-06"])
      expect(flows.length).toBeGreaterThanOrEqual(2)
      for (const flow of flows) {
        expect(flow).toEqual(
          expect.objectContaining({
            reporter: "CN",
            partner: "US",
            flow: "export",
            commodity: expect.any(String),
          }),
        )
        expect(flow.netWeightTonnes === null || typeof flow.netWeightTonnes === "number").toBe(true)
        expect(flow.valueUsd === null || typeof flow.valueUsd === "number").toBe(true)
        expect(flow.sources[0]).toEqual(
          expect.objectContaining({ title: expect.any(String), publisher: expect.any(String) }),
        )
      }
      expect(flows.find((flow) => flow.period === "2025-06")?.netWeightTonnes).toBe(353)
    })

    it("an HS code selects its national sub-codes, and years work as bounds", async () => {
      const flows = await runJsonOnFixture<Array<{ period: string; commodity: string }>>([
        "flows",
        "--commodity",
        "850511",
        "--from",
        "2025",
        "--to",
        "2025",
      ])
      expect(flows.length).toBeGreaterThanOrEqual(10)
      for (const flow of flows) {
        expect(flow.commodity.startsWith("850511")).toBe(true)
        expect(flow.period.startsWith("2025")).toBe(true)
      }
    })

    it("--csv: the RFC 4180 header and rows", async () => {
      const result = await runOnFixture([
        "flows",
        "--partner",
        "US",
        "--from",
        "2025-06",
        "--to",
        "2025-06",
        "--csv",
      ])
      expect(result.code).toBe(0)
      const lines = result.stdout.trimEnd().split("\r\n")
      expect(lines[0]).toBe(
        "period,reporter,partner,flow,commodity,netWeightTonnes,valueUsd,confidence,sources,singleSource,note",
      )
      expect(lines[1]).toMatch(/^2025-06,CN,US,export,8505111000,353,/)
    })
  })

  describe("report", () => {
    it("tells the seed article's story for June 2025 from the data", async () => {
      const result = await runOnFixture(["report", "--month", "2025-06"])
      expect(result.code).toBe(0)
      const text = result.stdout
      expect(text).toContain("3,188 t in June 2025")
      expect(text).toContain("+157.5% on May 2025 (1,238 t)")
      expect(text).toContain("≈158%")
      expect(text).toContain("353 t in June 2025")
      expect(text).toContain("(46 t)")
      expect(text).toContain("seven of the 17 rare earth elements")
      expect(text).toMatch(/mining: CONFLICTING/)
      expect(text).toContain("270,000 t REO")
      expect(text).toContain("not disclosed")
      expect(text).toContain("equals the published 2024 total")
      expect(text).toContain("pre-restriction level")
      expect(text).toMatch(/vs the three months before the controls \(2025-01 to 2025-03\)/)
    })

    it("--json: the figures behind the story", async () => {
      const story = await runJsonOnFixture<{
        exports: { tonnes: number; previousTonnes: number; changePercent: number }
        unitedStates: { tonnes: number; previousTonnes: number }
        controls: { elementsUnderControl: string[] }
        preRestriction: {
          restrictionStart: string
          baselines: Array<{ averageTonnes: number | null }>
        }
      }>(["report"])
      expect(story.exports.tonnes).toBe(3188)
      expect(story.exports.previousTonnes).toBe(1238)
      expect(story.exports.changePercent).toBeCloseTo(157.512, 2)
      expect(story.unitedStates).toMatchObject({ tonnes: 353, previousTonnes: 46 })
      expect([...story.controls.elementsUnderControl].sort()).toEqual(SEVEN)
      expect(story.preRestriction.restrictionStart).toBe("2025-04-04")
      expect(story.preRestriction.baselines[0]?.averageTonnes).toBeGreaterThan(3188)
    })
  })

  describe("bad arguments exit 2 with one line that says what would be valid", () => {
    const cases: ReadonlyArray<[string, ReadonlyArray<string>, RegExp]> = [
      [
        "unknown element",
        ["controls", "--on", "2025-06-01", "--element", "Xx"],
        /^error: unknown rare earth element "Xx" \(--element\): expected a symbol, English name or atomic number of one of Sc, Y, La, /,
      ],
      [
        "month 13",
        ["series", "--commodity", "magnets", "--from", "2025-13"],
        /^error: invalid period "2025-13" \(--from\): expected a month YYYY-MM/,
      ],
      [
        "month 13 in report",
        ["report", "--month", "2025-13"],
        /^error: invalid month "2025-13" \(--month\)/,
      ],
      [
        "a one-digit month",
        ["flows", "--to", "2025-6"],
        /^error: invalid period "2025-6" \(--to\)/,
      ],
      [
        "an impossible date",
        ["controls", "--on", "2025-02-30"],
        /^error: invalid date "2025-02-30" \(--on\): expected a calendar date YYYY-MM-DD/,
      ],
      [
        "unknown commodity",
        ["series", "--commodity", "unobtainium"],
        /^error: invalid commodity "unobtainium" \(--commodity\): expected an HS code of 2, 4 or 6 digits .* or an alias: magnets, /,
      ],
      [
        "unknown partner",
        ["flows", "--partner", "XX"],
        /^error: unknown country or area "XX" \(--partner\)/,
      ],
      [
        "unknown form",
        ["controls", "--form", "liquid"],
        /^error: unknown product form "liquid" \(--form\): expected one of ore_concentrate, oxide_compound, metal, alloy, magnet, target, other \(or an alias: magnets, metals, oxide, /,
      ],
      [
        "from after to",
        ["flows", "--from", "2025-06", "--to", "2025-01"],
        /^error: --from 2025-06 is after --to 2025-01/,
      ],
      [
        "unknown option",
        ["elements", "--colour"],
        /^error: unknown option --colour for elements: valid options for elements: --json, --csv/,
      ],
      [
        "missing value",
        ["controls", "--on"],
        /^error: option --on needs a value \(controls\): write --on DATE/,
      ],
      [
        "unknown command",
        ["minerals"],
        /^error: unknown command "minerals": expected one of elements, controls, /,
      ],
      [
        "both formats",
        ["quotas", "--json", "--csv"],
        /^error: --json and --csv exclude each other/,
      ],
      [
        "unknown source",
        ["elements", "--source", "ftp://example.org"],
        /^error: unknown source "ftp:\/\/example.org" \(--source\): expected embedded, an http\(s\):\/\/ URL/,
      ],
      [
        "a port out of range",
        ["serve", "--port", "70000"],
        /^error: invalid number "70000" \(--port\): expected a whole number from 0 to 65535/,
      ],
    ]
    it.each(cases)("%s", async (_name, args, message) => {
      const result = await runCli(args)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe("")
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
    })

    it.each([
      ["--source", ["elements", "--source", "postgres://u@[bad/db"]],
      ["--into", ["sync", "--into", "postgres://u@[bad/db"]],
    ])("an unparseable postgres:// URL under %s", async (flag, args) => {
      const result = await runCli(args, { DATABASE_URL: "" })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(
        new RegExp(
          `^error: Invalid store .*: it is not a valid URL; expected sqlite:PATH.* \\(${flag}\\)\n$`,
        ),
      )
    })
  })

  it("exits 1 with a one-line error when the source cannot be reached", async () => {
    // A port nothing listens on: the connection is refused.
    const result = await runCli(["elements", "--source", "http://127.0.0.1:9"])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: /)
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe("--source http://... reads a running explorer through the SDK's HttpSource", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer(FIXTURE_SPEC)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it("gives the same series as the dataset it serves", async () => {
    const args = ["series", "--commodity", "magnets", "--from", "2025-01", "--to", "2025-12"]
    const [remote, local] = await Promise.all([
      runCliJson([...args, "--source", server.url]),
      runJsonOnFixture(args),
    ])
    expect(remote).toEqual(local)
  })

  it("gives the same report", async () => {
    const [remote, local] = await Promise.all([
      runCli(["report", "--source", server.url]),
      runOnFixture(["report"]),
    ])
    expect(remote.code).toBe(0)
    // Only the source line differs.
    expect(remote.stdout.split("\n").slice(2)).toEqual(local.stdout.split("\n").slice(2))
  })
})

describe("exit codes", () => {
  // The bin sets process.exitCode to what run() resolves to: it must be a number even when the
  // output callback returns something, as process.stdout.write returns a boolean (a command ending
  // with the write's result once made Node throw after printing the answer).
  it.each([["elements", "--json"], ["quotas"], ["controls", "--on", "2025-06-01", "--csv"]])(
    "%s exits with the number 0",
    async (...args) => {
      const code = await run(args, {
        stdout: () => true,
        stderr: () => true,
        env: { ...process.env, NO_COLOR: "1" },
      })
      expect(code).toBe(0)
    },
  )
})

describe("version, help and completions", () => {
  it("--version prints the package's version", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag])
      expect(result).toEqual({ code: 0, stdout: `rareearth ${version}\n`, stderr: "" })
    }
  })

  it.each([
    ["bash", "complete -o default -F _rareearth rareearth"],
    ["zsh", "#compdef rareearth"],
    ["fish", "complete -c rareearth"],
  ])(
    "completions %s: every command, its options and the values of closed sets",
    async (shell, marker) => {
      const result = await runCli(["completions", shell])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(marker)
      for (const word of [
        "elements",
        "controls",
        "quotas",
        "series",
        "flows",
        "report",
        "serve",
        "sync",
      ]) {
        expect(result.stdout).toContain(word)
      }
      expect(result.stdout).toMatch(shell === "fish" ? /-l element/ : /--element/)
      // --form completes the product forms, --flow the directions.
      expect(result.stdout).toMatch(/magnet metal oxide alloy target ore other/)
      expect(result.stdout).toMatch(/export import re_export re_import/)
    },
  )

  it("completions for an unknown shell exit 2 and list the shells", async () => {
    const result = await runCli(["completions", "tcsh"])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: unknown shell "tcsh" (completions): expected one of bash, zsh, fish, e.g. rareearth completions bash\n',
    )
  })

  it("reads --name=value and refuses a value on a flag or a stray argument", async () => {
    const rows = await runJsonOnFixture<Array<{ id: string }>>([
      "controls",
      "--on=2025-06-01",
      "--element=Dy",
    ])
    expect(rows.map((row) => row.id)).toContain("cn-mofcom-2025-18")
    const flag = await runCli(["elements", "--json=yes"])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toBe("error: option --json takes no value (elements): write --json alone\n")
    const stray = await runCli(["elements", "Nd"])
    expect(stray.code).toBe(2)
    expect(stray.stderr).toMatch(
      /^error: unexpected argument "Nd" for elements: it takes options only/,
    )
  })
})

describe("confidence and as-of in every format", () => {
  // The expectations come from the fixture itself (which US magnet month is single-source), so a
  // revised record changes which month is checked, not whether the marking works.
  const usMagnetMonths = fixtureDataset.flows.filter(
    (flow) =>
      flow.commodity === "8505111000" &&
      flow.partner === "US" &&
      flow.flow === "export" &&
      /^\d{4}-\d{2}$/.test(flow.period),
  )
  const isSingle = (note: string | undefined) => /\bsingle[- ]source\b/i.test(note ?? "")
  const single = usMagnetMonths.find((flow) => isSingle(flow.note) && flow.netWeightTonnes !== null)
  const several = usMagnetMonths.find(
    (flow) => !isSingle(flow.note) && flow.netWeightTonnes !== null,
  )

  it("flows: single-source figures are marked (S) in the table, and flagged in JSON and CSV", async () => {
    if (single === undefined) throw new Error("the dataset has no single-source US magnet month")
    const args = ["flows", "--partner", "US", "--from", single.period, "--to", single.period]
    const table = await runOnFixture(args)
    expect(table.stdout).toMatch(
      new RegExp(
        `^${single.period}\\s+CN\\s+US\\s+export\\s+8505111000\\s+[\\d,.]+\\s+.*${single.confidence.kind} \\(S\\)`,
        "m",
      ),
    )
    expect(table.stdout).toContain("(S) = single source")
    const [row] =
      await runJsonOnFixture<
        Array<{ confidence: string; singleSource: boolean; note: string | null }>
      >(args)
    expect(row).toMatchObject({ confidence: single.confidence.kind, singleSource: true })
    expect(row?.note).toMatch(/single source/i)
    const csv = (await runOnFixture([...args, "--csv"])).stdout.split("\r\n")
    expect(csv[1]).toMatch(/,true,"?[^\n]*[Ss]ingle source/)
  })

  it("series: each month's confidence, single-source months marked", async () => {
    if (single === undefined || several === undefined)
      throw new Error("the dataset lacks the months this test needs")
    const points = await runJsonOnFixture<
      Array<{ period: string; confidence: string | null; singleSource: boolean }>
    >(["series", "--partner", "US", "--from", single.period, "--to", single.period])
    expect(points.map((point) => [point.period, point.singleSource])).toEqual([
      [single.period, true],
    ])
    const other = await runJsonOnFixture<Array<{ period: string; singleSource: boolean }>>([
      "series",
      "--partner",
      "US",
      "--from",
      several.period,
      "--to",
      several.period,
    ])
    expect(other.map((point) => [point.period, point.singleSource])).toEqual([
      [several.period, false],
    ])
    const table = await runOnFixture([
      "series",
      "--partner",
      "US",
      "--from",
      single.period,
      "--to",
      single.period,
    ])
    expect(table.stdout).toMatch(new RegExp(`^${single.period}\\s+[\\d,]+\\s.*\\(S\\)`, "m"))
  })

  it("controls: the dataset's as-of in the table, JSON and CSV", async () => {
    const table = await runOnFixture(["controls", "--on", "2026-12-01"])
    expect(table.stdout).toMatch(
      /^Data as of (\d{4}-\d{2}-\d{2}): nothing is recorded after that date, so a status on 2026-12-01 may have changed since\.$/m,
    )
    const asOf = /^Data as of (\d{4}-\d{2}-\d{2})/m.exec(table.stdout)?.[1]
    const rows = await runJsonOnFixture<Array<{ asOf: string | null }>>([
      "controls",
      "--on",
      "2025-06-01",
    ])
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.asOf).toBe(asOf)
    const csv = (await runOnFixture(["controls", "--on", "2025-06-01", "--csv"])).stdout.split(
      "\r\n",
    )
    expect(csv[0]?.endsWith(",asOf")).toBe(true)
    expect(csv[1]?.endsWith(`,${asOf}`)).toBe(true)
  })
})

// Deliberate end-to-end checks: without --source the CLI reads @rareearth/data as shipped, and
// the seed article's story holds there. A revised figure breaks these (and the data package's
// tests), nothing else in this file.
describe("on the shipped dataset (no --source)", () => {
  it("series: June 2025 is 3,188 t, +157.5% on May's 1,238 t", async () => {
    const points = await runCliJson<
      Array<{ period: string; tonnes: number | null; changePercent: number | null }>
    >(["series", "--commodity", "magnets", "--from", "2025-05", "--to", "2025-06"])
    expect(points).toEqual([
      expect.objectContaining({ period: "2025-05", tonnes: 1238 }),
      expect.objectContaining({ period: "2025-06", tonnes: 3188, changePercent: 157.5 }),
    ])
  })

  it("report: the seed article's June 2025, from the embedded dataset", async () => {
    const result = await runCli(["report", "--month", "2025-06"])
    expect(result.code).toBe(0)
    const text = result.stdout
    expect(text).toContain("3,188 t in June 2025")
    expect(text).toContain("+157.5% on May 2025 (1,238 t)")
    expect(text).toContain("353 t in June 2025")
    expect(text).toContain("seven of the 17 rare earth elements")
    expect(text).toContain("270,000 t REO")
    expect(text).toContain(dataset.asOf)
  })
})

describe("colours", () => {
  const runOnTerminal = async (env: Record<string, string | undefined>) => {
    let stderr = ""
    const code = await run(["elements", "--colour"], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text
      },
      env,
      stderrIsTerminal: true,
    })
    return { code, stderr }
  }

  it("colours the error prefix on a terminal, and never with NO_COLOR set", async () => {
    const coloured = await runOnTerminal({})
    expect(coloured.stderr.startsWith("\u001b[1;31merror:\u001b[0m unknown option")).toBe(true)
    const plain = await runOnTerminal({ NO_COLOR: "1" })
    expect(plain.code).toBe(2)
    expect(plain.stderr).toMatch(/^error: unknown option --colour/)
    expect(plain.stderr).not.toContain("\u001b")
  })
})
