/**
 * The dashboard's static files (dist/web): GET and HEAD only, paths confined to the build
 * directory, a 400 for a path that does not decode and a problem document for every refusal.
 */
import { readFile } from "node:fs/promises"
import type { IncomingMessage, ServerResponse } from "node:http"
import { extname, join, normalize, sep } from "node:path"
import { ALLOWED_METHODS, PAGE_HEADERS, sendProblem } from "./problems.ts"
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

/**
 * Makes the static handler over `webRoot`. `rebuild` (serve without an explicit web root) picks
 * up edits to the dashboard's sources when the page loads, and waits out a concurrent build.
 */
export const makeStaticHandler =
  (webRoot: string, rebuild: boolean) =>
  async (request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> => {
    const head = request.method === "HEAD"
    if (request.method !== "GET" && !head) {
      return sendProblem(response, 405, `${request.method} is not supported: use GET.`, {
        headers: { allow: ALLOWED_METHODS },
      })
    }
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
    if (relative === "index.html" && rebuild) await ensureWebBuilt()
    const path = normalize(join(webRoot, relative))
    if (!path.startsWith(webRoot + sep) || relative.startsWith(".") || relative.includes("\0")) {
      return notFound()
    }
    let body: Buffer
    try {
      body = await readFile(path)
    } catch {
      if (!rebuild) return notFound()
      try {
        // A concurrent `pnpm build` may be swapping dist/web in: wait for a complete build, retry.
        await ensureWebBuilt()
        body = await readFile(path)
      } catch {
        return notFound()
      }
    }
    response.writeHead(200, {
      ...PAGE_HEADERS,
      "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
      "content-length": body.length,
      "cache-control": "no-cache",
    })
    response.end(head ? undefined : body)
  }
