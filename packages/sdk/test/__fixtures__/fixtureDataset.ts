/**
 * The frozen fixture dataset (`dataset.json`, written once by `makeDatasetFixture.ts`) that the
 * SDK's and the explorer's behaviour tests run on, so that a revised figure in @rareearth/data
 * breaks only the data package's tests. It holds today's figures for the months the tests use
 * (June 2025: 3,188 t of magnets, 353 t to the US...), frozen: those are the fixture's figures,
 * not a claim about the shipped data. Runs everywhere the SDK does (Node, Deno, Bun, browsers):
 * no `node:` import here.
 */
import { Dataset } from "@rareearth/core"
import { EmbeddedSource } from "../../src/sources/Embedded.ts"
import document from "./dataset.json" with { type: "json" }

/** Where `dataset.json` is (for `dataset:PATH` sources: `fileURLToPath(FIXTURE_DATASET_URL)`). */
export const FIXTURE_DATASET_URL = new URL("./dataset.json", import.meta.url)

/** The fixture, validated by core's schema like any dataset file. */
export const fixtureDataset: Dataset.Dataset = Dataset.parse(document)

/** The name `datasetInfo` reports for the fixture source. */
export const FIXTURE_SOURCE_NAME = "fixture"

/**
 * The RareEarth service over the fixture: the embedded source's engine over another dataset.
 * The fixture is valid (checked when it is written and parsed above), so a failing build here
 * is a bug: a defect.
 */
export const fixtureLayer = EmbeddedSource.fromDataset(fixtureDataset, FIXTURE_SOURCE_NAME)
