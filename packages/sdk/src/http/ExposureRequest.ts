/**
 * The JSON body of `POST /api/v1/exposure`, parsed by the server (`makeApiHandler`) and described
 * by the OpenAPI document; apart from ExposureContract.ts so that a client's bundle, which sends
 * the body but never parses it, does not carry it (nor core's bill-of-materials reader).
 * @since 0.2.0
 */
import * as Bom from "@rareearth/core/Bom"
import * as z from "zod/mini"

const BomFormat = z.enum(["csv", "tsv", "json", "ndjson"])
const BomMode = z.enum(["all-or-nothing", "valid-rows"])
const BomMapping = z.partialRecord(z.enum(Object.keys(Bom.COLUMNS) as [Bom.BomField]), z.string())
// Registered rather than `.check(z.describe(...))`: zod/mini has that check only since after 4.1.
const date = z.string().register(z.globalRegistry, { description: 'A calendar date "YYYY-MM-DD".' })

/**
 * The JSON body of `POST /api/v1/exposure`: one of `records` (objects with `part_id`,
 * `material`, `grade`, `mass`, element columns ...), `text` (a CSV/TSV/JSON/NDJSON file's text)
 * or `lines` (validated bill-of-materials lines), and the options.
 * @category schemas
 * @since 0.2.0
 */
export const ExposureRequest = z
  .strictObject({
    records: z.optional(z.array(z.unknown())),
    text: z.optional(z.string()),
    format: z.optional(BomFormat),
    delimiter: z.optional(z.string()),
    lines: z.optional(z.array(Bom.BomLine)),
    on: z.optional(date),
    from: z.optional(date),
    to: z.optional(date),
    mode: z.optional(BomMode),
    mapping: z.optional(BomMapping),
  })
  .check(
    z.refine(
      (body) =>
        [body.records, body.text, body.lines].filter((value) => value !== undefined).length === 1,
      { error: 'give exactly one of "records", "text" or "lines"' },
    ),
  )
export type ExposureRequest = z.infer<typeof ExposureRequest>
