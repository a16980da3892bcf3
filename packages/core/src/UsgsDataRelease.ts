/**
 * The USGS Mineral Commodity Summaries data release (one CSV row per figure, every commodity
 * chapter), read from its decoded text: rows are split (RFC 4180), checked against the shapes
 * USGS uses, and their values typed with {@link Usgs.parseValue}. A row of a shape this module
 * does not know is reported with its line and column, never dropped silently or guessed.
 *
 * Pure: reading the file and decoding Windows-1252 is the caller's job (the SDK's importer and
 * the data package's generator both do it in a few lines), so the rules live here once.
 * @since 0.2.0
 */

import * as Country from "./Country.ts"
import type * as Edition from "./Edition.ts"
import type { Production } from "./Production.ts"
import type { Reserves } from "./Reserves.ts"
import { kindOfStatistic, type SalientStatistic } from "./SalientStatistic.ts"
import type { SourceRef } from "./Source.ts"
import * as Usgs from "./Usgs.ts"

/**
 * The columns of the data release, in order.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * UsgsDataRelease.COLUMNS.indexOf("Value") // 8
 * ```
 * @category data
 * @since 0.2.0
 */
export const COLUMNS = [
  "MCS chapter",
  "Section",
  "Commodity",
  "Country",
  "Statistics",
  "Statistics_detail",
  "Unit",
  "Year",
  "Value",
  "Notes",
  "Is critical mineral 2025",
  "Other notes",
] as const

/**
 * The chapters of the rare earths: `RARE EARTHS`, `YTTRIUM`, `SCANDIUM`.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * declare const text: string
 * UsgsDataRelease.parse(text, { chapters: UsgsDataRelease.RARE_EARTH_CHAPTERS })
 * ```
 * @category data
 * @since 0.2.0
 */
export const RARE_EARTH_CHAPTERS: ReadonlyArray<string> = ["RARE EARTHS", "YTTRIUM", "SCANDIUM"]

/**
 * One row of the release, typed. `line` is the row's first line in the file (the header is
 * line 1). `fromYear`/`toYear` differ for a span (`2021–24`). `quirk` names a known defect of
 * the release that was read around (see {@link parse}).
 * @category models
 * @since 0.2.0
 */
export interface DataReleaseRow {
  readonly line: number
  readonly chapter: string
  readonly section: string
  readonly commodity: string
  readonly country: string
  readonly statistic: string
  readonly detail: string
  readonly unit: string
  readonly yearText: string
  readonly fromYear: number
  readonly toYear: number
  readonly value: Usgs.UsgsValue
  readonly notes: ReadonlyArray<string>
  readonly qualifiers: Usgs.Qualifiers
  readonly criticalMineral: boolean | null
  readonly otherNotes: ReadonlyArray<string>
  readonly quirk?: "notes_missing_cells_shifted" | undefined
}

/**
 * A row whose shape is not known: where it is (line; column name when one cell is at fault),
 * the text found and what was expected.
 * @category models
 * @since 0.2.0
 */
export interface UnknownRow {
  readonly line: number
  readonly column: string | undefined
  readonly value: string
  readonly message: string
}

/** The result of {@link parse}: the rows read and the rows not understood. @category models @since 0.2.0 */
export interface DataRelease {
  readonly rows: ReadonlyArray<DataReleaseRow>
  readonly unknownRows: ReadonlyArray<UnknownRow>
}

/**
 * Split CSV text (RFC 4180: quoted fields, `""` escapes, line breaks inside quotes, CRLF or LF)
 * into records, each with the line it starts on. An unterminated quote is reported.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * UsgsDataRelease.splitCsv('a,"b,c"\r\n1,2\r\n').records // [{ line: 1, fields: ["a", "b,c"] }, { line: 2, fields: ["1", "2"] }]
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const splitCsv = (
  text: string,
): { records: Array<{ line: number; fields: string[] }>; unterminatedAtLine?: number } => {
  const records: Array<{ line: number; fields: string[] }> = []
  let fields: string[] = []
  let field = ""
  let quoted = false
  let line = 1
  let recordLine = 1
  let rowHasContent = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (c === "\n") line++
        field += c
      }
      continue
    }
    if (c === '"') {
      quoted = true
      rowHasContent = true
    } else if (c === ",") {
      fields.push(field)
      field = ""
      rowHasContent = true
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      fields.push(field)
      if (rowHasContent || field !== "") records.push({ line: recordLine, fields })
      fields = []
      field = ""
      rowHasContent = false
      line++
      recordLine = line
    } else {
      field += c
      rowHasContent = true
    }
  }
  if (quoted) return { records, unterminatedAtLine: recordLine }
  if (rowHasContent || field !== "") {
    fields.push(field)
    records.push({ line: recordLine, fields })
  }
  return { records }
}

const YEAR = /^(\d{4})$/
// `2021–24` (en dash) or `2021-24`: a span within one century.
const YEAR_SPAN = /^(\d{4})[\u2013-](\d{2})$/
const FLAG: Readonly<Record<string, boolean | null>> = { Yes: true, No: false, "": null }

/**
 * Options of {@link parse}: `chapters` keeps only the rows of these chapters (e.g.
 * {@link RARE_EARTH_CHAPTERS}); the others are skipped without a check.
 * @category models
 * @since 0.2.0
 */
export interface ParseOptions {
  readonly chapters?: ReadonlyArray<string> | undefined
}

/**
 * Read the decoded text of an MCS data-release CSV. The header must be the release's
 * ({@link COLUMNS}); each row must have 12 cells, a chapter, a section, a statistic, a year
 * (`2025`) or span (`2021–24`), a value of a USGS form ({@link Usgs.VALUE_FORMS}) and a
 * critical-mineral flag of `Yes`, `No` or empty. One known defect of the MCS 2026 v1.0 release
 * is read around and marked `quirk: "notes_missing_cells_shifted"`: a row whose Notes cell is
 * missing, so that the critical flag sits in Notes and the other notes in the flag column
 * (YTTRIUM, line 8533). Anything else is an {@link UnknownRow}.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * declare const text: string // new TextDecoder("windows-1252").decode(bytes)
 * const release = UsgsDataRelease.parse(text, { chapters: UsgsDataRelease.RARE_EARTH_CHAPTERS })
 * release.unknownRows // [] for the shipped MCS 2026 release
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parse = (text: string, options: ParseOptions = {}): DataRelease => {
  const unknownRows: UnknownRow[] = []
  const rows: DataReleaseRow[] = []
  const { records, unterminatedAtLine } = splitCsv(text.startsWith("\uFEFF") ? text.slice(1) : text)
  if (unterminatedAtLine !== undefined)
    unknownRows.push({
      line: unterminatedAtLine,
      column: undefined,
      value: "",
      message: `Line ${unterminatedAtLine}: a quoted cell is never closed (a " is missing before the end of the file)`,
    })
  const [header, ...body] = records
  const headerText = header?.fields.join(",") ?? ""
  if (header === undefined || header.fields.join("|") !== COLUMNS.join("|")) {
    unknownRows.push({
      line: header?.line ?? 1,
      column: undefined,
      value: headerText,
      message: `Line ${header?.line ?? 1}: the header is not that of an MCS data release: expected "${COLUMNS.join(",")}"`,
    })
    return { rows, unknownRows }
  }
  const chapters = options.chapters === undefined ? undefined : new Set(options.chapters)
  for (const { line, fields } of body) {
    if (chapters !== undefined && !chapters.has(fields[0] ?? "")) continue
    const problem = (column: string | undefined, value: string, expected: string): void => {
      unknownRows.push({
        line,
        column,
        value,
        message: `Line ${line}${column === undefined ? "" : `, column "${column}"`}: ${JSON.stringify(value)} ${expected}`,
      })
    }
    if (fields.length !== COLUMNS.length) {
      problem(
        undefined,
        fields.join(","),
        `has ${fields.length} cells: expected ${COLUMNS.length} (${COLUMNS.join(", ")})`,
      )
      continue
    }
    const cell = (index: number): string => fields[index]!.trim()
    let notesCell = fields[9]!
    let flagCell = cell(10)
    let otherCell = fields[11]!
    let quirk: DataReleaseRow["quirk"]
    if (!(flagCell in FLAG) && (notesCell === "Yes" || notesCell === "No") && otherCell === "") {
      quirk = "notes_missing_cells_shifted"
      otherCell = flagCell
      flagCell = notesCell
      notesCell = ""
    }
    const checks: Array<[number, boolean, string]> = [
      [0, cell(0) !== "", "is empty: expected a chapter such as RARE EARTHS"],
      [
        1,
        cell(1) !== "",
        "is empty: expected a section such as World Mine Production and Reserves",
      ],
      [3, cell(3) !== "", "is empty: expected a country, Other countries or World total"],
      [4, cell(4) !== "", "is empty: expected a statistic such as Production or Reserves"],
    ]
    let bad = false
    for (const [index, ok, expected] of checks)
      if (!ok) {
        problem(COLUMNS[index], fields[index]!, expected)
        bad = true
      }
    if (!(flagCell in FLAG)) {
      problem(
        COLUMNS[10],
        flagCell,
        'is not a critical-mineral flag: expected "Yes", "No" or empty',
      )
      bad = true
    }
    const yearText = cell(7)
    const single = YEAR.exec(yearText)
    const span = YEAR_SPAN.exec(yearText)
    if (!single && !span) {
      problem(COLUMNS[7], fields[7]!, 'is not a year: expected "2025" or a span such as "2021–24"')
      bad = true
    }
    const value = Usgs.safeParseValue(fields[8]!)
    if (value === undefined) {
      problem(COLUMNS[8], fields[8]!, `is not a USGS value: expected ${Usgs.VALUE_FORMS}`)
      bad = true
    }
    if (bad || value === undefined) continue
    const fromYear = Number(single ? single[1] : span![1])
    const toYear = single ? fromYear : Math.floor(fromYear / 100) * 100 + Number(span![2])
    const notes = Usgs.splitNotes(notesCell)
    rows.push({
      line,
      chapter: cell(0),
      section: cell(1),
      commodity: cell(2),
      country: cell(3),
      statistic: cell(4),
      detail: cell(5),
      unit: cell(6),
      yearText,
      fromYear,
      toYear,
      value,
      notes,
      qualifiers: Usgs.qualifiers(notes, cell(5)),
      criticalMineral: FLAG[flagCell]!,
      otherNotes: Usgs.splitNotes(otherCell),
      ...(quirk === undefined ? {} : { quirk }),
    })
  }
  return { rows, unknownRows }
}

// ---------------------------------------------------------------------------------------------
// Rows -> supply records
// ---------------------------------------------------------------------------------------------

/** USGS country names that are not names of the ISO list. */
const USGS_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  Burma: "MM",
  "Other countries": "OTHER_COUNTRIES",
  "World total": "WORLD",
}

/**
 * The supply area of a USGS country cell (`Burma` is `MM`, `World total` is `WORLD`, `Other
 * countries` is `OTHER_COUNTRIES`, `Korea, Republic of` is `KR`), or `undefined`.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * UsgsDataRelease.areaOf("Burma") // "MM"
 * UsgsDataRelease.areaOf("World total") // "WORLD"
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const areaOf = (country: string): Edition.SupplyArea | undefined => {
  const named = USGS_COUNTRY_NAMES[country]
  if (named !== undefined) return named
  const found = Country.find(country)
  return found?.kind === "country" ? found.alpha2 : undefined
}

/**
 * What {@link toSupplyRecords} needs besides the rows: the edition, the sources of each kind of
 * record and their label.
 * @category models
 * @since 0.2.0
 */
export interface SupplyRecordOptions {
  readonly edition: Edition.Edition
  readonly productionSources: ReadonlyArray<SourceRef>
  readonly salientSources: ReadonlyArray<SourceRef>
  readonly productionLabel: Edition.ReferenceLabel
  readonly salientLabel: Edition.ReferenceLabel
}

/** The records of one chapter's rows, and the rows not turned into a record with why. @category models @since 0.2.0 */
export interface SupplyRecords {
  readonly production: Production[]
  readonly reserves: Reserves[]
  readonly salient: SalientStatistic[]
  readonly unknownRows: UnknownRow[]
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/**
 * Turn the `RARE EARTHS` rows of a release into records: world mine production by country
 * (`Production`), reserves (`Reserves`), and the US salient statistics and import sources
 * (`SalientStatistic`). Every record cites the given sources, is `official` (USGS's own
 * figures) and keeps its printed value and notes. A row naming an area that is neither a
 * country nor `World total`/`Other countries`, or a statistic USGS does not use, is returned in
 * `unknownRows`.
 * @example
 * ```ts
 * import { UsgsDataRelease } from "@rareearth/core"
 * declare const release: UsgsDataRelease.DataRelease
 * declare const options: UsgsDataRelease.SupplyRecordOptions
 * const { production } = UsgsDataRelease.toSupplyRecords(release.rows, options)
 * production.find((p) => p.area === "AU" && p.year === 2024)?.tonnesReo // 29000
 * ```
 * @category records
 * @since 0.2.0
 */
export const toSupplyRecords = (
  rows: ReadonlyArray<DataReleaseRow>,
  options: SupplyRecordOptions,
): SupplyRecords => {
  const { edition } = options
  const production: Production[] = []
  const reserves: Reserves[] = []
  const salient: SalientStatistic[] = []
  const unknownRows: UnknownRow[] = []
  for (const row of rows) {
    if (row.chapter !== "RARE EARTHS") continue
    const area = areaOf(row.country)
    if (area === undefined) {
      unknownRows.push({
        line: row.line,
        column: "Country",
        value: row.country,
        message: `Line ${row.line}, column "Country": ${JSON.stringify(row.country)} is not a known country: expected an English country name, "World total" or "Other countries"`,
      })
      continue
    }
    const status = row.qualifiers.reported
      ? "reported"
      : row.qualifiers.estimated
        ? "estimated"
        : "unqualified"
    const provenance = (sources: ReadonlyArray<SourceRef>) => ({
      sources: [...sources],
      confidence: { kind: "official" as const },
      note: `MCS data release, line ${row.line}`,
    })
    if (row.section === "World Mine Production and Reserves" && row.statistic === "Production") {
      const tonnes = Usgs.exactNumber(row.value)
      const reason = Usgs.describeMissing(row.value)
      production.push({
        id: `${edition.id}-production-mine-${slug(area)}-${row.fromYear}`,
        area,
        year: row.fromYear,
        stage: "mine",
        tonnesReo: tonnes,
        ...(reason === undefined ? {} : { unknownReason: reason }),
        printed: row.value,
        status,
        rounded: row.qualifiers.rounded,
        edition,
        label: options.productionLabel,
        notes: [...row.notes],
        ...provenance(options.productionSources),
      })
    } else if (
      row.section === "World Mine Production and Reserves" &&
      row.statistic === "Reserves"
    ) {
      reserves.push({
        id: `${edition.id}-reserves-${slug(area)}`,
        area,
        asOfYear: row.fromYear,
        value: row.value,
        tonnesReo: Usgs.exactNumber(row.value),
        rounded: row.qualifiers.rounded,
        edition,
        label: options.productionLabel,
        notes: [...row.notes],
        ...provenance(options.productionSources),
      })
    } else {
      const kind = kindOfStatistic(row.statistic)
      if (kind === undefined) {
        unknownRows.push({
          line: row.line,
          column: "Statistics",
          value: row.statistic,
          message: `Line ${row.line}, column "Statistics": ${JSON.stringify(row.statistic)} is not a USGS statistic this importer knows`,
        })
        continue
      }
      salient.push({
        id: `${edition.id}-salient-${slug(row.commodity)}-${slug(row.detail || row.statistic)}-${slug(area)}-${row.yearText.replace(/\u2013/g, "-")}`,
        chapter: row.chapter,
        commodity: row.commodity,
        kind,
        detail: row.detail,
        area,
        fromYear: row.fromYear,
        toYear: row.toYear,
        unit: row.unit,
        value: row.value,
        status,
        edition,
        label: options.salientLabel,
        notes: [...row.notes],
        ...provenance(options.salientSources),
      })
    }
  }
  return { production, reserves, salient, unknownRows }
}
