/**
 * Imported first by the dashboard (before any zod schema is built): the page's
 * Content-Security-Policy forbids eval, and zod probes `new Function` when it builds its first
 * object schema unless `jitless` is set (a refused probe is logged as a CSP violation).
 */
import * as z from "zod/mini"

z.config({ jitless: true })
