/**
 * The JSON body of `POST /api/v1/exposure`, parsed by the server (`makeApiHandler`) and described
 * by the OpenAPI document; apart from ExposureContract.ts so that a client's bundle, which sends
 * the body but never parses it, does not carry it (nor core's bill-of-materials reader).
 * @since 0.2.0
 */
import * as Bom from "@rareearth/core/Bom"
import * as z from "zod"

const BomFormat = z.enum(["csv", "tsv", "json", "ndjson"])
const BomMode = z.enum(["all-or-nothing", "valid-rows"])
const BomMapping = z.partialRecord(z.enum(Object.keys(Bom.COLUMNS) as [Bom.BomField]), z.string())
const date = z.string().describe('A calendar date "YYYY-MM-DD".')

/**
 * The JSON body of `POST /api/v1/exposure`: one of `records` (objects with `part_id`,
 * `material`, `grade`, `mass`, element columns ...), `text` (a CSV/TSV/JSON/NDJSON file's text)
 * or `lines` (validated bill-of-materials lines), and the options.
 * @category schemas
 * @since 0.2.0
 */
export const ExposureRequest = z
  .object({
    records: z.array(z.unknown()).optional(),
    text: z.string().optional(),
    format: BomFormat.optional(),
    delimiter: z.string().optional(),
    lines: z.array(Bom.BomLine).optional(),
    on: date.optional(),
    from: date.optional(),
    to: date.optional(),
    mode: BomMode.optional(),
    mapping: BomMapping.optional(),
  })
  .strict()
  .refine(
    (body) =>
      [body.records, body.text, body.lines].filter((value) => value !== undefined).length === 1,
    { error: 'give exactly one of "records", "text" or "lines"' },
  )
export type ExposureRequest = z.infer<typeof ExposureRequest>
