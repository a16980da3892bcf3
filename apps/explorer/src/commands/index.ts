/**
 * The command list, in the order `--help` lists them. Each command loads on demand, so that
 * `rareearth elements` never loads the server behind `serve` or the stores behind `sync`.
 */
import type { CommandEntry } from "../cli/run.ts"

/** Every command, by name. */
export const COMMANDS: ReadonlyArray<CommandEntry> = [
  { name: "elements", load: async () => (await import("./elements.ts")).elementsCommand },
  { name: "controls", load: async () => (await import("./controls.ts")).controlsCommand },
  { name: "quotas", load: async () => (await import("./quotas.ts")).quotasCommand },
  { name: "series", load: async () => (await import("./series.ts")).seriesCommand },
  { name: "flows", load: async () => (await import("./flows.ts")).flowsCommand },
  { name: "lookup", load: async () => (await import("./lookup.ts")).lookupCommand },
  { name: "exposure", load: async () => (await import("./exposure.ts")).exposureCommand },
  { name: "production", load: async () => (await import("./production.ts")).productionCommand },
  { name: "reserves", load: async () => (await import("./reserves.ts")).reservesCommand },
  { name: "measures", load: async () => (await import("./measures.ts")).measuresCommand },
  { name: "prices", load: async () => (await import("./prices.ts")).pricesCommand },
  { name: "salient", load: async () => (await import("./salient.ts")).salientCommand },
  { name: "groups", load: async () => (await import("./groups.ts")).groupsCommand },
  { name: "mirror", load: async () => (await import("./mirror.ts")).mirrorCommand },
  { name: "report", load: async () => (await import("./report.ts")).reportCommand },
  { name: "serve", load: async () => (await import("./serve.ts")).serveCommand },
  { name: "sync", load: async () => (await import("./sync.ts")).syncCommand },
  { name: "audit", load: async () => (await import("./audit.ts")).auditCommand },
  { name: "diff", load: async () => (await import("./diff.ts")).diffCommand },
  { name: "watch", load: async () => (await import("./watch.ts")).watchCommand },
]
