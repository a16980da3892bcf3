/**
 * A bill of materials: parts, each of a material (a preset with a grade, or `custom` with stated
 * contents), a mass with its unit, and optionally stated element contents, the supplier's country
 * and a commodity code. `parseRows` validates rows as they come from a CSV, TSV, JSON or NDJSON
 * file (reading the file is the SDK's job) and reports every bad cell with its row and column.
 * @since 0.2.0
 */

import { CountryCode, parseCountryCode } from "./Country.ts"
import { parseSymbol } from "./Element.ts"
import { ElementSymbol } from "./ElementSchema.ts"
import { invalid, isInvalidInputError, quote } from "./InputError.ts"
import { CommodityCode, ProductForm } from "./internal/commodityCodes.ts"
import * as z from "./internal/zod.ts"
import { CUSTOM, compositionOf, findPreset, type MaterialPreset, PercentRange } from "./Material.ts"

/** Mass units a bill of materials may use. @category schemas @since 0.2.0 */
export const BomMassUnit = /* @__PURE__ */ z.enum(["g", "kg", "t"])
export type BomMassUnit = z.infer<typeof BomMassUnit>

const KILOGRAMS_PER: Record<BomMassUnit, number> = { g: 0.001, kg: 1, t: 1000 }

/**
 * An element content the user states for a part: percent by mass of the part, or a mass.
 * @category schemas
 * @since 0.2.0
 */
export const StatedContent = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ z.literal("wt_percent"),
    element: ElementSymbol,
    wtPercent: PercentRange,
  }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ z.literal("mass"),
    element: ElementSymbol,
    value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.nonnegative()),
    unit: BomMassUnit,
  }),
])
export type StatedContent = z.infer<typeof StatedContent>

/**
 * One validated part of a bill of materials.
 * @category schemas
 * @since 0.2.0
 */
export const BomLine = /* @__PURE__ */ z.object({
  /** The row (file line, or 1-based record number for JSON) the part came from. */
  row: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
  partId: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** A preset id, or `custom`. */
  material: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  grade: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** The product form export controls are matched on: the preset's, or stated for `custom`. */
  form: ProductForm,
  mass: /* @__PURE__ */ z.object({
    value: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive()),
    unit: BomMassUnit,
  }),
  contents: /* @__PURE__ */ z.array(StatedContent),
  supplierCountry: /* @__PURE__ */ z.optional(CountryCode),
  commodityCode: /* @__PURE__ */ z.optional(CommodityCode),
})
export type BomLine = z.infer<typeof BomLine>

/**
 * A problem with one cell (or row) of a bill of materials: where it is, the value, and what
 * would be valid.
 * @category models
 * @since 0.2.0
 */
export interface BomIssue {
  readonly row: number
  readonly column: string
  readonly value: string
  readonly code: string
  readonly message: string
}

/** The columns of a bill of materials, by their default names. @category constants @since 0.2.0 */
export const COLUMNS = {
  partId: "part_id",
  description: "description",
  material: "material",
  grade: "grade",
  mass: "mass",
  massUnit: "mass_unit",
  form: "form",
  supplierCountry: "supplier_country",
  commodityCode: "commodity_code",
} as const
/** A field of a bill of materials. @category models @since 0.2.0 */
export type BomField = keyof typeof COLUMNS

/**
 * Parses a column mapping written as text, as the CLI's `--mapping` takes it: comma-separated
 * `FIELD=Column` pairs, FIELD being a field name (`partId`) or its default column (`part_id`),
 * e.g. `"partId=Part number,mass=Weight"`. An unknown field or a pair without `=` is an
 * InvalidInputError that names it and lists the fields.
 * @example
 * ```ts
 * import { Bom } from "@rareearth/core"
 * Bom.parseMapping("part_id=Part number, mass=Weight") // { partId: "Part number", mass: "Weight" }
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseMapping = (text: string): Partial<Record<BomField, string>> => {
  const fields = Object.keys(COLUMNS) as BomField[]
  const fieldOf = (name: string): BomField | undefined =>
    fields.find((field) => field === name || COLUMNS[field] === name)
  const valid = fields.map((field) => `${field} (${COLUMNS[field]})`).join(", ")
  const mapping: Partial<Record<BomField, string>> = {}
  for (const pair of text.split(",")) {
    if (pair.trim() === "") continue
    const at = pair.indexOf("=")
    const name = (at === -1 ? pair : pair.slice(0, at)).trim()
    const column = at === -1 ? "" : pair.slice(at + 1).trim()
    const field = fieldOf(name)
    if (field === undefined)
      throw invalid(
        "unknown_field",
        `Unknown field ${quote(name)} in the column mapping: expected one of ${valid}`,
        text,
      )
    if (column === "")
      throw invalid(
        "missing_column",
        `No column for ${quote(name)} in the column mapping: write ${name}=Column name`,
        text,
      )
    if (mapping[field] !== undefined)
      throw invalid(
        "duplicate_field",
        `Field ${quote(name)} is mapped twice in the column mapping`,
        text,
      )
    mapping[field] = column
  }
  return mapping
}

/**
 * Options of {@link parseRows}.
 * @category models
 * @since 0.2.0
 */
export interface ParseOptions {
  readonly presets: ReadonlyArray<MaterialPreset>
  /** Column names that differ from {@link COLUMNS}, e.g. `{ partId: "Part number" }`. */
  readonly mapping?: Partial<Record<BomField, string>>
  /** The row number of the first record (2 for a CSV file with a header line; 1 for JSON). */
  readonly firstRow?: number
  /**
   * The row number of each record, when they are not consecutive (a CSV file with blank lines
   * or line breaks inside quoted values): `rowNumbers[i]` is record `i`'s row. Overrides `firstRow`.
   */
  readonly rowNumbers?: ReadonlyArray<number>
}

/** The result of {@link parseRows}: the valid parts and every problem found. @category models @since 0.2.0 */
export interface ParseResult {
  readonly lines: BomLine[]
  readonly issues: BomIssue[]
  /** How many records were read. */
  readonly rows: number
}

type Cell = string | number | null | undefined

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ""
    : typeof value === "string"
      ? value.trim()
      : String(value)

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * A mass cell: `"2 kg"`, `"350g"`, `"0.5 t"`, or a number with the unit from its own column.
 * Returns the problem as a string.
 */
const parseMass = (
  cell: string,
  unitCell: string,
): { value: number; unit: BomMassUnit } | { error: string; code: string } => {
  const match = /^([^a-zA-Z]*?)\s*([a-zA-Z]*)$/.exec(cell)
  const number = (match?.[1] ?? "").trim()
  const unit = (match?.[2] || unitCell).toLowerCase()
  if (!NUMBER.test(number))
    return {
      code: "invalid_mass",
      error: `mass ${quote(cell)} is not a number with a unit (e.g. "2 kg", "350 g")`,
    }
  const value = Number(number)
  if (unit === "")
    return {
      code: "missing_unit",
      error: `mass ${quote(cell)} has no unit: add g, kg or t (in the cell or a mass_unit column)`,
    }
  if (!BomMassUnit.options.includes(unit as BomMassUnit))
    return { code: "unknown_unit", error: `unknown mass unit ${quote(unit)}: expected g, kg or t` }
  if (!(value > 0))
    return { code: "invalid_mass", error: `mass ${quote(cell)} must be greater than 0` }
  return { value, unit: unit as BomMassUnit }
}

/** A content cell: `"3.5%"`, `"2-8%"`, `"40 g"`, `"0.04 kg"`. */
const parseContent = (
  element: ElementSymbol,
  cell: string,
): StatedContent | { error: string; code: string } => {
  const percent = /^([^%]+?)\s*(?:-|–|to)\s*([^%]+?)\s*%$|^([^%]+?)\s*%$/.exec(cell)
  if (percent) {
    const low = (percent[1] ?? percent[3] ?? "").trim()
    const high = (percent[2] ?? percent[3] ?? "").trim()
    if (!NUMBER.test(low) || !NUMBER.test(high))
      return {
        code: "invalid_content",
        error: `content ${quote(cell)} is not a percentage (e.g. "3.5%" or "2-8%")`,
      }
    const min = Number(low)
    const max = Number(high)
    if (min < 0 || max < 0)
      return { code: "negative_content", error: `content ${quote(cell)} is negative` }
    if (max > 100 || min > max)
      return {
        code: "invalid_content",
        error: `content ${quote(cell)} must lie between 0% and 100%, low end first`,
      }
    return { kind: "wt_percent", element, wtPercent: { min, max } }
  }
  const mass = parseMass(cell, "")
  if ("error" in mass) {
    if (/^-/.test(cell))
      return { code: "negative_content", error: `content ${quote(cell)} is negative` }
    return {
      code: "invalid_content",
      error: `content ${quote(cell)} is neither a percentage ("3.5%", "2-8%") nor a mass with a unit ("40 g")`,
    }
  }
  return { kind: "mass", element, value: mass.value, unit: mass.unit }
}

/** The contents' upper share of the part's mass, in percent. */
const statedShare = (contents: ReadonlyArray<StatedContent>, massKg: number): number =>
  contents.reduce(
    (total, content) =>
      total +
      (content.kind === "wt_percent"
        ? content.wtPercent.max
        : ((content.value * KILOGRAMS_PER[content.unit]) / massKg) * 100),
    0,
  )

/**
 * The mass in kilograms.
 * @example
 * ```ts
 * import { Bom } from "@rareearth/core"
 * Bom.toKilograms({ value: 350, unit: "g" }) // 0.35
 * ```
 * @category conversion
 * @since 0.2.0
 */
export const toKilograms = (mass: { readonly value: number; readonly unit: BomMassUnit }): number =>
  mass.value * KILOGRAMS_PER[mass.unit]

/**
 * Validate the records of a bill of materials. Every problem is reported with its row and
 * column; rows with a problem are left out of `lines`. Callers decide: refuse the file when
 * `issues` is not empty (all-or-nothing), or use the valid lines with the report.
 * Element contents are columns named by element symbol (`Dy`, `Tb` ...) holding a percentage
 * (`"3.5%"`, `"2-8%"`) or a mass (`"40 g"`).
 * @example
 * ```ts
 * import { Bom } from "@rareearth/core"
 * declare const presets: ReadonlyArray<import("@rareearth/core").Material.MaterialPreset>
 * const { lines, issues } = Bom.parseRows(
 *   [{ part_id: "rotor", material: "ndfeb-sintered", grade: "N42SH", mass: "2 kg" }],
 *   { presets, firstRow: 2 },
 * )
 * ```
 * @category parsing
 * @since 0.2.0
 */
export const parseRows = (
  records: ReadonlyArray<Readonly<Record<string, Cell | Readonly<Record<string, Cell>>>>>,
  options: ParseOptions,
): ParseResult => {
  const column = (field: BomField): string => options.mapping?.[field] ?? COLUMNS[field]
  const known = new Set((Object.keys(COLUMNS) as BomField[]).map(column))
  const firstRow = options.firstRow ?? 1
  const lines: BomLine[] = []
  const issues: BomIssue[] = []
  const firstRowOfPart = new Map<string, number>()

  records.forEach((raw, index) => {
    const row = options.rowNumbers?.[index] ?? firstRow + index
    // JSON may nest contents ({ contents: { Dy: "3%" } }); flatten it onto element columns.
    const record: Record<string, Cell> = {}
    for (const [key, value] of Object.entries(raw)) {
      if (key === "contents" && value !== null && typeof value === "object")
        Object.assign(record, value)
      else record[key] = value as Cell
    }
    const rowIssues: BomIssue[] = []
    const report = (field: string, value: string, code: string, message: string) =>
      rowIssues.push({
        row,
        column: field,
        value,
        code,
        message: `row ${row}, column ${quote(field)}: ${message}`,
      })
    const cell = (field: BomField) => text(record[column(field)])

    const partId = cell("partId")
    if (partId === "") report(column("partId"), "", "missing_part_id", "every part needs an id")
    else {
      const first = firstRowOfPart.get(partId)
      if (first !== undefined)
        report(
          column("partId"),
          partId,
          "duplicate_part_id",
          `part id ${quote(partId)} is already used on row ${first}`,
        )
      else firstRowOfPart.set(partId, row)
    }

    const materialCell = cell("material")
    const gradeCell = cell("grade")
    let preset: MaterialPreset | undefined
    let form: ProductForm | undefined
    if (materialCell === "")
      report(
        column("material"),
        "",
        "missing_material",
        `every part needs a material: one of ${[...options.presets.map((p) => p.id), CUSTOM].join(", ")}`,
      )
    else if (materialCell.toLowerCase() !== CUSTOM) {
      try {
        preset = findPreset(options.presets, materialCell)
        form = preset.form
        compositionOf(preset, gradeCell)
      } catch (error) {
        if (!isInvalidInputError(error)) throw error
        const code = error.issues[0]?.code ?? "invalid"
        const onGrade = preset !== undefined
        report(
          column(onGrade ? "grade" : "material"),
          onGrade ? gradeCell : materialCell,
          code,
          error.message,
        )
      }
    }
    const formCell = cell("form")
    if (formCell !== "") {
      const parsed = ProductForm.safeParse(formCell.toLowerCase())
      if (!parsed.success)
        report(
          column("form"),
          formCell,
          "unknown_form",
          `unknown form ${quote(formCell)}: expected one of ${ProductForm.options.join(", ")}`,
        )
      else if (preset && parsed.data !== preset.form)
        report(
          column("form"),
          formCell,
          "conflicting_form",
          `material ${quote(preset.id)} is of form ${quote(preset.form)}, not ${quote(formCell)}`,
        )
      else form = parsed.data
    }

    const massCell = cell("mass")
    const mass =
      massCell === ""
        ? { code: "missing_mass", error: "every part needs a mass with a unit (g, kg or t)" }
        : parseMass(massCell, cell("massUnit"))
    if ("error" in mass) report(column("mass"), massCell, mass.code, mass.error)

    const contents: StatedContent[] = []
    let contentColumns = 0
    for (const [key, value] of Object.entries(record)) {
      if (known.has(key)) continue
      const content = text(value)
      if (content === "") continue
      contentColumns++
      let element: ElementSymbol
      try {
        element = parseSymbol(key)
      } catch {
        report(
          key,
          content,
          "unknown_column",
          `unknown column ${quote(key)}: expected ${[...known].join(", ")} or an element symbol (La ... Lu, Sc, Y)`,
        )
        continue
      }
      const parsed = parseContent(element, content)
      if ("error" in parsed) report(key, content, parsed.code, parsed.error)
      else contents.push(parsed)
    }
    if (materialCell.toLowerCase() === CUSTOM && contentColumns === 0)
      report(
        column("material"),
        materialCell,
        "missing_contents",
        'a custom material needs at least one element content column (e.g. Dy = "3%")',
      )
    if (!("error" in mass) && contents.length > 0) {
      const share = statedShare(contents, toKilograms(mass))
      if (share > 100)
        report(
          "contents",
          `${Number(share.toFixed(6))}%`,
          "contents_over_100",
          `the stated contents add up to ${Number(share.toFixed(6))}% of the part's mass, more than 100%`,
        )
    }

    const countryCell = cell("supplierCountry")
    let supplierCountry: CountryCode | undefined
    if (countryCell !== "") {
      try {
        supplierCountry = parseCountryCode(countryCell)
      } catch (error) {
        if (!isInvalidInputError(error)) throw error
        report(column("supplierCountry"), countryCell, "unknown_country", error.message)
      }
    }
    const codeCell = cell("commodityCode")
    let commodityCode: CommodityCode | undefined
    if (codeCell !== "") {
      const parsed = CommodityCode.safeParse(codeCell.replace(/\./g, ""))
      if (!parsed.success)
        report(
          column("commodityCode"),
          codeCell,
          "invalid_commodity_code",
          `invalid commodity code ${quote(codeCell)}: ${parsed.error.issues[0]?.message ?? "expected an HS or China code"}`,
        )
      else commodityCode = parsed.data
    }

    if (rowIssues.length > 0 || "error" in mass || partId === "" || materialCell === "") {
      issues.push(...rowIssues)
      return
    }
    const description = cell("description")
    lines.push({
      row,
      partId,
      ...(description === "" ? {} : { description }),
      material: preset?.id ?? CUSTOM,
      ...(gradeCell === "" ? {} : { grade: gradeCell.toUpperCase() }),
      form: form ?? "other",
      mass,
      contents,
      ...(supplierCountry === undefined ? {} : { supplierCountry }),
      ...(commodityCode === undefined ? {} : { commodityCode }),
    })
  })
  return { lines, issues, rows: records.length }
}
