/**
 * The PostgreSQL schema, as numbered migrations over a schema identifier. Append new ones;
 * never edit an applied one. Text columns use the "C" collation so ordering is by code unit,
 * the same as SQLite and the in-memory store whatever the database's locale.
 * @since 0.1.0
 */

/** One schema step; `sql` receives the quoted schema identifier. */
export interface PostgresMigration {
  readonly version: number
  readonly name: string
  readonly sql: (schema: string) => string
}

/** Every migration, in order. */
export const POSTGRES_MIGRATIONS: ReadonlyArray<PostgresMigration> = [
  {
    version: 1,
    name: "trade_flows",
    sql: (s) => `
CREATE TABLE ${s}.trade_flows (
  row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id text COLLATE "C" NOT NULL CHECK (source_id <> ''),
  period text COLLATE "C" NOT NULL CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  period_start text COLLATE "C" NOT NULL,
  period_end text COLLATE "C" NOT NULL,
  reporter text COLLATE "C" NOT NULL CHECK (reporter <> ''),
  partner text COLLATE "C" NOT NULL CHECK (partner <> ''),
  flow text COLLATE "C" NOT NULL CHECK (flow IN ('export', 'import', 're_export', 're_import')),
  commodity text COLLATE "C" NOT NULL CHECK (commodity <> ''),
  vintage text COLLATE "C" NOT NULL DEFAULT '',
  id text NOT NULL CHECK (id <> ''),
  hs_version text,
  net_weight_tonnes double precision CHECK (net_weight_tonnes IS NULL OR net_weight_tonnes >= 0),
  value_usd double precision CHECK (value_usd IS NULL OR value_usd >= 0),
  estimated boolean,
  sources json NOT NULL CHECK (json_typeof(sources) = 'array'),
  confidence json NOT NULL CHECK (json_typeof(confidence) = 'object'),
  conflict_group text,
  note text,
  CONSTRAINT trade_flows_natural_key UNIQUE (period, reporter, partner, commodity, flow, source_id, vintage)
);
CREATE INDEX trade_flows_reporter_commodity ON ${s}.trade_flows (reporter, commodity);
`,
  },
]
