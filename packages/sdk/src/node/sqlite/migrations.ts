/**
 * The SQLite schema, as numbered migrations. Append new ones; never edit an applied one.
 * @since 0.1.0
 */

/**
 * The one index of the current schema; a bulk load into an empty table drops and rebuilds it.
 * Queries by reporter (and commodity) without a period use it too, by a skip-scan over its few
 * periods, once ANALYZE has told the planner how few there are: faster than version 2's
 * reporter index, which then needed a lookup per row and a sort.
 */
export const NATURAL_KEY_INDEX =
  "CREATE UNIQUE INDEX trade_flows_natural_key ON trade_flows (period, reporter, partner, commodity, flow, source_id, vintage)"

/** Planner statistics from a sample (a few milliseconds on a million rows; see `openConnection`). */
export const ANALYZE = "ANALYZE trade_flows"

/** Version 2's indexes, as that migration created them. */
const VERSION_2_INDEXES = `${NATURAL_KEY_INDEX};
CREATE INDEX trade_flows_reporter_commodity ON trade_flows (reporter, commodity);`

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
 *
 * Version 2 rebuilds the table (rows and their row_id kept) so that a bulk load into an empty
 * table can drop both indexes and build them once at the end, in the same transaction: the
 * natural key becomes a named unique index (a UNIQUE table constraint's index cannot be
 * dropped). It also drops the JSON checks on `sources` and `confidence`, which parsed each
 * document twice per row (a third of the insert's time) to re-check what the one validator
 * already checked: the columns hold `JSON.stringify` of validated records.
 *
 * Version 3 narrows the rows (rows and their row_id kept, see SqliteRows.ts): `sources` and
 * `confidence` move to `provenances`, one row per distinct pair, which a flow references by
 * `provenance_id`; `period_start` and `period_end` become virtual columns generated from
 * `period` (a year covers its January to December, as FlowRows.periodBounds says); the reporter
 * index goes (see NATURAL_KEY_INDEX).
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
  {
    version: 2,
    name: "droppable_indexes",
    sql: `
CREATE TABLE trade_flows_v2 (
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
  sources TEXT NOT NULL,
  confidence TEXT NOT NULL,
  conflict_group TEXT,
  note TEXT
) STRICT;
INSERT INTO trade_flows_v2 SELECT row_id, source_id, period, period_start, period_end, reporter, partner, flow, commodity, vintage, id, hs_version, net_weight_tonnes, value_usd, estimated, sources, confidence, conflict_group, note FROM trade_flows ORDER BY row_id;
DROP TABLE trade_flows;
ALTER TABLE trade_flows_v2 RENAME TO trade_flows;
${VERSION_2_INDEXES}
`,
  },
  {
    version: 3,
    name: "narrow_rows",
    sql: `
CREATE TABLE provenances (
  provenance_id INTEGER PRIMARY KEY,
  sources TEXT NOT NULL,
  confidence TEXT NOT NULL,
  CONSTRAINT provenances_value UNIQUE (sources, confidence)
) STRICT;
INSERT OR IGNORE INTO provenances (sources, confidence) SELECT sources, confidence FROM trade_flows ORDER BY row_id;
CREATE TABLE trade_flows_v3 (
  row_id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL CHECK (source_id <> ''),
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  period_start TEXT GENERATED ALWAYS AS (CASE WHEN length(period) = 4 THEN period || '-01' ELSE period END) VIRTUAL,
  period_end TEXT GENERATED ALWAYS AS (CASE WHEN length(period) = 4 THEN period || '-12' ELSE period END) VIRTUAL,
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
  provenance_id INTEGER NOT NULL REFERENCES provenances (provenance_id),
  conflict_group TEXT,
  note TEXT
) STRICT;
INSERT INTO trade_flows_v3 (row_id, source_id, period, reporter, partner, flow, commodity, vintage, id, hs_version, net_weight_tonnes, value_usd, estimated, provenance_id, conflict_group, note)
SELECT t.row_id, t.source_id, t.period, t.reporter, t.partner, t.flow, t.commodity, t.vintage, t.id, t.hs_version, t.net_weight_tonnes, t.value_usd, t.estimated, p.provenance_id, t.conflict_group, t.note
FROM trade_flows t JOIN provenances p ON p.sources = t.sources AND p.confidence = t.confidence ORDER BY t.row_id;
DROP TABLE trade_flows;
ALTER TABLE trade_flows_v3 RENAME TO trade_flows;
${NATURAL_KEY_INDEX};
${ANALYZE};
`,
  },
]
