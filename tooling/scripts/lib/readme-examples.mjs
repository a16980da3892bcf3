// The README examples as data: every ```ts block of a README, whether it is run or only
// type-checked (```ts check: it needs a server, a key or a file), and the output it promises
// in `// => text` comments. One parser for the workspace's README test and the consumer test.
import { readFileSync } from "node:fs"

/**
 * @param {ReadonlyArray<{ name: string, path: string }>} readmes
 * @returns {Array<{ readme: string, index: number, line: number, mode: "run" | "check", code: string, expected: string[] }>}
 */
export const readmeExamples = (readmes) =>
  readmes
    .flatMap(({ name, path }) => {
      const text = readFileSync(path, "utf8")
      return [...text.matchAll(/^```(?:ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm)].map((match) => ({
        readme: name,
        line: text.slice(0, match.index).split("\n").length,
        mode: (match[1] ?? "").includes("check") ? "check" : "run",
        code: match[2] ?? "",
      }))
    })
    .map((block, index) => ({
      ...block,
      index,
      expected: [...block.code.matchAll(/\/\/ => (.*)$/gm)].map((m) => (m[1] ?? "").trim()),
    }))
