/**
 * One version across what we release: the packages' package.json files (bumped together by
 * changesets, a "fixed" group), the dataset they ship and the API document the SDK serves.
 */
import { readFileSync } from "node:fs"
import { dataset } from "@rareearth/data"
import { describe, expect, it } from "vitest"
import { openApiDocument } from "../../src/http/OpenApi.ts"

const versionOf = (directory: string): string =>
  (
    JSON.parse(
      readFileSync(new URL(`../../../${directory}/package.json`, import.meta.url), "utf8"),
    ) as {
      version: string
    }
  ).version

describe("versions", () => {
  const sdk = versionOf("sdk")

  it("are one semver version for core, data and the sdk", () => {
    expect(sdk).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)
    expect(versionOf("core")).toBe(sdk)
    expect(versionOf("data")).toBe(sdk)
  })

  it("are the version of the dataset the packages ship", () => {
    expect(dataset.version).toBe(sdk)
  })

  it("are the version of the API document", () => {
    expect(openApiDocument().info.version).toBe(sdk)
  })
})
