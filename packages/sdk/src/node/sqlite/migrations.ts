/**
 * The SQLite schema, as numbered migrations. Append new ones; never edit an applied one.
 * @since 0.1.0
 */

/** One schema step. */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/**
 * Every migration, in order. The natural key's unique index is in query order (period, reporter,
 * partner, commodity, flow, source, vintage): it serves the ORDER BY of every read, period
 * ranges, and the writer's one-probe lookup of an observation's vintages.
 */
export const SQLITE_MIGRATIONS: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: "trade_flows",
    sql: `
CREATE TABLE trade_flows (
  row_id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL CHECK (source_id <> ''),
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  reporter TEXT NOT NULL CHECK (reporter <> ''),
  partner TEXT NOT NULL CHECK (partner <> ''),
  flow TEXT NOT NULL CHECK (flow IN ('export', 'import', 're_export', 're_import')),
  commodity TEXT NOT NULL CHECK (commodity <> ''),
  vintage TEXT NOT NULL DEFAULT '',
  id TEXT NOT NULL CHECK (id <> ''),
  hs_version TEXT,
  net_weight_tonnes REAL CHECK (net_weight_tonnes IS NULL OR net_weight_tonnes >= 0),
  value_usd REAL CHECK (value_usd IS NULL OR value_usd >= 0),
  estimated INTEGER CHECK (estimated IS NULL OR estimated IN (0, 1)),
  sources TEXT NOT NULL CHECK (json_valid(sources) AND json_type(sources) = 'array'),
  confidence TEXT NOT NULL CHECK (json_valid(confidence) AND json_type(confidence) = 'object'),
  conflict_group TEXT,
  note TEXT,
  CONSTRAINT trade_flows_natural_key UNIQUE (period, reporter, partner, commodity, flow, source_id, vintage)
) STRICT;
CREATE INDEX trade_flows_reporter_commodity ON trade_flows (reporter, commodity);
`,
  },
]
