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
  { name: "report", load: async () => (await import("./report.ts")).reportCommand },
  { name: "serve", load: async () => (await import("./serve.ts")).serveCommand },
  { name: "sync", load: async () => (await import("./sync.ts")).syncCommand },
  { name: "audit", load: async () => (await import("./audit.ts")).auditCommand },
  { name: "diff", load: async () => (await import("./diff.ts")).diffCommand },
  { name: "watch", load: async () => (await import("./watch.ts")).watchCommand },
]
