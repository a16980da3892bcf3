import { setFlagsFromString } from "node:v8"
if (process.env.SEMI) setFlagsFromString(`--max-semi-space-size=${process.env.SEMI}`)
import { serviceFor } from "../apps/explorer/src/cli/Source.ts"
import { startExplorerServer } from "../apps/explorer/src/server/ExplorerServer.ts"
const { service } = await serviceFor({ kind: "embedded" })
const server = await startExplorerServer({ service, port: 18431, cacheAnswers: true })
const mb = (n: number) => (n / 1048576).toFixed(0)
const show = (tag: string) => {
  const m = process.memoryUsage()
  const h = (await_import_v8 as typeof import("node:v8")).getHeapSpaceStatistics().map((s) => `${s.space_name.replace("_space", "")}:${mb(s.space_size)}`).join(" ")
  process.stderr.write(`${tag} rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} used ${mb(m.heapUsed)} ext ${mb(m.external)} ab ${mb(m.arrayBuffers)} | ${h}\n`)
}
const await_import_v8 = await import("node:v8")
console.log(`listening ${server.url}`)
setInterval(() => show(new Date().toISOString().slice(11, 19)), 5000)
import { runInNewContext } from "node:vm"
setFlagsFromString("--expose-gc")
const gcFn = runInNewContext("gc") as (o?: unknown) => unknown
process.on("SIGUSR2", async () => { show("before gc"); const t = performance.now(); await gcFn({ type: "major", execution: "sync", flavor: "last-resort" }); show(`after gc ${(performance.now() - t).toFixed(0)} ms`) })
