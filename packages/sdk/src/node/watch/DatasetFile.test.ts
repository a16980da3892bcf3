/**
 * A dataset file as a source: `DatasetFileSource` and the `dataset:PATH` location that every
 * surface parses with `parseStoreLocation` (the CLI's and the server's `--source`). Runs on the
 * frozen fixture dataset; bad files are refused naming the file and the first bad value.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { FIXTURE_DATASET_URL, fixtureDataset } from "../../../test/__fixtures__/fixtureDataset.ts"
import { createClient } from "../../Client.ts"
import { StoreError, ValidationError } from "../../Errors.ts"
import {
  describeStoreLocation,
  openStore,
  parseStoreLocation,
  StoreSource,
} from "../sync/StoreSource.ts"
import { DatasetFileSource } from "./DatasetFile.ts"

const FIXTURE = fileURLToPath(FIXTURE_DATASET_URL)

const dir = mkdtempSync(join(tmpdir(), "rareearth-dataset-source-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, content: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content))
  return path
}

/** The rejection of a promise that must reject. */
const rejectionOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error("expected the promise to reject")
    },
    (error: unknown) => error,
  )

describe("dataset:PATH locations", () => {
  it("are parsed by parseStoreLocation and described for messages", () => {
    const location = parseStoreLocation("dataset:data/dataset-0.1.0.json")
    expect(location).toEqual({ kind: "dataset", path: "data/dataset-0.1.0.json" })
    expect(describeStoreLocation(location)).toBe("dataset file data/dataset-0.1.0.json")
  })

  it("need a path, and the error lists every valid form", () => {
    expect(() => parseStoreLocation("dataset:")).toThrow(ValidationError)
    expect(() => parseStoreLocation("dataset:")).toThrow(
      /^Invalid store "dataset:": the path is missing; expected sqlite:PATH .*dataset:PATH/,
    )
    expect(() => parseStoreLocation("ftp://x")).toThrow(
      /to read only, dataset:PATH \(a dataset JSON file\)$/,
    )
  })

  it("cannot be opened as a store to write into", async () => {
    const error = await Effect.runPromise(
      Effect.flip(Effect.scoped(openStore(parseStoreLocation("dataset:out.json")))),
    )
    expect(error).toBeInstanceOf(StoreError)
    expect(error.message).toBe(
      "Cannot write into dataset:out.json: a dataset file is read only; expected a store to write into, sqlite:PATH or postgres://USER@HOST/DATABASE",
    )
  })
})

describe("DatasetFileSource", () => {
  it("answers every query from the file, as the embedded engine does over the same dataset", async () => {
    const client = createClient({ source: StoreSource.layer(`dataset:${FIXTURE}`) })
    try {
      const info = await client.datasetInfo()
      expect(info).toMatchObject({
        source: `dataset:${FIXTURE}`,
        version: fixtureDataset.version,
        asOf: fixtureDataset.asOf,
        counts: { flows: fixtureDataset.flows.length, measures: fixtureDataset.measures.length },
      })
      const { points } = await client.series({
        commodity: "magnets",
        from: "2025-05",
        to: "2025-06",
      })
      // The fixture's frozen figures, not the shipped dataset's.
      expect(points.map((point) => [point.period, point.tonnes])).toEqual([
        ["2025-05", 1238],
        ["2025-06", 3188],
      ])
    } finally {
      await client.close()
    }
  })

  it("refuses a file that is missing, not JSON or not a dataset, naming the file and the first bad value", async () => {
    const missing = join(dir, "missing.json")
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      [missing, /^Invalid dataset file ".*missing\.json": cannot read it \(ENOENT\)/],
      [file("broken.json", "{ not json"), /^Invalid dataset file ".*broken\.json": not JSON/],
      [
        file("bad-figure.json", {
          ...fixtureDataset,
          flows: fixtureDataset.flows.map((flow, index) =>
            index === 3 ? { ...flow, netWeightTonnes: "lots" } : flow,
          ),
        }),
        /^Invalid dataset file ".*bad-figure\.json": at flows\[3\]\.netWeightTonnes: /,
      ],
    ]
    for (const [path, message] of cases) {
      const client = createClient({ source: DatasetFileSource.layer({ path }) })
      const error = await rejectionOf(client.elements())
      expect(error, path).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).message, path).toMatch(message)
      await client.close()
    }
  })
})
