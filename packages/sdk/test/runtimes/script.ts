/**
 * Run by the runtimes test in Deno, Bun and Node: queries the Promise client over the frozen
 * fixture dataset (its figures, so a data revision does not change the line), asks the default
 * client which source it reads (the embedded dataset), and prints one JSON line. It makes no I/O
 * besides printing, so Deno needs no permission.
 */
import { createClient, isRareEarthError } from "../../src/index.ts"
import { fixtureLayer } from "../__fixtures__/fixtureDataset.ts"

const client = createClient({ source: fixtureLayer })
const series = await client.series({ commodity: "magnets", from: "2025-06", to: "2025-06" })
const june = series.points.find((point) => point.period === "2025-06")
const error: unknown = await client.element("Xx").then(
  () => null,
  (caught: unknown) => caught,
)
await client.close()
const byDefault = createClient()
const defaultSource = (await byDefault.datasetInfo()).source
await byDefault.close()
const changePercent = june?.changePercent
console.log(
  JSON.stringify({
    period: june?.period ?? null,
    tonnes: june?.tonnes ?? null,
    changePercent: typeof changePercent === "number" ? Math.round(changePercent * 10) / 10 : null,
    defaultSource,
    error: {
      tag: (error as { _tag?: unknown } | null)?._tag ?? null,
      isRareEarthError: isRareEarthError(error),
    },
  }),
)
