/**
 * The supply-chain panels: world mine production with China's share, reserves, the timeline of
 * measures across jurisdictions, and prices with China's controls and the Europe/China premium.
 * Each figure shows its source and label; each panel shows the date its data is as of.
 */
import { type Price, type Production, type Reserves, Usgs } from "@rareearth/core"
import type { DataAge, SupplyContract } from "@rareearth/sdk"
import type { Chart } from "chart.js"
import { dataAgeLine } from "../cli/dataAge.ts"
import { el, formatNumber, replace, sourceLinks, sourceList, table } from "./dom.ts"
import { markersFrom } from "./exportsChart.ts"
import { evidenceLabel, labelBadge, labelText } from "./labels.ts"
import { filterOptions, measureDetails, renderMeasuresTimeline } from "./measuresTimeline.ts"
import { isCharted, priceText, renderPricesChart, seriesName } from "./pricesChart.ts"
import { areaName, type PickedFigure, renderProductionChart } from "./productionChart.ts"
import * as api from "./supplyApi.ts"

const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

const today = () => new Date().toISOString().slice(0, 10)

/** Shows, on the panel titled `titleId`, the date of the data its answer rests on. */
const showDataAge = (titleId: string, dataAge: DataAge) => {
  const note = byId(titleId).parentElement?.querySelector<HTMLElement>(".as-of")
  if (note)
    note.textContent = `${dataAgeLine(dataAge)}${dataAge.kind === "dataset" ? " Nothing later is recorded." : ""}`
}

/** The products the prices panel offers. */
const PRODUCTS: ReadonlyArray<readonly [Price.Product, string]> = [
  ["ndpr_oxide", "NdPr oxide"],
  ["dy_oxide", "Dy oxide"],
  ["tb_oxide", "Tb oxide"],
]

/** A USGS value in words (core's wording): lower bounds and "not available" as such, never 0. */
const usgsText = (value: Reserves.Reserves["value"]): string =>
  value.kind === "number"
    ? `${formatNumber(value.value)} t`
    : (Usgs.describeMissing(value) ?? `${value.text} (as printed)`)

const productionDetails = (picked: PickedFigure): ReadonlyArray<Node | string> => {
  if (picked.kind === "share") {
    const row = picked.row
    return [
      el(
        "strong",
        {},
        `${row.year}: China ${row.share ? `${formatNumber(row.share.percent)}%` : "no exact figure"} of world mine production `,
      ),
      labelBadge("D"),
      el(
        "div",
        {},
        `${formatNumber(row.share?.tonnesReo)} of ${formatNumber(row.worldTonnesReo)} t REO, from ${row.edition.id}; coverage of the table ${formatNumber(row.coveragePercent)}%.`,
      ),
      el("div", { class: "kind" }, `Formula: ${row.formula}`),
      el("div", { class: "kind" }, `Inputs: ${row.inputs.join(", ")}`),
      sourceList(row.sources),
    ]
  }
  const record = picked.record
  return [
    el(
      "strong",
      {},
      `${areaName(record.area)}, ${record.year}: ${record.tonnesReo === null ? (record.unknownReason ?? "unknown") : `${record.printed?.text ?? formatNumber(record.tonnesReo)} t REO`} `,
    ),
    labelBadge(record.label),
    el(
      "div",
      {},
      `${record.status}, ${record.edition.id}${record.notes.length > 0 ? ` · ${record.notes.join(" ")}` : ""}`,
    ),
    sourceList(record.sources),
  ]
}

/** Production by country with China's share, and reserves. */
const loadProduction = async (charts: Record<string, Chart>) => {
  const [{ items: records, dataAge }, { items: shares }, reservesAnswer] = await Promise.all([
    api.mineProduction(),
    api.chinaShare(),
    api.reserves(),
  ])
  const reserves = reservesAnswer.items
  showDataAge("production-title", dataAge)
  showDataAge("reserves-title", reservesAnswer.dataAge)
  const details = byId<HTMLDivElement>("production-details")
  charts.production = renderProductionChart(
    byId<HTMLCanvasElement>("production-chart"),
    records,
    shares,
    (picked) => replace(details, ...productionDetails(picked)),
  ) as unknown as Chart
  const years = new Set(shares.map((row) => row.year))
  table(
    byId<HTMLTableElement>("production-table"),
    ["Year", "Area", { text: "Tonnes REO", number: true }, "Status", "Label", "Edition", "Sources"],
    records
      .filter((record: Production.Production) => years.has(record.year))
      .sort((a, b) => b.year - a.year || (b.tonnesReo ?? -1) - (a.tonnesReo ?? -1))
      .map((record) => ({
        cells: [
          String(record.year),
          areaName(record.area),
          { node: record.printed?.text ?? formatNumber(record.tonnesReo), number: true },
          record.status,
          labelBadge(record.label),
          record.edition.id,
          sourceLinks(record.sources),
        ],
      })),
  )

  // Reserves: exact figures by size, then lower bounds, then what USGS does not give.
  const rank = (row: Reserves.Reserves) =>
    row.value.kind === "number" ? 0 : row.value.kind === "lower_bound" ? 1 : 2
  const world = reserves.find((row) => row.area === "WORLD")
  const areas = reserves
    .filter((row) => row.area !== "WORLD")
    .sort((a, b) => rank(a) - rank(b) || (b.tonnesReo ?? 0) - (a.tonnesReo ?? 0))
  const largest = Math.max(1, ...areas.map((row) => row.tonnesReo ?? 0))
  const reserveDetails = byId<HTMLDivElement>("reserves-details")
  replace(
    byId("reserves-list"),
    ...[...(world ? [world] : []), ...areas].map((row) => {
      const bar = el("span", { class: "reserve-bar" })
      if (row.tonnesReo !== null && row.area !== "WORLD")
        bar.style.width = `${((row.tonnesReo / largest) * 100).toFixed(2)}%`
      const button = el(
        "button",
        {
          type: "button",
          title: `${row.value.text} as printed in ${row.edition.id}; sources: ${row.sources.map((source) => source.publisher).join("; ")}`,
        },
        el("span", { class: "reserve-area" }, areaName(row.area)),
        el("span", { class: "reserve-track" }, bar),
        el(
          "span",
          { class: "reserve-value" },
          row.value.kind === "number"
            ? usgsText(row.value)
            : el("span", { class: `badge value-${row.value.kind}` }, usgsText(row.value)),
        ),
        labelBadge(row.label),
      )
      const item = el("li", { class: "reserve", "data-area": row.area }, button)
      button.addEventListener("click", () => {
        for (const other of document.querySelectorAll(".reserve.selected"))
          other.classList.remove("selected")
        item.classList.add("selected")
        replace(
          reserveDetails,
          el("strong", {}, `${areaName(row.area)}: ${usgsText(row.value)} `),
          labelBadge(row.label),
          el(
            "div",
            {},
            `Reserves at the end of ${row.asOfYear}, ${row.edition.id} (released ${row.edition.releasedIn ?? "date not recorded"})${row.notes.length > 0 ? ` · ${row.notes.join(" ")}` : ""}`,
          ),
          sourceList(row.sources),
        )
      })
      return item
    }),
  )
}

/** The timeline of measures with its filter and date. */
const loadMeasures = async (asOf: string) => {
  const jurisdiction = byId<HTMLSelectElement>("measures-jurisdiction")
  const kind = byId<HTMLSelectElement>("measures-kind")
  const date = byId<HTMLInputElement>("measures-date")
  const target = byId<HTMLDivElement>("measures-timeline")
  const details = byId<HTMLDivElement>("measure-details")
  // Every measure recorded up to today (or the as-of date, if later): the timeline's rows.
  const everyMeasureOn = [today(), asOf].sort()[1] ?? asOf
  const { items: everything, dataAge } = await api.measures(everyMeasureOn)
  showDataAge("measures-title", dataAge)
  const options = filterOptions(everything)
  jurisdiction.append(
    ...options.jurisdictions.map((option) => el("option", { value: option.value }, option.text)),
  )
  kind.append(...options.kinds.map((option) => el("option", { value: option.value }, option.text)))
  date.value = asOf
  let latest = 0
  let picked: string | undefined
  const draw = async () => {
    const request = ++latest
    const on = date.value
    const filter = { jurisdiction: jurisdiction.value || undefined, kind: kind.value || undefined }
    target.dataset.loading = "true"
    const [{ items: all }, { items: onDate }] = await Promise.all([
      api.measures(everyMeasureOn, filter),
      api.measures(on, filter),
    ])
    // A later choice was made while this one loaded: its answer wins.
    if (request !== latest) return
    renderMeasuresTimeline(target, all, onDate, on, asOf, (measure, _status, description) => {
      picked = measure.id
      replace(details, ...measureDetails(measure, description))
    })
    // The picked measure's details follow the new date (or go when the filter drops it).
    const still = target.querySelector<HTMLButtonElement>(
      `.timeline-row[data-measure="${CSS.escape(picked ?? "")}"] .timeline-title`,
    )
    if (still) still.click()
    else replace(details, "Click a measure to see its events and sources.")
    const beyond = on > asOf
    byId("measures-horizon").hidden = !beyond
    byId("measures-horizon").textContent = beyond
      ? `${on} is after the data's as-of date (${asOf}): statuses say what was recorded up to ${asOf}, not what holds today.`
      : ""
    delete target.dataset.loading
  }
  const redraw = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return
    draw().catch((error) => {
      target.dataset.loading = "failed"
      replace(details, `Could not load measures: ${error instanceof Error ? error.message : error}`)
    })
  }
  for (const control of [jurisdiction, kind, date]) control.addEventListener("change", redraw)
  byId("measures-form").addEventListener("submit", (event) => event.preventDefault())
  await draw()
}

const priceDetails = (observation: Price.PriceObservation): ReadonlyArray<Node | string> => [
  el(
    "strong",
    {},
    `${seriesName(observation)}, ${observation.period.start}${observation.period.end !== observation.period.start ? ` to ${observation.period.end}` : ""}: ${priceText(observation)} `,
  ),
  labelBadge(evidenceLabel(observation.evidence)),
  el(
    "div",
    {},
    `${observation.assessor}${observation.grade ? `, grade ${observation.grade}` : ""}${observation.via ? `, via ${observation.via}` : ""}`,
  ),
  sourceList(observation.sources),
]

/** Prices of one product, China's controls on the time axis, and the premium table. */
const loadPrices = async (charts: Record<string, Chart>) => {
  const [controls, timeline, { items: premiums, dataAge }] = await Promise.all([
    api.controls(today()),
    api.timeline(),
    api.premiums(),
  ])
  showDataAge("prices-title", dataAge)
  const markers = markersFrom(timeline, controls).filter((marker) => marker.kind === "control")
  const select = byId<HTMLSelectElement>("prices-product")
  select.append(...PRODUCTS.map(([code, name]) => el("option", { value: code }, name)))
  const details = byId<HTMLDivElement>("price-details")
  let latest = 0
  const draw = async (product: string) => {
    const request = ++latest
    const { items: observations } = await api.prices(product)
    if (request !== latest) return
    charts.prices?.destroy()
    charts.prices = renderPricesChart(
      byId<HTMLCanvasElement>("prices-chart"),
      observations,
      markers,
      (observation) => replace(details, ...priceDetails(observation)),
    ) as unknown as Chart
    byId("prices-chart").dataset.product = product
    table(
      byId<HTMLTableElement>("prices-table"),
      ["Period", "Series", { text: "Price", number: true }, "Assessor", "Label", "Sources"],
      [...observations].reverse().map((observation) => ({
        cells: [
          observation.period.start === observation.period.end
            ? observation.period.start
            : `${observation.period.start} to ${observation.period.end}`,
          `${seriesName(observation)}${isCharted(observation) ? "" : " (not charted: its unit has no axis)"}`,
          { node: priceText(observation), number: true },
          observation.assessor,
          labelBadge(evidenceLabel(observation.evidence)),
          sourceLinks(observation.sources),
        ],
      })),
    )
  }
  select.addEventListener("change", () => {
    draw(select.value).catch((error) =>
      replace(details, `Could not load prices: ${error instanceof Error ? error.message : error}`),
    )
  })

  const premiumProducts = [...new Set(premiums.map((row) => row.product))]
  byId("premium-summary").textContent =
    premiums.length === 0
      ? "The API sources no Europe/China premium for any product."
      : `Sourced only for ${premiumProducts.map((product) => product.replaceAll("_", " ")).join(", ")} (${premiums.length} periods); none for the other products, and none computed with an exchange rate of ours.`
  table(
    byId<HTMLTableElement>("premium-table"),
    ["Product", "Europe", "China", { text: "Ratio", number: true }, "Label", "Sources"],
    premiums.map((row: SupplyContract.PremiumRow) => ({
      cells: [
        row.product.replaceAll("_", " "),
        `${row.europe.period.start}: ${priceText(row.europe)} (${labelText(evidenceLabel(row.europe.evidence))})`,
        `${row.china.period.start}: ${priceText(row.china)} (${labelText(evidenceLabel(row.china.evidence))})${row.conversion ? `; converted by ${row.conversion.by}` : ""}`,
        {
          node: el("span", { title: String(row.ratio) }, `×${row.ratio.toFixed(2)}`),
          number: true,
        },
        el("span", { title: row.formula }, labelBadge("D")),
        sourceLinks([
          ...new Map(
            [...row.europe.sources, ...row.china.sources].map((source) => [source.id, source]),
          ).values(),
        ]),
      ],
    })),
  )
  await draw(select.value)
}

/** Loads the supply panels; `charts` receives their charts (for tests and the console). */
export const loadSupply = async (charts: Record<string, Chart>): Promise<void> => {
  // The measures panel needs the data's horizon before its first request; each panel's note
  // shows the dataAge of its own answer.
  const info = await api.datasetInfo()
  const asOf = info.asOf ?? today()
  await Promise.all([loadProduction(charts), loadMeasures(asOf), loadPrices(charts)])
}
