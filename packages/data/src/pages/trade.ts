/**
 * The pages the trade flows beyond magnets cite (prices-and-trade.md §B), and no other record kind.
 * One `Source.SourceRef` per address (30 pages).
 * @since 0.2.0
 */
import { FlowSources } from "../sources/flows.ts"
import { type CiteKeyOf, citer, described, pages, spelled } from "./page.ts"
import { SharedPages } from "./shared.ts"

/**
 * The pages the trade flows beyond magnets cite (prices-and-trade.md §B), and no other record kind.
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const TradePages = pages({
  "daily8-fad-deeaea-eaddd": described("https://www.daily8.com/en/article/677fad1a91deeaea83fb0eaddd41b3fa", "MM-03"),
  "thestar-2024": spelled("https://thestar.com.my/aseanplus/aseanplus-news/2024/11/13/china-rare-earth-exports-jump-as-fears-of-myanmar-supply-disruption-spark-more-buying"),
  "sardismarkets24-2024": spelled("https://sardismarkets24.com/daily-news/10582/2024-11-07/cinin-nadir-metal-ihracati-myanmarda-arz-kesintisi-endisesi-alimlari-artirinca-keskin-yukseldi"),
  "rareresearch-250202": described("https://rareresearch.co.jp/rareearthchinaimportandexport250202", "Jan 2025"),
  "gzxcmg-1914221647512248320": described("http://en.gzxcmg.com/news_1/1914221647512248320.html", "Mar 2025", "gzxcmg.com"),
  "chinatungsten-10970": described("http://news.chinatungsten.com/en/tungsten-product-news/145705-tpn-10970.html", "Nov 2021 / Jan–Nov 2021", "Chinatungsten Online"),
  "giti-7453033": described("https://giti.sg/markets/markets_files/48ebfa7453033ae0c38c564c09bf9de2-181.html", "2023"),
  "eo-myanmar-relaxes-import": spelled("http://eo.epomaterial.com/news/myanmar-relaxes-import-restrictions-on-rare-earth-accessories-in-october-chinas-cumulative-import-of-unspecified-rare-earth-oxide-increased-by-287-year-on-year"),
  "smm-102964913": described("https://metal.com/id/newscontent/102964913", "Jan–Aug 2024 / Aug 2024", "SMM (Shanghai Metals Market)"),
  "wenxuecity-3699194": described("https://zh.wenxuecity.com/bbs/currentevent/3699194.html", "2024"),
  "smm-103237108": spelled("https://news.metal.com/newscontent/103237108/Unlisted-Rare-Earth-Oxide-Imports-Continue-to-Tighten-When-Will-Imports-of-Myanmar-Ore-Resume-[SMM-Analysis]", "SMM (Shanghai Metals Market)"),
  "smm-103386688": spelled("https://news.metal.com/newscontent/103386688/Rush-Shipment-of-Inventory-Ore-Before-Rainy-Season,-Surge-in-Unlisted-Rare-Earth-Oxide-Imports-in-May-[SMM-Analysis]", "SMM (Shanghai Metals Market)"),
  "koreajoongangdaily-2381983": described("https://koreajoongangdaily.joins.com/news/2025-08-22/world/world/Chinas-imports-of-US-rare-earth-ore-surge-in-July/2381983", "Jun 2025 / Jul 2025"),
  "squidsite02-2025": described("https://squidsite02.com/2025/08/22/chinas-imports-of-us", "Jun 2025 / Jul 2025"),
  "reuters-china-trade-rareearths": spelled("https://www.reuters.com/article/china-economy-trade-rareearths/chinas-rare-earth-imports-from-myanmar-dry-up-after-border-closure-idUSKBN2GG16X"),
  "mizzima-chinas-imports-rare": spelled("http://www.mizzima.com/article/chinas-imports-rare-earths-myanmar-slow"),
  "arabnews-2595122-2": described("https://www.arabnews.com/node/2595122/world", "Feb 2025"),
  "gtaic-2024": spelled("https://gtaic.ai/market-reports/us-rare-earth-compound-imports-2024"),
  "smenet-2958": described("https://me.smenet.org/webContent.cfm?context=1&webarticleid=2958", "- 2018: 4,103 t; 2019: 4,593 t. Reuters "),
  "argusmedia-2405752": spelled("https://argusmedia.com/es/news-and-insights/latest-market-news/2405752-japan-aims-to-diversify-rare-earth-supply", "Argus"),
  "gtaic-2025": spelled("https://gtaic.ai/market-reports/rare-earth-metals-and-mercury-market-japan-forecast-in-2025"),
  "poland-34646720": spelled("https://poland.co.pl/eksport-magnesow-z-ziem-rzadkich-z-chin-do-usa-spadl-o-30-34646720.html"),
  "newsdig-2363084": described("https://newsdig.tbs.co.jp/articles/withbloomberg/2363084?display=1", "Oct 2025"),
  "openstats-2024": spelled("https://openstats.eu/de/news/imports-of-rare-earth-elements-saw-30-drop-in-2024-f19e56"),
  "urdupoint-1961515": spelled("https://www.urdupoint.com/en/middle-east/china-eus-largest-partner-for-imports-of-rar-1961515.html"),
  "wam-flt-china-eus": spelled("https://www.wam.ae/en/article/bj53flt-china-eus-largest-partner-for-imports-rare-earth"),
  "mandiner-2026": spelled("https://mandiner.hu/makronom/2026/02/magnesforradalom-esely-kinaval-szemben"),
  "ckhq-31689": described("https://en.ckhq.net/html/36711add5b00b1bb47f31689e77d293f.html", "Jul 2025", "ckhq.net"),
  // The same page as FlowSources.adamas2024Record: one page, one id.
  "adamasintel-2024": FlowSources.adamas2024Record,
  "rawmaterials-chinese-dysprosium-exports": spelled("https://rawmaterials.net/chinese-dysprosium-exports-plummet-in-october-while-terbium-rebounds"),
})

/**
 * The sources of page keys of this part (or of the pages cited by several parts), or of
 * `Sources.<key>` for the flows' own sources: the {@link cite} of `@rareearth/data` over these
 * pages and the flows' sources only, so that a module loading these records does not load every
 * page or source.
 * @internal
 */
export const cite = citer({ ...TradePages, ...SharedPages }, FlowSources)

/** A key this part's {@link cite} accepts. @internal */
export type CiteKey = CiteKeyOf<typeof TradePages & typeof SharedPages, typeof FlowSources>
