/**
 * The pages the trade flows beyond magnets cite (prices-and-trade.md §B), and no other record kind. One `Source.SourceRef` per address (30 pages).
 * @since 0.2.0
 */
import type { Source } from "@rareearth/core"
import { Sources } from "../sources.ts"
import { type CiteKeyOf, citer, page } from "./page.ts"
import { SharedPages } from "./shared.ts"

/**
 * The pages the trade flows beyond magnets cite (prices-and-trade.md §B), and no other record kind.
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const TradePages = {
  "daily8-fad-deeaea-eaddd": page("daily8-fad-deeaea-eaddd", "daily8.com", "https://www.daily8.com/en/article/677fad1a91deeaea83fb0eaddd41b3fa", "daily8.com page cited for MM-03", true),
  "thestar-2024": page("thestar-2024", "thestar.com.my", "https://thestar.com.my/aseanplus/aseanplus-news/2024/11/13/china-rare-earth-exports-jump-as-fears-of-myanmar-supply-disruption-spark-more-buying", "China rare earth exports jump as fears of myanmar supply disruption spark more buying"),
  "sardismarkets24-2024": page("sardismarkets24-2024", "sardismarkets24.com", "https://sardismarkets24.com/daily-news/10582/2024-11-07/cinin-nadir-metal-ihracati-myanmarda-arz-kesintisi-endisesi-alimlari-artirinca-keskin-yukseldi", "Cinin nadir metal ihracati myanmarda arz kesintisi endisesi alimlari artirinca keskin yukseldi"),
  "rareresearch-250202": page("rareresearch-250202", "rareresearch.co.jp", "https://rareresearch.co.jp/rareearthchinaimportandexport250202", "rareresearch.co.jp page cited for Jan 2025", true),
  "gzxcmg-1914221647512248320": page("gzxcmg-1914221647512248320", "gzxcmg.com", "http://en.gzxcmg.com/news_1/1914221647512248320.html", "gzxcmg.com page cited for Mar 2025", true),
  "chinatungsten-10970": page("chinatungsten-10970", "Chinatungsten Online", "http://news.chinatungsten.com/en/tungsten-product-news/145705-tpn-10970.html", "Chinatungsten Online page cited for Nov 2021 / Jan–Nov 2021", true),
  "giti-7453033": page("giti-7453033", "giti.sg", "https://giti.sg/markets/markets_files/48ebfa7453033ae0c38c564c09bf9de2-181.html", "giti.sg page cited for 2023", true),
  "eo-myanmar-relaxes-import": page("eo-myanmar-relaxes-import", "eo.epomaterial.com", "http://eo.epomaterial.com/news/myanmar-relaxes-import-restrictions-on-rare-earth-accessories-in-october-chinas-cumulative-import-of-unspecified-rare-earth-oxide-increased-by-287-year-on-year", "Myanmar relaxes import restrictions on rare earth accessories in october chinas cumulative import of unspecified rare earth oxide increased by 287 year on year"),
  "smm-102964913": page("smm-102964913", "SMM (Shanghai Metals Market)", "https://metal.com/id/newscontent/102964913", "SMM (Shanghai Metals Market) page cited for Jan–Aug 2024 / Aug 2024", true),
  "wenxuecity-3699194": page("wenxuecity-3699194", "zh.wenxuecity.com", "https://zh.wenxuecity.com/bbs/currentevent/3699194.html", "zh.wenxuecity.com page cited for 2024", true),
  "smm-103237108": page("smm-103237108", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/103237108/Unlisted-Rare-Earth-Oxide-Imports-Continue-to-Tighten-When-Will-Imports-of-Myanmar-Ore-Resume-[SMM-Analysis]", "Unlisted Rare Earth Oxide Imports Continue to Tighten When Will Imports of Myanmar Ore Resume [SMM Analysis]"),
  "smm-103386688": page("smm-103386688", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/103386688/Rush-Shipment-of-Inventory-Ore-Before-Rainy-Season,-Surge-in-Unlisted-Rare-Earth-Oxide-Imports-in-May-[SMM-Analysis]", "Rush Shipment of Inventory Ore Before Rainy Season, Surge in Unlisted Rare Earth Oxide Imports in May [SMM Analysis]"),
  "koreajoongangdaily-2381983": page("koreajoongangdaily-2381983", "koreajoongangdaily.joins.com", "https://koreajoongangdaily.joins.com/news/2025-08-22/world/world/Chinas-imports-of-US-rare-earth-ore-surge-in-July/2381983", "koreajoongangdaily.joins.com page cited for Jun 2025 / Jul 2025", true),
  "squidsite02-2025": page("squidsite02-2025", "squidsite02.com", "https://squidsite02.com/2025/08/22/chinas-imports-of-us", "squidsite02.com page cited for Jun 2025 / Jul 2025", true),
  "reuters-china-trade-rareearths": page("reuters-china-trade-rareearths", "reuters.com", "https://www.reuters.com/article/china-economy-trade-rareearths/chinas-rare-earth-imports-from-myanmar-dry-up-after-border-closure-idUSKBN2GG16X", "Chinas rare earth imports from myanmar dry up after border closure idUSKBN2GG16X"),
  "mizzima-chinas-imports-rare": page("mizzima-chinas-imports-rare", "mizzima.com", "http://www.mizzima.com/article/chinas-imports-rare-earths-myanmar-slow", "Chinas imports rare earths myanmar slow"),
  "arabnews-2595122-2": page("arabnews-2595122-2", "arabnews.com", "https://www.arabnews.com/node/2595122/world", "arabnews.com page cited for Feb 2025", true),
  "gtaic-2024": page("gtaic-2024", "gtaic.ai", "https://gtaic.ai/market-reports/us-rare-earth-compound-imports-2024", "Us rare earth compound imports 2024"),
  "smenet-2958": page("smenet-2958", "me.smenet.org", "https://me.smenet.org/webContent.cfm?context=1&webarticleid=2958", "me.smenet.org page cited for - 2018: 4,103 t; 2019: 4,593 t. Reuters ", true),
  "argusmedia-2405752": page("argusmedia-2405752", "Argus", "https://argusmedia.com/es/news-and-insights/latest-market-news/2405752-japan-aims-to-diversify-rare-earth-supply", "2405752 japan aims to diversify rare earth supply"),
  "gtaic-2025": page("gtaic-2025", "gtaic.ai", "https://gtaic.ai/market-reports/rare-earth-metals-and-mercury-market-japan-forecast-in-2025", "Rare earth metals and mercury market japan forecast in 2025"),
  "poland-34646720": page("poland-34646720", "poland.co.pl", "https://poland.co.pl/eksport-magnesow-z-ziem-rzadkich-z-chin-do-usa-spadl-o-30-34646720.html", "Eksport magnesow z ziem rzadkich z chin do usa spadl o 30 34646720"),
  "newsdig-2363084": page("newsdig-2363084", "newsdig.tbs.co.jp", "https://newsdig.tbs.co.jp/articles/withbloomberg/2363084?display=1", "newsdig.tbs.co.jp page cited for Oct 2025", true),
  "openstats-2024": page("openstats-2024", "openstats.eu", "https://openstats.eu/de/news/imports-of-rare-earth-elements-saw-30-drop-in-2024-f19e56", "Imports of rare earth elements saw 30 drop in 2024 f19e56"),
  "urdupoint-1961515": page("urdupoint-1961515", "urdupoint.com", "https://www.urdupoint.com/en/middle-east/china-eus-largest-partner-for-imports-of-rar-1961515.html", "China eus largest partner for imports of rar 1961515"),
  "wam-flt-china-eus": page("wam-flt-china-eus", "wam.ae", "https://www.wam.ae/en/article/bj53flt-china-eus-largest-partner-for-imports-rare-earth", "Bj53flt china eus largest partner for imports rare earth"),
  "mandiner-2026": page("mandiner-2026", "mandiner.hu", "https://mandiner.hu/makronom/2026/02/magnesforradalom-esely-kinaval-szemben", "Magnesforradalom esely kinaval szemben"),
  "ckhq-31689": page("ckhq-31689", "ckhq.net", "https://en.ckhq.net/html/36711add5b00b1bb47f31689e77d293f.html", "ckhq.net page cited for Jul 2025", true),
  // The same page as Sources.adamas2024Record: one page, one id.
  "adamasintel-2024": Sources.adamas2024Record,
  "rawmaterials-chinese-dysprosium-exports": page("rawmaterials-chinese-dysprosium-exports", "rawmaterials.net", "https://rawmaterials.net/chinese-dysprosium-exports-plummet-in-october-while-terbium-rebounds", "Chinese dysprosium exports plummet in october while terbium rebounds"),
} as const satisfies Record<string, Source.SourceRef>

/**
 * The sources of page keys of this part (or of the pages cited by several parts), or of
 * `Sources.<key>`: the {@link cite} of `@rareearth/data` over these pages only, so that a module
 * loading these records does not load every page.
 * @internal
 */
export const cite = citer({ ...TradePages, ...SharedPages })

/** A key this part's {@link cite} accepts. @internal */
export type CiteKey = CiteKeyOf<typeof TradePages & typeof SharedPages>
