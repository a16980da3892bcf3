/**
 * The dashboard's static files (dist/web): GET and HEAD (the server refuses other methods
 * before this), paths confined to the build directory, a 400 for a path that does not decode and a problem document for every refusal.
 * Each file is read once per build and kept in memory with its ETag (the build is a handful of
 * small files; the cache is per process, bounded, and emptied when the build changes).
 */
import { readFile, stat } from "node:fs/promises"
import type { IncomingMessage, ServerResponse } from "node:http"
import { extname, join, normalize, sep } from "node:path"
import { type PreparedAnswer, prepareAnswer, writePrepared } from "./preparedAnswer.ts"
import { PAGE_HEADERS, sendProblem } from "./problems.ts"
import { ensureWebBuilt } from "./webBuild.ts"

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
}

/** `/app.js` -> `app.js`; undefined when the path's percent-encoding is not valid UTF-8. */
const relativePath = (pathname: string): string | undefined => {
  if (pathname === "/") return "index.html"
  try {
    return decodeURIComponent(pathname).replace(/^\/+/, "")
  } catch {
    return undefined
  }
}

/** Files kept in memory at most, and the largest file kept (the build holds about five). */
const MAX_CACHED_FILES = 64
const MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024
/** How often loading the page checks the build against its sources (rebuild mode). */
const FRESHNESS_CHECK_MS = 1_000

/**
 * Makes the static handler over `webRoot`: `serve` answers a request, `known` finds the file of a
 * target served before (the server's cheap path). `rebuild` (serve without an explicit web root) picks
 * up edits to the dashboard's sources when the page loads (checked at most once a second), and
 * waits out a concurrent build.
 */
export const makeStaticHandler = (webRoot: string, rebuild: boolean) => {
  const files = new Map<string, PreparedAnswer>()
  /**
   * The same files by the request target that found them (`/`, `/app.js?v=2`): the target
   * alone decided the file, so a repeated target needs no parsing, no path checks, no await.
   */
  const byTarget = new Map<string, { readonly file: PreparedAnswer; readonly page: boolean }>()
  const forget = () => {
    files.clear()
    byTarget.clear()
  }
  let checkedAt = 0
  /** Whether the page's freshness check is due (the page then goes the whole way). */
  const refreshDue = () => Date.now() - checkedAt >= FRESHNESS_CHECK_MS
  let stampTime: number | undefined
  /** Rebuilds when stale; empties the cache when the build on disk changed (here or elsewhere). */
  const refresh = async () => {
    if (!refreshDue()) return
    checkedAt = Date.now()
    await ensureWebBuilt()
    const time = (await stat(join(webRoot, ".build-stamp")).catch(() => undefined))?.mtimeMs
    if (time !== stampTime) forget()
    stampTime = time
  }
  const read = async (path: string) => {
    const cached = files.get(path)
    if (cached !== undefined) return cached
    const body = await readFile(path)
    const file = prepareAnswer(
      200,
      {
        ...PAGE_HEADERS,
        "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      },
      body,
    )
    if (body.length <= MAX_CACHED_FILE_BYTES && files.size < MAX_CACHED_FILES) files.set(path, file)
    return file
  }
  /** Serves `pathname` (the request's, decoded from its target). */
  const serveFile = async (
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ): Promise<void> => {
    const head = request.method === "HEAD"
    const relative = relativePath(pathname)
    if (relative === undefined) {
      return sendProblem(
        response,
        400,
        "The path is not valid percent-encoded UTF-8 (RFC 3986): escape '%' as %25.",
        { head },
      )
    }
    const notFound = () =>
      sendProblem(
        response,
        404,
        "No such file: the dashboard is at /, the API at /api/v1 (OpenAPI: /api/v1/openapi.json).",
        { instance: pathname, head },
      )
    // A cheap mtime check: loading the page picks up edits to the dashboard's sources.
    if (relative === "index.html" && rebuild) await refresh()
    const path = normalize(join(webRoot, relative))
    if (!path.startsWith(webRoot + sep) || relative.startsWith(".") || relative.includes("\0")) {
      return notFound()
    }
    let file: PreparedAnswer
    try {
      file = await read(path)
    } catch {
      if (!rebuild) return notFound()
      try {
        // A concurrent `pnpm build` may be swapping dist/web in: wait for a complete build, retry.
        await ensureWebBuilt()
        forget()
        file = await read(path)
      } catch {
        return notFound()
      }
    }
    const target = request.url
    if (target !== undefined && byTarget.size < MAX_CACHED_FILES && files.get(path) === file)
      byTarget.set(target, { file, page: relative === "index.html" })
    writePrepared(request, response, file)
  }
  /**
   * The file a GET or HEAD request's target found before, unless it is the page and its
   * freshness check is due (then `serve` runs it). The caller has checked what precedes this
   * handler (Host header, a target that is not the API's).
   */
  const known = (request: IncomingMessage): PreparedAnswer | undefined => {
    const found = request.url === undefined ? undefined : byTarget.get(request.url)
    if (found?.page === true && rebuild && refreshDue()) return undefined
    return found?.file
  }
  return { serve: serveFile, known }
}
