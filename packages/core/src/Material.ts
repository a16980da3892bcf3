/**
 * Materials and their rare earth content: the presets a bill of materials names
 * (`ndfeb-sintered` with a grade such as `N42SH`, `smco-2-17` ...), each content a sourced range,
 * and the oxide/metal conversion factors. Where no source gives a composition there is no preset:
 * the user states the content (`custom`).
 * @since 0.2.0
 */

import { ElementSymbol } from "./ElementSchema.ts"
import { invalid, quote } from "./InputError.ts"
import { ProductForm } from "./internal/commodityCodes.ts"
import * as z from "./internal/zod.ts"
import { Provenance } from "./Source.ts"

/**
 * A content range in percent by mass of the material. `min: null` when the source gives only an
 * upper bound ("up to 4%"): the lower end is unknown, not zero.
 * @category schemas
 * @since 0.2.0
 */
export const PercentRange = /* @__PURE__ */ /* @__PURE__ */ z
  .object({
    min: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ /* @__PURE__ */ z
        .number()
        .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100)),
    ),
    max: /* @__PURE__ */ /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100)),
  })
  .check(
    /* @__PURE__ */ z.refine((range) => range.min === null || range.min <= range.max, {
      message: "min must not exceed max",
    }),
  )
export type PercentRange = z.infer<typeof PercentRange>

/**
 * What a content figure is measured as: the element itself (`metal`), or an oxide whose formula
 * is given (e.g. `Y2O3`, `CeO2`): oxide figures stay on oxide basis until converted by a sourced
 * {@link OxideFactor}.
 * @category schemas
 * @since 0.2.0
 */
export const ContentBasis = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal("metal") }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ z.literal("oxide"),
    formula: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(2)),
  }),
])
export type ContentBasis = z.infer<typeof ContentBasis>

/**
 * One line of a composition: the content of one element, or of a group the sources do not split
 * (e.g. Dy and/or Tb in a heat-resistant NdFeB magnet, or all rare earths together).
 * @category schemas
 * @since 0.2.0
 */
export const ComponentContent = /* @__PURE__ */ z.object({
  /** A short label, e.g. `"Dy/Tb"` or `"total RE"`. */
  component: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The elements the figure covers; more than one when the source gives them together. */
  elements: /* @__PURE__ */ /* @__PURE__ */ z
    .array(ElementSymbol)
    .check(/* @__PURE__ */ z.minLength(1)),
  /** Whether `elements` lists every element the figure covers (`false` for "Nd, Pr, Dy ... and others"). */
  complete: /* @__PURE__ */ z.boolean(),
  basis: ContentBasis,
  wtPercent: PercentRange,
  ...Provenance.shape,
})
export type ComponentContent = z.infer<typeof ComponentContent>

/** The coercivity families of sintered NdFeB grades (`N42` is `N`, `N42SH` is `SH`). @category schemas @since 0.2.0 */
export const GradeFamily = /* @__PURE__ */ z.enum(["N", "M", "H", "SH", "UH", "EH", "AH"])
export type GradeFamily = z.infer<typeof GradeFamily>

/**
 * A material preset: its contents for every grade, and the extra contents of each grade family
 * where the material has grades (NdFeB's Dy/Tb depends on the family).
 * @category schemas
 * @since 0.2.0
 */
export const MaterialPreset = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  description: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  /** The product form used to match export-control scopes (e.g. `magnet`). */
  form: ProductForm,
  contents: /* @__PURE__ */ z.array(ComponentContent),
  /** Present for materials sold by grade; a grade is then required. */
  grades: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.partialRecord(GradeFamily, /* @__PURE__ */ z.array(ComponentContent)),
  ),
})
export type MaterialPreset = z.infer<typeof MaterialPreset>

/**
 * A factor from an oxide's mass to its element's mass (and back), with its source: e.g. Dy2O3 to
 * Dy is 0.8713 (derived from standard atomic weights).
 * @category schemas
 * @since 0.2.0
 */
export const OxideFactor = /* @__PURE__ */ z.object({
  oxide: /* @__PURE__ */ /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(2)),
  element: ElementSymbol,
  oxideToMetal: /* @__PURE__ */ /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.positive(), /* @__PURE__ */ z.lte(1)),
  metalToOxide: /* @__PURE__ */ /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(1)),
  ...Provenance.shape,
})
export type OxideFactor = z.infer<typeof OxideFactor>

/** The material id for contents the user states. @category constants @since 0.2.0 */
export const CUSTOM = "custom"

/**
 * A grade's family: `N42` is `N`, `N42SH` is `SH`, `n38eh` is `EH`. Throws with the accepted
 * shape for anything else.
 * @example
 * ```ts
 * import { Material } from "@rareearth/core"
 * Material.gradeFamily("N42SH") // "SH"
 * ```
 * @category grades
 * @since 0.2.0
 */
export const gradeFamily = (grade: string): GradeFamily => {
  const match = /^N(\d{2})(M|H|SH|UH|EH|AH)?$/i.exec(grade.trim())
  if (!match)
    throw invalid(
      "unknown_grade",
      `Unknown grade ${quote(grade)}: expected N followed by two digits and an optional family suffix (${GradeFamily.options.filter((family) => family !== "N").join(", ")}), e.g. N42, N42SH, N38EH`,
      grade,
    )
  return (match[2]?.toUpperCase() ?? "N") as GradeFamily
}

/**
 * Find a preset by id (case-insensitive), or throw naming the valid ids.
 * @example
 * ```ts
 * import { Material } from "@rareearth/core"
 * declare const presets: ReadonlyArray<Material.MaterialPreset>
 * Material.findPreset(presets, "SmCo-2-17").id // "smco-2-17"
 * ```
 * @category presets
 * @since 0.2.0
 */
export const findPreset = (presets: ReadonlyArray<MaterialPreset>, id: string): MaterialPreset => {
  const wanted = id.trim().toLowerCase()
  const preset = presets.find((candidate) => candidate.id === wanted)
  if (!preset)
    throw invalid(
      "unknown_material",
      `Unknown material ${quote(id)}: expected one of ${[...presets.map((candidate) => candidate.id), CUSTOM].join(", ")}`,
      id,
    )
  return preset
}

/**
 * The contents of a preset for a grade: its common contents plus those of the grade's family.
 * A graded material needs a grade; an ungraded one refuses one.
 * @example
 * ```ts
 * import { Material } from "@rareearth/core"
 * declare const ndfeb: Material.MaterialPreset
 * Material.compositionOf(ndfeb, "N42SH").map((line) => line.component) // ["total RE", "Dy/Tb", ...]
 * ```
 * @category presets
 * @since 0.2.0
 */
export const compositionOf = (
  preset: MaterialPreset,
  grade?: string | undefined,
): ComponentContent[] => {
  const given = grade?.trim() ? grade.trim() : undefined
  if (preset.grades === undefined) {
    if (given !== undefined)
      throw invalid(
        "unexpected_grade",
        `Material ${quote(preset.id)} has no grades, but grade ${quote(given)} was given: leave the grade empty`,
        given,
      )
    return [...preset.contents]
  }
  if (given === undefined)
    throw invalid(
      "missing_grade",
      `Material ${quote(preset.id)} needs a grade (e.g. N42, N42SH, N38EH): its heavy rare earth content depends on it`,
      grade,
    )
  const family = gradeFamily(given)
  return [...preset.contents, ...(preset.grades[family] ?? [])]
}

/**
 * The factor that turns a mass of `oxide` into a mass of its element, or throws when no sourced
 * factor is known (we never make one up).
 * @example
 * ```ts
 * import { Material } from "@rareearth/core"
 * declare const factors: ReadonlyArray<Material.OxideFactor>
 * Material.oxideFactor(factors, "Dy2O3").oxideToMetal // 0.8713
 * ```
 * @category conversion
 * @since 0.2.0
 */
export const oxideFactor = (factors: ReadonlyArray<OxideFactor>, oxide: string): OxideFactor => {
  const factor = factors.find((candidate) => candidate.oxide === oxide.trim())
  if (!factor)
    throw invalid(
      "unknown_oxide",
      `No sourced conversion factor for oxide ${quote(oxide)}: known are ${factors.map((candidate) => candidate.oxide).join(", ")}`,
      oxide,
    )
  return factor
}
