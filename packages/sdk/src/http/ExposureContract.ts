/**
 * The contract of `POST /api/v1/exposure`, the API's one route with a request body: the body
 * size limit, the response schema (core's exposure with the dataset's
 * as-of date and the rows' report), and the route's OpenAPI path. The body is JSON
 * (`{ records | text | lines, on, from, to, mode, mapping }`), the text of a CSV/TSV/NDJSON file
 * (`text/csv`, `text/tab-separated-values`, `application/x-ndjson`; options in the query
 * string), or a multipart form with a `file` field. The JSON request schema, which only the
 * server parses, is in ExposureRequest.ts (a client's bundle does not carry it).
 * @since 0.2.0
 */
import * as AsOf from "@rareearth/core/AsOf"
import * as Commodity from "@rareearth/core/Commodity"
import * as ElementSchema from "@rareearth/core/ElementSchema"
import * as ExportControl from "@rareearth/core/ExportControl"
import * as Material from "@rareearth/core/Material"
import * as Period from "@rareearth/core/Period"
import * as Source from "@rareearth/core/Source"
import * as z from "zod/mini"
import { BomIssue } from "./ApiSchemas.ts"

/**
 * The largest request body `POST /api/v1/exposure` reads, in bytes (1 MiB: about ten thousand
 * parts). A larger body is answered 413 with a problem document.
 * @example
 * ```ts
 * import { ApiContract } from "@rareearth/sdk"
 * ApiContract.MAX_EXPOSURE_BODY_BYTES // 1048576
 * ```
 * @category contract
 * @since 0.2.0
 */
export const MAX_EXPOSURE_BODY_BYTES = 1024 * 1024

// A bill of materials' problem is part of every problem document (ApiSchemas.ts).
export { BomIssue } from "./ApiSchemas.ts"
// The path is part of the client side (ClientRoutes.ts), which the Http source loads up front.
export { EXPOSURE_PATH } from "./ClientRoutes.ts"

/** The media types the exposure route reads as file text, by format. @category contract @since 0.2.0 */
export const EXPOSURE_TEXT_TYPES = {
  "text/csv": "csv",
  "text/tab-separated-values": "tsv",
  "application/x-ndjson": "ndjson",
} as const

const MassRange = z.object({ min: z.nullable(z.number()), max: z.number() })
const Provenance = Source.Provenance
const elements = z.array(ElementSchema.ElementSymbol)

const PartComponent = z.object({
  component: z.string(),
  elements,
  complete: z.boolean(),
  basis: Material.ContentBasis,
  wtPercent: Material.PercentRange,
  containedKg: MassRange,
  origin: z.enum(["preset", "stated"]),
  provenance: z.optional(Provenance),
  conversion: z.optional(
    z.object({ oxide: z.string(), factor: z.number(), provenance: Provenance }),
  ),
})

const PriceRef = z.object({
  element: ElementSchema.ElementSymbol,
  basis: Material.ContentBasis,
  perKg: z.number(),
  currency: z.string(),
  date: Period.IsoDate,
  market: z.string(),
  assessor: z.string(),
  provenance: Provenance,
})

/**
 * The answer of `POST /api/v1/exposure` (the SDK's `ExposureResult`).
 * @category schemas
 * @since 0.2.0
 */
export const ExposureResponse = z.object({
  on: Period.IsoDate,
  from: z.optional(Period.IsoDate),
  to: z.optional(Period.IsoDate),
  parts: z.array(
    z.object({
      partId: z.string(),
      row: z.number().check(z.int()),
      description: z.optional(z.string()),
      material: z.string(),
      grade: z.optional(z.string()),
      form: Commodity.ProductForm,
      massKg: z.number(),
      components: z.array(PartComponent),
    }),
  ),
  totals: z.array(
    z.object({
      component: z.string(),
      elements,
      basis: Material.ContentBasis,
      containedKg: MassRange,
      partIds: z.array(z.string()),
    }),
  ),
  controls: z.array(
    z.object({
      element: ElementSchema.ElementSymbol,
      form: Commodity.ProductForm,
      partIds: z.array(z.string()),
      measures: z.array(
        z.object({
          measureId: z.string(),
          title: z.string(),
          instrument: z.string(),
          kind: ExportControl.MeasureKind,
          effect: z.enum(["licence_required", "prohibited", "other"]),
          status: ExportControl.ControlStatus,
          reason: z.string(),
          since: z.optional(Period.IsoDate),
          until: z.optional(Period.IsoDate),
        }),
      ),
      controlled: z.union([z.boolean(), z.literal("unknown")]),
    }),
  ),
  timeline: z.optional(
    z.array(
      z.object({
        element: ElementSchema.ElementSymbol,
        form: Commodity.ProductForm,
        changes: z.array(
          z.object({
            date: Period.IsoDate,
            measureId: z.string(),
            status: ExportControl.ControlStatus,
            reason: z.string(),
          }),
        ),
      }),
    ),
  ),
  supply: z.array(
    z.object({
      element: ElementSchema.ElementSymbol,
      stage: z.string(),
      share: z.number(),
      year: z.number().check(z.int()),
      provenance: Provenance,
    }),
  ),
  prices: z.array(
    z.object({
      component: z.string(),
      element: ElementSchema.ElementSymbol,
      value: MassRange,
      currency: z.string(),
      price: PriceRef,
    }),
  ),
  datasetVersion: z.nullable(z.string()),
  asOf: z.nullable(z.string()),
  bom: z.object({
    rows: z.number().check(z.int(), z.nonnegative()),
    accepted: z.number().check(z.int(), z.nonnegative()),
    issues: z.array(BomIssue),
  }),
  notes: z.array(z.string()),
  dataAge: AsOf.DataAge,
})
export type ExposureResponse = z.infer<typeof ExposureResponse>

/** The query-string options of a file-text or multipart body. @category contract @since 0.2.0 */
export const EXPOSURE_QUERY_OPTIONS = ["on", "from", "to", "mode", "delimiter"] as const

/** The OpenAPI path item of the route (schemas by reference to the document's components). @internal */
export const exposurePathItem = () => {
  const problem = {
    "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
  }
  return {
    post: {
      operationId: "computeExposure",
      summary: "The rare earth exposure of a bill of materials",
      description: `Contained rare earths per part and in total (ranges with the composition's source), the measures reaching each element and form on \`on\` (default today) and, with \`from\` and \`to\`, a timeline of status changes; China's share of supply and sourced prices where the data has them; the dataset's as-of date. The body is JSON, the text of a CSV/TSV/NDJSON file (options in the query string) or a multipart form with a \`file\` field; at most ${MAX_EXPOSURE_BODY_BYTES} bytes. All-or-nothing unless \`mode\` is \`valid-rows\`.`,
      parameters: EXPOSURE_QUERY_OPTIONS.map((name) => ({
        name,
        in: "query",
        required: false,
        description:
          name === "mode"
            ? 'For a file-text or multipart body: "all-or-nothing" (default) or "valid-rows".'
            : name === "delimiter"
              ? "For a CSV body: the delimiter (default: inferred from the header)."
              : `For a file-text or multipart body: the date ${name === "on" ? "to answer for" : `the timeline ${name === "from" ? "starts" : "ends"} on`}, YYYY-MM-DD.`,
        schema: { type: "string" },
      })),
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: { $ref: "#/components/schemas/ExposureRequest" } },
          "text/csv": { schema: { type: "string" } },
          "text/tab-separated-values": { schema: { type: "string" } },
          "application/x-ndjson": { schema: { type: "string" } },
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: {
                file: { type: "string", format: "binary" },
                ...Object.fromEntries(
                  EXPOSURE_QUERY_OPTIONS.map((name) => [name, { type: "string" }]),
                ),
              },
              required: ["file"],
            },
          },
        },
      },
      responses: {
        200: {
          description: "The exposure",
          headers: { "x-request-id": { schema: { type: "string" } } },
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ExposureResponse" } },
          },
        },
        400: {
          description:
            "A bad bill of materials or option: a problem document whose `rows` name each row, column, value and code, or whose `errors` name each bad option.",
          content: problem,
        },
        413: {
          description: `The body is larger than ${MAX_EXPOSURE_BODY_BYTES} bytes.`,
          content: problem,
        },
        415: { description: "A media type the route does not read.", content: problem },
        500: { description: "Internal error.", content: problem },
      },
    },
  }
}
