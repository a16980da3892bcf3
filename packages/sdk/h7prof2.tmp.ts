import { DatabaseSync } from "node:sqlite"
import { rmSync } from "node:fs"
import { syntheticFlows } from "./src/node/sync/bench.ts"
import { FLOW_COLUMNS, toRow, NATURAL_KEY, OBSERVATION_KEY } from "./src/node/sync/FlowRows.ts"
import { SQLITE_MIGRATIONS } from "./src/node/sqlite/migrations.ts"
const flows = syntheticFlows(200000).map(toRow)
const vals = (r: any) => FLOW_COLUMNS.map((c) => { const v = r[c]; return typeof v === "boolean" ? (v ? 1 : 0) : v })
for (const variant of ["insertonly", "onelookup", "full", "noextraidx", "insertonly"]) {
  rmSync("/tmp/h7p.sqlite", { force: true }); rmSync("/tmp/h7p.sqlite-wal", { force: true }); rmSync("/tmp/h7p.sqlite-shm", { force: true })
  const db = new DatabaseSync("/tmp/h7p.sqlite")
  db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
  let sql = SQLITE_MIGRATIONS[0]!.sql
  if (variant === "noextraidx") sql = sql.replace(/CREATE INDEX[^;]*;/g, "")
  db.exec(sql)
  const ins = db.prepare(`INSERT INTO trade_flows (${FLOW_COLUMNS.join(",")}) VALUES (${FLOW_COLUMNS.map(() => "?").join(",")})`)
  const find = db.prepare(`SELECT row_id FROM trade_flows WHERE ${NATURAL_KEY.map((c) => `${c} = ?`).join(" AND ")}`)
  const obs = db.prepare(`SELECT 1 FROM trade_flows WHERE ${OBSERVATION_KEY.map((c) => `${c} = ?`).join(" AND ")} LIMIT 1`)
  const all = db.prepare(`SELECT row_id, vintage FROM trade_flows WHERE ${OBSERVATION_KEY.map((c) => `${c} = ?`).join(" AND ")}`)
  const t = performance.now()
  db.exec("BEGIN")
  for (const r of flows as any[]) {
    if (variant === "full" || variant === "noextraidx") { find.get(...NATURAL_KEY.map((c) => r[c])); obs.get(...OBSERVATION_KEY.map((c) => r[c])) }
    if (variant === "onelookup") all.all(...OBSERVATION_KEY.map((c) => r[c]))
    ins.run(...vals(r))
  }
  db.exec("COMMIT")
  console.log(variant, (performance.now() - t).toFixed(0))
  db.close()
}
