export interface ReadmeExample {
  readonly readme: string
  readonly index: number
  readonly line: number
  readonly mode: "run" | "check"
  readonly code: string
  readonly expected: ReadonlyArray<string>
}
export declare const readmeExamples: (
  readmes: ReadonlyArray<{ readonly name: string; readonly path: string }>,
) => Array<ReadmeExample>
