#!/usr/bin/env node
// For every entry point of the package in the current folder, compares the value exports its
// declarations promise with the ones its JavaScript really has. A name declared as a value but
// missing at run time is a "phantom export": it type-checks, then throws on import. Run by each
// published package's `package-check`, after the build.
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const packageDir = process.cwd()
const require = createRequire(join(packageDir, "package.json"))
const ts = require("typescript")
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"))

const entries = Object.entries(manifest.exports ?? {}).filter(
  ([, target]) => target !== null && typeof target === "object" && target.types && target.default,
)

/** Names the declarations export as values (functions, constants, classes, namespaces with values). */
const declaredValues = (typesFile) => {
  const program = ts.createProgram([typesFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(typesFile)
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  if (!moduleSymbol) return []
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((symbol) => {
      // `export type { X }` and `export type * from` are aliases marked type-only: never values.
      const declaration = symbol.declarations?.[0]
      if (declaration && ts.isTypeOnlyImportOrExportDeclaration?.(declaration)) return false
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      if (checker.getTypeOnlyAliasDeclaration?.(symbol)) return false
      return (target.flags & ts.SymbolFlags.Value) !== 0
    })
    .map((symbol) => symbol.name)
}

let problems = 0
for (const [subpath, target] of entries) {
  const typesFile = resolve(packageDir, target.types)
  const jsFile = resolve(packageDir, target.default)
  if (!existsSync(typesFile) || !existsSync(jsFile)) {
    console.error(
      `check-exports: ${manifest.name} "${subpath}": ${target.types} or ${target.default} is missing (build first)`,
    )
    problems++
    continue
  }
  const declared = new Set(declaredValues(typesFile))
  const actual = new Set(Object.keys(await import(pathToFileURL(jsFile).href)))
  const phantom = [...declared].filter((name) => !actual.has(name)).sort()
  const undeclared = [...actual].filter((name) => !declared.has(name)).sort()
  const where = `${manifest.name}${subpath === "." ? "" : subpath.slice(1)}`
  if (phantom.length > 0) {
    console.error(
      `check-exports: ${where}: declared as values but missing at run time: ${phantom.join(", ")}`,
    )
    problems++
  }
  if (undeclared.length > 0) {
    console.error(
      `check-exports: ${where}: exported at run time but not declared: ${undeclared.join(", ")}`,
    )
    problems++
  }
  if (phantom.length === 0 && undeclared.length === 0) {
    console.log(`check-exports: ${where}: ${actual.size} value exports, declarations agree`)
  }
}
process.exit(problems === 0 ? 0 : 1)
