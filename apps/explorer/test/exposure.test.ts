/**
 * The exposure of the sample bills of materials (apps/explorer/samples), through the CLI and
 * the real server: the figures their compositions imply, checked by hand (mass x the preset's
 * sourced range), the date changing the answer exactly where the measures' lifecycle says, and
 * every bad input named by row and column.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ApiContract, type ExposureResult } from "@rareearth/sdk"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EXPLORER_DIR, runCli, runCliJson, startTestServer } from "./helpers.ts"

const sample = (name: string) => join(EXPLORER_DIR, "samples", name)
const MOTOR = sample("ev-traction-motor.csv")
const WIND = sample("wind-turbine-generator.csv")
const SPEAKER = sample("speaker.json")

const component = (result: ExposureResult, partId: string, name: string) =>
  result.parts.find((part) => part.partId === partId)?.components.find((c) => c.component === name)

/** Contained kilograms, as [min, max]. */
const kg = (result: ExposureResult, partId: string, name: string) => {
  const found = component(result, partId, name)
  return [found?.containedKg.min, found?.containedKg.max]
}

const expectRange = (
  actual: ReadonlyArray<number | null | undefined>,
  min: number,
  max: number,
) => {
  expect(actual[0]).toBeCloseTo(min, 9)
  expect(actual[1]).toBeCloseTo(max, 9)
}

const controlled = (result: ExposureResult, element: string) =>
  result.controls.find((row) => row.element === element)?.controlled

describe("sample bills: the figures their compositions imply", () => {
  it("EV traction motor: 2 kg N42SH at 2-8% Dy/Tb is 40-160 g; 150 g N38EH at 6-8% Dy is 9-12 g; 20 g Sm2Co17 at 23-28% Sm is 4.6-5.6 g", async () => {
    const result = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      MOTOR,
      "--on",
      "2025-06-01",
    ])
    expectRange(kg(result, "rotor-magnets", "Dy/Tb"), 0.04, 0.16)
    expectRange(kg(result, "rotor-magnets", "total RE"), 0.58, 0.65)
    expectRange(kg(result, "pump-magnet", "Dy"), 0.009, 0.012)
    expectRange(kg(result, "resolver-magnet", "Sm"), 0.0046, 0.0056)
    expect(component(result, "rotor-magnets", "Dy/Tb")?.provenance?.sources.length).toBeGreaterThan(
      0,
    )
    expect(result.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it("wind turbine generator: 1.2 t N38UH is 24-96 kg Dy/Tb; 200 kg GBD at 1.8-4% is 3.6-8 kg; 40 kg NiMH at 7% RE is 2.8 kg; 500 g stated at 4% Dy is 20 g", async () => {
    const result = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      WIND,
      "--on",
      "2025-06-01",
    ])
    expectRange(kg(result, "generator-poles", "Dy/Tb"), 24, 96)
    expectRange(kg(result, "gbd-poles", "Dy/Tb"), 3.6, 8)
    expectRange(kg(result, "pitch-backup-battery", "total RE"), 2.8, 2.8)
    expectRange(kg(result, "sensor-magnets", "Dy"), 0.02, 0.02)
    expect(component(result, "sensor-magnets", "Dy")?.origin).toBe("stated")
  })

  it("speaker: 60 g N42 at 0-8% Dy/Tb is 0-4.8 g; 5 g N48H at 2-8% is 0.1-0.4 g; stated 25% Nd and 1% Dy of 2 g are 0.5 g and 0.02 g", async () => {
    const result = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      SPEAKER,
      "--on",
      "2025-06-01",
    ])
    expectRange(kg(result, "woofer-magnet", "Dy/Tb"), 0, 0.0048)
    expectRange(kg(result, "tweeter-magnet", "Dy/Tb"), 0.0001, 0.0004)
    expectRange(kg(result, "microphone-magnet", "Nd"), 0.0005, 0.0005)
    expectRange(kg(result, "microphone-magnet", "Dy"), 0.00002, 0.00002)
  })

  it("the samples say they are illustrative inputs", async () => {
    for (const file of [MOTOR, WIND])
      expect((await readFile(file, "utf8")).split("\n")[0]).toMatch(
        /^# Illustrative inputs, not data/,
      )
    expect(await readFile(sample("README.md"), "utf8")).toContain("illustrative inputs, not data")
  })
})

describe("the date changes the answer where the lifecycle says", () => {
  it("Dy, Tb and Sm magnets: not controlled on 2025-04-03, licence required from 2025-04-04", async () => {
    const before = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      MOTOR,
      "--on",
      "2025-04-03",
    ])
    const after = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      MOTOR,
      "--on",
      "2025-04-04",
    ])
    for (const element of ["Dy", "Tb", "Sm"]) {
      expect(controlled(before, element)).toBe(false)
      expect(controlled(after, element)).toBe(true)
    }
    expect(after.controls.find((row) => row.element === "Dy")?.measures).toContainEqual(
      expect.objectContaining({
        status: "in_force",
        since: "2025-04-04",
        effect: "licence_required",
      }),
    )
    expect(controlled(after, "Nd")).toBe(false)
  })

  it("a range gives the timeline: Dy in force from 2025-04-04, nothing before", async () => {
    const result = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      MOTOR,
      "--from",
      "2025-01-01",
      "--to",
      "2025-12-31",
    ])
    const dy = result.timeline?.find((row) => row.element === "Dy")
    expect(dy?.changes[0]).toMatchObject({ date: "2025-04-04", status: "in_force" })
    expect(dy?.changes.every((change) => change.date >= "2025-04-04")).toBe(true)
    expect(result.on).toBe("2025-12-31")
  })

  it("prints the text report and CSV", async () => {
    const text = await runCli(["exposure", "--bom", MOTOR, "--on", "2025-06-01"])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain("40-160 g")
    expect(text.stdout).toMatch(/Dy\s+magnet\s+yes\s+cn-mofcom-2025-18 in force since 2025-04-04/)
    expect(text.stdout).toMatch(/Data as of \d{4}-\d{2}-\d{2}/)
    const csv = await runCli(["exposure", "--bom", MOTOR, "--on", "2025-06-01", "--csv"])
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "part_id,material,grade,mass_kg,component,wt_percent,contained_kg_min,contained_kg_max,basis,source,as_of",
    )
    expect(csv.stdout).toContain("rotor-magnets,ndfeb-sintered,N42SH,2,Dy/Tb,2-8%,0.04,0.16,metal")
  })
})

describe("bad input through the CLI: exit 2, the row and the column named", () => {
  let directory: string
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "exposure-"))
  })

  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ["unknown material", "a,ndfeb,,2 kg,", 'row 2, column "material": Unknown material "ndfeb"'],
    [
      "unknown grade",
      "a,ndfeb-sintered,N42XX,2 kg,",
      'row 2, column "grade": Unknown grade "N42XX"',
    ],
    ["mass without unit", "a,ndfeb-sintered,N42,2,", 'row 2, column "mass": mass "2" has no unit'],
    [
      "contents above 100%",
      "a,custom,,2 kg,120%",
      'row 2, column "Dy": content "120%" must lie between 0% and 100%',
    ],
    [
      "a negative mass",
      "a,ndfeb-sintered,N42,-2 kg,",
      'row 2, column "mass": mass "-2 kg" must be greater than 0',
    ],
    ["a negative content", "a,custom,,2 kg,-3%", 'row 2, column "Dy": content "-3%" is negative'],
  ]
  for (const [name, row, message] of cases)
    it(name, async () => {
      const file = join(directory, `${name.replace(/\W+/g, "-")}.csv`)
      await writeFile(file, `part_id,material,grade,mass,Dy\n${row}\n`)
      const result = await runCli(["exposure", "--bom", file])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(message)
      expect(result.stdout).toBe("")
    })

  it("duplicate part ids; --valid-rows computes over the others and reports them", async () => {
    const file = join(directory, "duplicate.csv")
    await writeFile(
      file,
      "part_id,material,grade,mass\na,ndfeb-sintered,N42SH,2 kg\na,ndfeb-sintered,N42,1 kg\n",
    )
    const strict = await runCli(["exposure", "--bom", file])
    expect(strict.code).toBe(2)
    expect(strict.stderr).toContain('row 3, column "part_id": part id "a" is already used on row 2')
    const lenient = await runCli(["exposure", "--bom", file, "--valid-rows", "--json"])
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toContain("skipped: row 3")
    const result = JSON.parse(lenient.stdout) as ExposureResult
    expect(result.parts.map((part) => part.partId)).toEqual(["a"])
    expect(result.bom).toMatchObject({
      rows: 2,
      accepted: 1,
      issues: [{ row: 3, column: "part_id" }],
    })
  })

  it("--mapping reads renamed columns, with the same figures; an unknown field is named", async () => {
    const file = join(directory, "erp-export.csv")
    await writeFile(
      file,
      "Part number,Material,Grade,Weight\nrotor-magnets,ndfeb-sintered,N42SH,2 kg\n",
    )
    const unmapped = await runCli(["exposure", "--bom", file])
    expect(unmapped.code).toBe(2)
    const result = await runCliJson<ExposureResult>([
      "exposure",
      "--bom",
      file,
      "--mapping",
      "partId=Part number,material=Material,grade=Grade,mass=Weight",
      "--on",
      "2025-06-01",
    ])
    expectRange(kg(result, "rotor-magnets", "Dy/Tb"), 0.04, 0.16)
    const bad = await runCli(["exposure", "--bom", file, "--mapping", "part=Part number"])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('unknown field "part" in the column mapping')
    expect(bad.stderr).toMatch(/partId \(part_id\),.*\(--mapping\)/)
  })

  it("names a missing file and a bad option", async () => {
    const missing = await runCli(["exposure", "--bom", join(directory, "nope.csv")])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("does not exist")
    const range = await runCli(["exposure", "--bom", MOTOR, "--from", "2025-01-01"])
    expect(range.code).toBe(2)
    expect(range.stderr).toContain("--from needs --to")
  })
})

describe("POST /api/v1/exposure on the real server", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer()
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
  })

  const post = async (body: BodyInit, headers: Record<string, string> = {}, search = "") => {
    const response = await fetch(`${server.url}/api/v1/exposure${search}`, {
      method: "POST",
      body,
      headers,
    })
    return { response, body: (await response.json()) as Record<string, unknown> }
  }

  it("answers a CSV upload and a JSON body with the sample's figures", async () => {
    const csv = await post(await readFile(MOTOR), { "content-type": "text/csv" }, "?on=2025-06-01")
    expect(csv.response.status).toBe(200)
    expectRange(kg(csv.body as unknown as ExposureResult, "rotor-magnets", "Dy/Tb"), 0.04, 0.16)
    const records = JSON.parse(await readFile(SPEAKER, "utf8")) as unknown[]
    const json = await post(JSON.stringify({ records, on: "2025-04-03" }), {
      "content-type": "application/json",
    })
    expect(json.response.status).toBe(200)
    expect(controlled(json.body as unknown as ExposureResult, "Dy")).toBe(false)
  })

  it("answers a multipart upload", async () => {
    const form = new FormData()
    form.set("file", new Blob([await readFile(WIND)]), "wind-turbine-generator.csv")
    form.set("on", "2025-06-01")
    const { response, body } = await post(form)
    expect(response.status).toBe(200)
    expectRange(kg(body as unknown as ExposureResult, "generator-poles", "Dy/Tb"), 24, 96)
  })

  it("answers 400 problem+json naming the row and column of each bad input", async () => {
    const { response, body } = await post(
      "part_id,material,grade,mass,Dy\na,ndfeb,,2 kg,\nb,ndfeb-sintered,N42XX,2,\nc,custom,,-1 kg,120%\na,custom,,1 kg,-3%\n",
      { "content-type": "text/csv" },
    )
    expect(response.status).toBe(400)
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(
      (body.rows as Array<{ row: number; column: string; code: string }>).map((row) => [
        row.row,
        row.column,
        row.code,
      ]),
    ).toEqual([
      [2, "material", "unknown_material"],
      [3, "grade", "unknown_grade"],
      [3, "mass", "missing_unit"],
      [4, "mass", "invalid_mass"],
      [4, "Dy", "invalid_content"],
      [5, "part_id", "duplicate_part_id"],
      [5, "Dy", "negative_content"],
    ])
  })

  it("refuses a body over the limit with 413 problem+json", async () => {
    const { response, body } = await post("x".repeat(ApiContract.MAX_EXPOSURE_BODY_BYTES + 1), {
      "content-type": "text/csv",
    })
    expect(response.status).toBe(413)
    expect(body.detail).toContain(String(ApiContract.MAX_EXPOSURE_BODY_BYTES))
  })

  it("stops reading a streamed body without a length once it passes the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Twice the limit at most: the server answers before the stream ends.
        if (sent > 2 * ApiContract.MAX_EXPOSURE_BODY_BYTES) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const response = await fetch(`${server.url}/api/v1/exposure`, {
      method: "POST",
      body,
      headers: { "content-type": "text/csv" },
      duplex: "half",
    } as RequestInit)
    expect(response.status).toBe(413)
    await response.body?.cancel()
  })

  it("still refuses other POSTs", async () => {
    const response = await fetch(`${server.url}/api/v1/elements`, { method: "POST", body: "{}" })
    expect(response.status).toBe(405)
  })
})
