/**
 * The OpenAPI 3.1 document of the REST API, generated from the contract (`ApiContract.Routes`,
 * schemas via `z.toJSONSchema`). Server-side: only the API handler and tools need it.
 * @since 0.1.0
 */

import * as Element from "@rareearth/core/Element"
import * as ExportControl from "@rareearth/core/ExportControl"
import * as PolicyEvent from "@rareearth/core/PolicyEvent"
import * as Quota from "@rareearth/core/Quota"
import * as Source from "@rareearth/core/Source"
import * as TradeFlow from "@rareearth/core/TradeFlow"
import * as z from "zod/mini"
// The API's version is the SDK's: one source of truth, bumped by changesets at release.
import packageJson from "../../package.json" with { type: "json" }
import {
  API_PREFIX,
  ControlStatusRow,
  type ParameterSpec,
  Problem,
  type RouteSpec,
  Routes,
  TimelineItem,
} from "./ApiContract.ts"
import { EXPOSURE_PATH, ExposureResponse, exposurePathItem } from "./ExposureContract.ts"
import { ExposureRequest } from "./ExposureRequest.ts"
import { SUPPLY_COMPONENTS } from "./SupplyContract.ts"

const componentSchemas = (): Record<string, unknown> => {
  const registry = z.registry<{ id: string }>()
  const named: ReadonlyArray<readonly [string, z.ZodMiniType]> = [
    ["SourceRef", Source.SourceRef],
    ["Confidence", Source.Confidence],
    ["Element", Element.Element],
    ["ExportControlMeasure", ExportControl.ExportControlMeasure],
    ["LifecycleEvent", ExportControl.LifecycleEvent],
    ["Quota", Quota.Quota],
    ["TradeFlow", TradeFlow.TradeFlow],
    ["PolicyEvent", PolicyEvent.PolicyEvent],
    ["ControlStatusRow", ControlStatusRow],
    ["TimelineItem", TimelineItem],
    ["Problem", Problem],
    ["ExposureRequest", ExposureRequest],
    ["ExposureResponse", ExposureResponse],
    ...SUPPLY_COMPONENTS,
    ...Object.values(Routes)
      .filter((spec) => spec.responseName !== "Element")
      .map((spec) => [spec.responseName, spec.response] as const),
  ]
  for (const [id, schema] of named) {
    if (!registry.has(schema)) registry.add(schema, { id })
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  })
  const result: Record<string, unknown> = {}
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>
    result[id] = rest
  }
  return result
}

const parameterObject = (name: string, where: "path" | "query", spec: ParameterSpec) => {
  const { $schema: _schema, ...schema } = z.toJSONSchema(spec.schema, {
    io: "output",
    unrepresentable: "any",
  }) as Record<string, unknown>
  return {
    name,
    in: where,
    required: where === "path" ? true : spec.required,
    description: `${spec.description} Expected: ${spec.expected}.`,
    schema,
    ...(spec.example === undefined ? {} : { example: spec.example }),
  }
}

const STATUS_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: "Bad parameters: an RFC 9457 problem document whose `errors` name each bad parameter.",
  404: "Not found: a problem document naming the resource and id.",
  500: "Internal error: a problem document with a request id (no stack trace).",
  501: "This server's source holds no data of this kind (e.g. a server over a file of trade flows has no production data).",
  502: "The server's upstream source failed: a problem document with a generic detail.",
  503: "The upstream source is rate limiting the server, or the request was cancelled.",
  504: "The server's upstream source timed out.",
}

/**
 * The OpenAPI 3.1 document of the API, generated from {@link Routes} (schemas via `z.toJSONSchema`).
 * @example
 * ```ts
 * import { openApiDocument } from "@rareearth/sdk"
 * const document = openApiDocument()
 * console.log(document.openapi) // "3.1.0"
 * ```
 * @category contract
 * @since 0.1.0
 */
export const openApiDocument = (options: { readonly serverUrl?: string } = {}) => {
  const problemContent = {
    "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
  }
  const paths: Record<string, unknown> = {}
  for (const spec of Object.values(Routes) as Array<RouteSpec>) {
    const responses: Record<string, unknown> = {
      200: {
        description: spec.summary,
        headers: { "x-request-id": { schema: { type: "string" } } },
        content: {
          "application/json": { schema: { $ref: `#/components/schemas/${spec.responseName}` } },
        },
      },
    }
    for (const status of [...spec.errorStatuses, 500, 502, 503, 504]) {
      responses[status] = { description: STATUS_DESCRIPTIONS[status], content: problemContent }
    }
    paths[`${API_PREFIX}${spec.path}`] = {
      get: {
        operationId: spec.operationId,
        summary: spec.summary,
        description: spec.description,
        parameters: [
          ...Object.entries(spec.pathParameters).map(([key, p]) => parameterObject(key, "path", p)),
          ...Object.entries(spec.queryParameters).map(([key, p]) =>
            parameterObject(key, "query", p),
          ),
        ],
        responses,
      },
    }
  }
  paths[`${API_PREFIX}${EXPOSURE_PATH}`] = exposurePathItem()
  paths[`${API_PREFIX}/openapi.json`] = {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This OpenAPI document",
      responses: {
        200: { description: "The OpenAPI 3.1 document", content: { "application/json": {} } },
      },
    },
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "rareearth API",
      version: packageJson.version,
      description:
        "The rare earth supply chain: elements, export controls, quotas, trade flows, series and the policy timeline; production, reserves, measures of every jurisdiction, prices, USGS salient statistics, trade in the rare earth commodity groups and mirror statistics; the exposure of a bill of materials. Errors are RFC 9457 problem documents.",
    },
    servers: [{ url: options.serverUrl ?? "/" }],
    paths,
    components: { schemas: componentSchemas() },
  }
}
