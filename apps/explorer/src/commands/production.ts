/** `rareearth production`: mine (or refined) production by area and year, or its concentration. */
import type { Production } from "@rareearth/core"
import type { ConcentrationRow } from "@rareearth/sdk"
import { booleanOption, defineCommand, valueOption } from "../cli/Command.ts"
import { dataAgeLine } from "../cli/dataAge.ts"
import { type Column, renderCsv, renderJson, renderTable } from "../cli/Output.ts"
import { publishers } from "../cli/present.ts"
import {
  areaOption,
  CHOICES,
  labelText,
  stageOption,
  vintagesOption,
} from "../cli/supplyOptions.ts"
import { UsageError } from "../cli/UsageError.ts"
import { yearOption } from "../cli/validate.ts"

const tonnes = (record: Production.Production): string =>
  record.tonnesReo === null
    ? `unknown (${record.unknownReason ?? "not given"})`
    : `${record.tonnesReo.toLocaleString("en-US")}${record.status === "estimated" ? " e" : ""}`

const COLUMNS: ReadonlyArray<Column<Production.Production>> = [
  { key: "area", header: "Area", value: (row) => row.area },
  { key: "year", header: "Year", value: (row) => String(row.year) },
  { key: "stage", header: "Stage", value: (row) => row.stage },
  {
    key: "tonnesReo",
    header: "Tonnes REO",
    value: (row) => row.tonnesReo,
    display: tonnes,
    align: "right",
  },
  { key: "edition", header: "Edition", value: (row) => row.edition.id },
  {
    key: "label",
    header: "Label",
    value: (row) => row.label,
    display: (row) => labelText(row.label),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 40 },
]

const percent = (value: number | undefined): string =>
  value === undefined ? "n/a" : `${value.toFixed(1)}%`

const concentrationColumns = (area: string): ReadonlyArray<Column<ConcentrationRow>> => [
  { key: "year", header: "Year", value: (row) => String(row.year) },
  {
    key: "worldTonnesReo",
    header: "World t REO",
    value: (row) => row.worldTonnesReo,
    display: (row) => row.worldTonnesReo.toLocaleString("en-US"),
    align: "right",
  },
  {
    key: "areaPercent",
    header: `${area} share`,
    value: (row) => row.share?.percent ?? null,
    display: (row) => percent(row.share?.percent),
    align: "right",
  },
  {
    key: "herfindahlIndex",
    header: "HHI",
    value: (row) => Math.round(row.herfindahlIndex),
    align: "right",
  },
  { key: "leader", header: "Leader", value: (row) => row.leader?.area ?? null },
  { key: "edition", header: "Edition", value: (row) => row.edition.id },
  {
    key: "label",
    header: "Label",
    value: (row) => row.label,
    display: (row) => labelText(row.label),
  },
  { key: "sources", header: "Sources", value: (row) => publishers(row.sources), maxWidth: 40 },
]

/** The production command. */
export const productionCommand = defineCommand({
  name: "production",
  summary: "rare earth production by country and year, or its concentration (--concentration)",
  usage:
    "production [--area CN] [--year Y | --from Y --to Y] [--stage mine|refined] [--edition ID] [--vintages latest|all] [--concentration] [--json | --csv]",
  description:
    "Tonnes of rare-earth oxide by area, year and stage, each with its edition, reference label (S is single-source) and sources; the latest edition's figure unless --vintages all. --concentration prints, per year, China's share (or --area's) of world production and the HHI, derived from one edition's table (label D, formula in --json).",
  options: {
    area: valueOption("AREA", "a country (CN, AUS, Myanmar), WORLD or OTHER_COUNTRIES", areaOption),
    year: valueOption("YEAR", "only this year", yearOption),
    from: valueOption("YEAR", "first year, inclusive", yearOption),
    to: valueOption("YEAR", "last year, inclusive", yearOption),
    stage: valueOption("STAGE", "mine or refined", stageOption, { choices: CHOICES.stage }),
    edition: valueOption("ID", 'only this edition, e.g. "mcs-2025"'),
    vintages: valueOption(
      "latest|all",
      "latest (default) or every edition's figure",
      vintagesOption,
      {
        choices: CHOICES.vintages,
      },
    ),
    concentration: booleanOption("shares of world production and the HHI by year"),
  },
  formats: ["json", "csv"],
  examples: [
    "rareearth production --year 2025",
    "rareearth production --area AU --year 2024 --vintages all",
    "rareearth production --concentration --from 2020",
  ],
  run: async (context) => {
    const { area, year, from, to, stage, edition, vintages, concentration } = context.options
    const client = await context.client()
    if (concentration && (edition !== undefined || vintages !== undefined)) {
      throw new UsageError(
        "--edition and --vintages do not go with --concentration (production): each year's shares come from one edition's table, named in the output",
      )
    }
    if (concentration) {
      const { items: rows, dataAge } = await client.concentration(
        { area, year, from, to, stage },
        { signal: context.signal },
      )
      const columns = concentrationColumns(area ?? "CN")
      if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
      if (context.format === "csv") return context.stdout(renderCsv(columns, rows))
      return context.stdout(
        [
          `Concentration of world ${stage ?? "mine"} production: ${rows.length} year${rows.length === 1 ? "" : "s"}`,
          dataAgeLine(dataAge),
          "",
          rows.length > 0 ? renderTable(columns, rows) : "(no year has a world total)",
          "",
          `Derived (D): ${rows[0]?.formula ?? "share = area / world; HHI = sum of squared shares"}.`,
          "",
        ].join("\n"),
      )
    }
    const { items: rows, dataAge } = await client.production(
      { area, year, from, to, stage, edition, vintages },
      { signal: context.signal },
    )
    if (context.format === "json") return context.stdout(renderJson({ items: rows, dataAge }))
    if (context.format === "csv") return context.stdout(renderCsv(COLUMNS, rows))
    context.stdout(
      [
        `Production: ${rows.length} figure${rows.length === 1 ? "" : "s"}${vintages === "all" ? " (every edition)" : " (latest edition per figure)"}`,
        dataAgeLine(dataAge),
        "",
        rows.length > 0 ? renderTable(COLUMNS, rows) : "(no figures match)",
        "",
        "Labels: V verified, V2 verified in two sources, S single source; e estimated.",
        "",
      ].join("\n"),
    )
  },
})
