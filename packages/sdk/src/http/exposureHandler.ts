/**
 * `POST /api/v1/exposure` on the server side: reads the body up to
 * `MAX_EXPOSURE_BODY_BYTES` (413 past it), as JSON, file text (CSV, TSV, NDJSON) or a multipart
 * form, runs the service's `exposure` and answers problem documents that name each bad row and
 * column (`rows`) or option (`errors`).
 * @internal
 */
import * as InputError from "@rareearth/core/InputError"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type { BomInput } from "../bom/readBom.ts"
import type { SdkError } from "../Errors.ts"
import type { ExposureQuery } from "../query/exposure.ts"
import type { RareEarthService } from "../RareEarth.ts"
import { type ParameterProblem, type Problem, ProblemType as types } from "./ApiContract.ts"
import {
  EXPOSURE_QUERY_OPTIONS,
  EXPOSURE_TEXT_TYPES,
  ExposureResponse,
  MAX_EXPOSURE_BODY_BYTES,
} from "./ExposureContract.ts"
import { ExposureRequest } from "./ExposureRequest.ts"

type ProblemFactory = (
  status: number,
  type: string,
  detail: string,
  extra?: Partial<Problem>,
  headers?: Record<string, string>,
) => Response

/** The request's body, or `undefined` once it passes `limit` bytes (the rest is not read). */
export const readLimitedBody = async (
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> => {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN)
  if (declared > limit) return undefined
  if (request.body === null) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Array<Uint8Array> = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, "csv" | "tsv" | "json" | "ndjson">> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
}

/** The options of a file-text or multipart body: from the query string or the form's fields. */
const optionsFrom = (get: (name: string) => string | undefined) => {
  const options: Record<string, string> = {}
  for (const name of EXPOSURE_QUERY_OPTIONS) {
    const value = get(name)
    if (value !== undefined && value !== "") options[name] = value
  }
  return options
}

const zodProblems = (
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
) =>
  issues.map(
    (issue): ParameterProblem => ({
      parameter: issue.path.length === 0 ? "body" : issue.path.map(String).join("."),
      message: issue.message,
      expected:
        '{ "records": [...] } or { "text": "...", "format": "csv" } or { "lines": [...] }, with optional "on", "from", "to" (YYYY-MM-DD), "mode" ("all-or-nothing" or "valid-rows") and "mapping"',
    }),
  )

/** The exposure query of a request, or the response refusing it. */
const queryOf = async (
  request: Request,
  url: URL,
  problem: ProblemFactory,
): Promise<ExposureQuery | Response> => {
  const body = await readLimitedBody(request, MAX_EXPOSURE_BODY_BYTES)
  if (body === undefined)
    return problem(
      413,
      types.payloadTooLarge,
      `The body is larger than ${MAX_EXPOSURE_BODY_BYTES} bytes: split the bill of materials.`,
    )
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
  if (mediaType === "application/json" || mediaType === "") {
    let json: unknown
    try {
      json = JSON.parse(decode(body))
    } catch (error) {
      return problem(
        400,
        types.invalidParameters,
        `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        { errors: [{ parameter: "body", message: "not valid JSON", expected: "a JSON object" }] },
      )
    }
    const parsed = ExposureRequest.safeParse(json)
    if (!parsed.success)
      return problem(
        400,
        types.invalidParameters,
        `Invalid exposure request: ${InputError.formatIssues(parsed.error.issues)}`,
        { errors: zodProblems(parsed.error.issues) },
      )
    const { records, text, format, delimiter, lines, on, from, to, mode, mapping } = parsed.data
    const bom: BomInput =
      records !== undefined
        ? { records }
        : text !== undefined
          ? { text, format, delimiter }
          : { lines: lines ?? [] }
    return { bom, on, from, to, mode, mapping }
  }
  if (Object.hasOwn(EXPOSURE_TEXT_TYPES, mediaType)) {
    const options = optionsFrom((name) => url.searchParams.get(name) ?? undefined)
    return {
      bom: {
        text: decode(body),
        format: EXPOSURE_TEXT_TYPES[mediaType as keyof typeof EXPOSURE_TEXT_TYPES],
        delimiter: options.delimiter,
      },
      on: options.on,
      from: options.from,
      to: options.to,
      mode: options.mode as ExposureQuery["mode"],
    }
  }
  if (mediaType === "multipart/form-data") {
    let form: FormData
    try {
      form = await new Request(url, {
        method: "POST",
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        body,
      }).formData()
    } catch {
      return problem(400, types.invalidParameters, "The multipart body cannot be read.", {
        errors: [
          {
            parameter: "body",
            message: "malformed multipart form",
            expected: "a form with a file field",
          },
        ],
      })
    }
    const file = form.get("file")
    if (file === null || typeof file === "string")
      return problem(400, types.invalidParameters, 'The form has no "file" field holding a file.', {
        errors: [
          { parameter: "file", message: "missing", expected: "a CSV, TSV, JSON or NDJSON file" },
        ],
      })
    const field = (name: string) => {
      const value = form.get(name)
      return typeof value === "string" ? value : (url.searchParams.get(name) ?? undefined)
    }
    const options = optionsFrom(field)
    const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? ""
    return {
      bom: {
        text: await file.text(),
        format: FORMAT_OF_EXTENSION[extension],
        delimiter: options.delimiter,
      },
      on: options.on,
      from: options.from,
      to: options.to,
      mode: options.mode as ExposureQuery["mode"],
    }
  }
  return problem(
    415,
    types.unsupportedMediaType,
    `Content type "${mediaType}" is not read here: send application/json, ${Object.keys(EXPOSURE_TEXT_TYPES).join(", ")} or multipart/form-data.`,
  )
}

const EXPECTED_OPTION: Readonly<Record<string, string>> = {
  on: 'a calendar date "YYYY-MM-DD"',
  from: 'a calendar date "YYYY-MM-DD", with "to"',
  to: 'a calendar date "YYYY-MM-DD", with "from"',
  mode: '"all-or-nothing" or "valid-rows"',
  bom: "a bill of materials",
}

/**
 * Answers `POST /api/v1/exposure`.
 * @internal
 */
export const answerExposure = async (
  service: RareEarthService,
  request: Request,
  url: URL,
  problem: ProblemFactory,
  json: (status: number, body: unknown) => Response,
  internalError: (error: unknown) => Response,
  options: { readonly validate: boolean },
): Promise<Response> => {
  const query = await queryOf(request, url, problem)
  if (query instanceof Response) return query
  const exit = await Effect.runPromiseExit(service.exposure(query), { signal: request.signal })
  if (Exit.isSuccess(exit)) {
    if (options.validate) {
      const checked = ExposureResponse.safeParse(exit.value)
      if (!checked.success)
        return internalError(
          new Error(
            `Response of exposure violates the contract: ${InputError.formatIssues(checked.error.issues.slice(0, 5))}`,
          ),
        )
    }
    return json(200, exit.value)
  }
  const error = Cause.findErrorOption(exit.cause)
  if (Option.isNone(error)) return internalError(Cause.squash(exit.cause))
  return fromError(error.value, problem, internalError)
}

const fromError = (
  error: SdkError,
  problem: ProblemFactory,
  internalError: (error: unknown) => Response,
): Response => {
  switch (error._tag) {
    case "InvalidBomError":
      return problem(400, types.invalidBom, error.message, { rows: [...error.issues] })
    case "ValidationError":
      return problem(400, types.invalidParameters, error.message, {
        errors: error.issues.map((issue) => {
          const parameter = String(issue.path[0] ?? "body")
          return {
            parameter,
            message: issue.message,
            expected: EXPECTED_OPTION[parameter] ?? "a valid value",
          }
        }),
      })
    default:
      return internalError(error)
  }
}
