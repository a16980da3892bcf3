/**
 * PostgreSQL connection settings: from an explicit URL, else DATABASE_URL, else the libpq
 * variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) that `pg` reads itself.
 * Passwords never reach a message: every URL shown is redacted.
 * @since 0.1.0
 */
import { fnv1aString } from "../../internal/fnv1a.ts"

/** A resolved connection: what to hand `pg`, what to show, and which strings are secret. */
export interface ResolvedConnection {
  /** The connection string for pg, or undefined to let pg read the PG* variables. */
  readonly connectionString: string | undefined
  /** The schema named by a `?schema=` parameter of the URL, if any. */
  readonly schema: string | undefined
  /** A printable description: the URL without its password, or the PG* target. */
  readonly display: string
  /** Secrets to scrub from any message (the password, PGPASSWORD). */
  readonly secrets: ReadonlyArray<string>
}

/**
 * The URL with its password replaced by `***` (and `password=` query parameters too).
 * Anything that does not parse as a URL is shown as `<unparseable postgres URL>`.
 *
 * @example
 * ```ts
 * redactUrl("postgres://app:s3cret@db:5432/trade") // "postgres://app:***@db:5432/trade"
 * ```
 * @category connections
 * @since 0.1.0
 */
export const redactUrl = (url: string): string => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return "<unparseable postgres URL>"
  }
  if (parsed.password !== "") parsed.password = "***"
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass|secret|key/i.test(key)) parsed.searchParams.set(key, "***")
  }
  return parsed.toString()
}

/** True for `postgres://` and `postgresql://` URLs. @category connections @since 0.1.0 */
export const isPostgresUrl = (input: string): boolean => /^postgres(ql)?:\/\//i.test(input)

/** Resolves where to connect. */
export const resolveConnection = (
  url: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedConnection => {
  const secrets: Array<string> = []
  const envPassword = env.PGPASSWORD
  if (envPassword !== undefined && envPassword !== "") secrets.push(envPassword)
  const chosen =
    url ??
    (env.DATABASE_URL !== undefined && env.DATABASE_URL !== "" ? env.DATABASE_URL : undefined)
  if (chosen === undefined) {
    const host = env.PGHOST ?? "localhost"
    const port = env.PGPORT ?? "5432"
    const database = env.PGDATABASE ?? env.PGUSER ?? "postgres"
    return {
      connectionString: undefined,
      schema: undefined,
      display: `postgres (PGHOST=${host} PGPORT=${port} PGDATABASE=${database})`,
      secrets,
    }
  }
  let parsed: URL
  try {
    parsed = new URL(chosen)
  } catch {
    throw new Error(
      `Invalid PostgreSQL URL ${redactUrl(chosen)}: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`,
    )
  }
  if (!/^postgres(ql)?:$/i.test(parsed.protocol)) {
    throw new Error(
      `Invalid PostgreSQL URL ${redactUrl(chosen)}: expected the scheme postgres:// or postgresql://`,
    )
  }
  if (parsed.password !== "") {
    secrets.push(parsed.password)
    const decoded = safeDecode(parsed.password)
    if (decoded !== parsed.password) secrets.push(decoded)
  }
  for (const [key, value] of parsed.searchParams) {
    if (/pass|secret|key/i.test(key) && value !== "") secrets.push(value)
  }
  const schema = parsed.searchParams.get("schema") ?? undefined
  parsed.searchParams.delete("schema")
  return { connectionString: parsed.toString(), schema, display: redactUrl(chosen), secrets }
}

const safeDecode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

/** Validates a schema name (it becomes an identifier, never a value) and quotes it. */
export const quoteSchema = (schema: string): string => {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(
      `Invalid schema name ${JSON.stringify(schema)}: expected lower-case letters, digits and "_", starting with a letter or "_", at most 63 characters (e.g. "rareearth")`,
    )
  }
  return `"${schema}"`
}

/** A stable 32-bit key for advisory locks on one schema (FNV-1a of its name). */
export const lockKeyOf = (schema: string): number => fnv1aString(schema)
