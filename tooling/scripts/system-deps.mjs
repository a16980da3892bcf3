#!/usr/bin/env node
// Makes sure the system programs the test suite drives for real are present:
// Debian's Chromium (browser tests) and PostgreSQL server binaries (store tests).
// On a Debian machine where we are root, missing ones are installed with apt-get;
// elsewhere we stop with a message that says what to install.
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"

const postgresBin = () => {
  const root = "/usr/lib/postgresql"
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`))
  return versions.length > 0 ? `${root}/${versions.sort().at(-1)}/bin` : undefined
}

const missing = []
if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) missing.push("chromium")
if (!process.env.DATABASE_URL && !postgresBin()) missing.push("postgresql")

if (missing.length === 0) {
  console.log("system-deps: chromium and postgresql are present")
  process.exit(0)
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0
if (!isRoot || !existsSync("/usr/bin/apt-get")) {
  console.error(
    `system-deps: missing ${missing.join(", ")}. Install Debian's packages (apt-get install ${missing.join(" ")}), ` +
      "or set CHROMIUM_PATH / DATABASE_URL to ones you have.",
  )
  process.exit(1)
}

console.log(`system-deps: installing ${missing.join(", ")} from Debian's packages`)
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env })
execFileSync(
  "apt-get",
  ["install", "-y", "-qq", "--no-install-recommends", ...missing, "fonts-dejavu-core"],
  {
    stdio: "inherit",
    env,
  },
)
