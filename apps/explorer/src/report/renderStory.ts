/** The report as text: short paragraphs a reader can check against the article. */
import { formatNumber, formatPercent } from "../cli/Output.ts"
import { quotaKindLabel } from "../cli/present.ts"
import type { MonthFigure, Story } from "./story.ts"

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

/** `2025-06` -> `June 2025`. */
export const monthName = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

const NUMBER_WORDS = [
  "none",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
]

const tonnes = (value: number | null): string =>
  value === null ? "not known" : `${formatNumber(value)} t`

const figureLine = (label: string, figure: MonthFigure, roundedNote = false): string => {
  if (figure.tonnes === null)
    return `${label}: no figure for ${monthName(figure.month)} in this source.`
  const change =
    figure.changePercent === null
      ? `no change can be computed (${monthName(figure.previousMonth)} is missing)`
      : `${formatPercent(figure.changePercent)} on ${monthName(figure.previousMonth)} (${tonnes(figure.previousTonnes)})${roundedNote ? `, ≈${Math.round(figure.changePercent)}% in whole percent` : ""}`
  return `${label}: ${tonnes(figure.tonnes)} in ${monthName(figure.month)}${figure.confidence && figure.confidence !== "official" && figure.confidence !== "reported" ? ` (${figure.confidence})` : ""}, ${change}.`
}

const sourcesLine = (figure: MonthFigure): string[] =>
  figure.sources.length > 0
    ? [
        `  sources: ${figure.sources.map((s) => `${s.publisher}${s.url ? ` <${s.url}>` : ""}`).join("; ")}`,
      ]
    : []

/** Renders the report. */
export const renderStory = (story: Story): string => {
  const lines: string[] = []
  const push = (...more: string[]) => lines.push(...more)
  push(
    `China's rare earth magnet exports: ${monthName(story.month)}`,
    `(source: ${story.source.name}${story.source.version ? ` ${story.source.version}` : ""}${story.source.asOf ? `, data as of ${story.source.asOf}` : ""})`,
    ...(story.source.asOf !== null && story.month > story.source.asOf.slice(0, 7)
      ? [
          `Note: ${monthName(story.month)} is after the source's data; statuses are projected from what was known on ${story.source.asOf}.`,
        ]
      : []),
    "",
    figureLine("Exports", story.exports, true),
    ...sourcesLine(story.exports),
    figureLine("To the United States", story.unitedStates),
    ...sourcesLine(story.unitedStates),
    "",
  )

  const controlled = story.controls.elementsUnderControl
  push(
    `Export controls in force on ${story.controls.on}: ${
      controlled.length > 0
        ? `${NUMBER_WORDS[controlled.length] ?? controlled.length} of the 17 rare earth elements (${controlled.join(", ")})`
        : "none on rare earth elements"
    }`,
  )
  for (const measure of story.controls.inForce) {
    push(
      `  - ${measure.title}${measure.effective ? `, in force since ${measure.effective}` : ""}: ${measure.elements.join(", ")}`,
    )
  }
  for (const measure of story.controls.other) {
    push(`  - ${measure.title}: ${measure.status.replace("_", " ")} (${measure.reason})`)
  }
  push("")

  if (story.events.length > 0) {
    push(`Policy events, ${monthName(story.exports.previousMonth)} to ${monthName(story.month)}:`)
    for (const event of story.events) push(`  ${event.date}  ${event.title}`)
    push("")
  }

  push(`Production quotas ${story.quotas.year}:`)
  if (story.quotas.claims.length === 0) push("  no claims recorded")
  for (const kind of ["mining", "smelting_separation"] as const) {
    const claims = story.quotas.claims.filter((claim) => claim.kind === kind)
    if (claims.length === 0) continue
    const conflicting = claims.some((claim) => claim.conflictsWith.length > 0)
    push(`  ${quotaKindLabel(kind)}${conflicting ? ": CONFLICTING claims, kept side by side" : ""}`)
    for (const claim of claims) {
      const value = claim.tonnes === null ? "not disclosed" : `${formatNumber(claim.tonnes)} t REO`
      const repeat =
        claim.equalsPublishedFigureOf !== null
          ? `; equals the published ${claim.equalsPublishedFigureOf} total`
          : ""
      const by =
        claim.sources.length === 1
          ? `${claim.sources[0]!.publisher}, "${claim.sources[0]!.title}"`
          : claim.sources.map((source) => source.publisher).join("; ")
      push(
        `    - ${value} (${claim.confidence}${claim.published ? ", published" : ", not published"}${repeat}): ${by}`,
      )
    }
  }
  push("")

  const pre = story.preRestriction
  if (pre.restrictionStart === null) {
    push(`Pre-restriction level: no rare earth export licensing in force on ${story.controls.on}.`)
  } else {
    push(
      `Against the pre-restriction level (${pre.restrictionMeasure ?? "controls"}, from ${pre.restrictionStart}):`,
    )
    for (const baseline of pre.baselines) {
      if (baseline.averageTonnes === null) {
        push(`  - ${baseline.label}: no months available`)
        continue
      }
      const derived =
        baseline.derivedMonths.length > 0 ? `, ${baseline.derivedMonths.length} derived` : ""
      const standing =
        baseline.percentOfBaseline === null
          ? "the month's exports are not known"
          : baseline.shortfallTonnes !== null && baseline.shortfallTonnes > 0
            ? `${monthName(story.month)} is ${formatNumber(baseline.percentOfBaseline)}% of it, ${formatNumber(baseline.shortfallTonnes)} t (${formatNumber(100 - baseline.percentOfBaseline)}%) below`
            : `${monthName(story.month)} is ${formatNumber(baseline.percentOfBaseline)}% of it, back above`
      push(
        `  - vs ${baseline.label}: ${tonnes(baseline.averageTonnes)} a month (${baseline.knownMonths.length} of ${baseline.months.length} months available${derived}); ${standing}.`,
      )
    }
  }
  push("")
  return lines.join("\n")
}
