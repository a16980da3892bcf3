/**
 * The sources of the production, reserves, salient-statistics and supply-share records, keyed by
 * the keys of `production-reserves.md` §1.2 (the project's vetted reference for them).
 * @since 0.2.0
 */
import type * as Source from "@rareearth/core/Source"

type SourceRef = Source.SourceRef

const ref = <const Id extends string>(source: SourceRef & { id: Id }): SourceRef & { id: Id } =>
  source

/**
 * The cited sources of the supply records.
 * @example
 * ```ts
 * import { SupplySources } from "@rareearth/data"
 * SupplySources.C26.url // "https://www.sciencebase.gov/catalog/item/69837e43b66b01367d7ec7c7"
 * ```
 * @category sources
 * @since 0.2.0
 */
export const SupplySources = {
  P26: ref({
    id: "usgs-mcs2026-rare-earths-pdf",
    title: "Mineral Commodity Summaries 2026: Rare Earths (v1.3)",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf",
    note: "Chapter PDF, version 1.3 of 2026-05-27, read from the copy in github therealjameswilson/critical-minerals-records-stage-v3 @942d04a data/raw/usgs_mcs2026_rare_earths.pdf.",
  }),
  C26: ref({
    id: "usgs-mcs2026-data-release",
    title: "Mineral Commodity Summaries 2026 Data Release (v1.0)",
    publisher: "U.S. Geological Survey",
    url: "https://www.sciencebase.gov/catalog/item/69837e43b66b01367d7ec7c7",
    publishedOn: "2026-02-06",
    note: "DOI https://doi.org/10.5066/P1WKQ63T. The initial release v1.0, shipped in shared/data/usgs/mcs2026_commodities_data.csv; the records of this edition are generated from it.",
  }),
  H26: ref({
    id: "usgs-mcs2026-version-history",
    title: "Mineral Commodity Summaries 2026: revision history",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/periodicals/mcs2026/versionHist.txt",
    note: "v1.1 2026-03-05, v1.2 2026-04-15, v1.3 2026-05-27.",
  }),
  H26b: ref({
    id: "usgs-mcs2026-rare-earths-heavy",
    title: "Mineral Commodity Summaries 2026: Rare Earths (Heavy)",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths-heavy.pdf",
    note: "Read from the copy in github therealjameswilson/critical-minerals-records-stage-v3 data/raw/usgs_mcs2026_rare_earths_heavy.pdf.",
  }),
  CKHQ: ref({
    id: "ckhq-us-rare-earth-import-sources",
    title: "US rare earth import sources and import reliance (Statista/USGS)",
    publisher: "ckhq",
    url: "https://en.ckhq.net/html/6031a93051e4bd20f1954e1d499219bf.html",
  }),
  DIGG: ref({
    id: "digg-does-the-us-have-rare-earth",
    title: "Does the US have rare earth minerals?",
    publisher: "digg",
    url: "https://digg.com/rare-metals/7qMaL1X/does-the-us-have-rare-earth",
  }),
  CNJ: ref({
    id: "cnj-mcs2018-quote",
    title: "Chinese journal page quoting the MCS 2018 rare earths text",
    publisher: "Chinese journal (qikan) page",
    url: "http://218.28.6.71:81/Qikan/Article/Detail?id=676516322",
  }),
  A26: ref({
    id: "pranava0x0-mcs2026-rare-earths-audit",
    title: "usgs-mineral-commodity-summaries: data/audit/rare-earths/audit.md",
    publisher: "GitHub pranava0x0/usgs-mineral-commodity-summaries",
    url: "https://github.com/pranava0x0/usgs-mineral-commodity-summaries/blob/main/data/audit/rare-earths/audit.md",
    note: "An independent extraction of the MCS 2026 chapter, version 1.1 (captured 2026-05-19).",
  }),
  M25: ref({
    id: "usgs-mcs2025-rare-earths",
    title: "Mineral Commodity Summaries 2025: Rare Earths",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf",
    note: "Read from the marker text extraction in github NSSAC/dpi.RAG data/marker/mcs2025-rare-earths.md (footnote digits glued to values were split and checked against the world totals).",
  }),
  F25: ref({
    id: "mcs2025-cell-verification-notes",
    title: "Automated verification notes quoting the MCS 2025 Rare Earths PDF cell by cell",
    publisher: "Unnamed public repositories",
    note: "Four public verification files; the repository and path are not known, so no URL.",
  }),
  UPX: ref({
    id: "upstx-top-8-rare-earth-producers",
    title: "World's rare earth giants: Top 8 producing nations",
    publisher: "upstx.gustya.com (webstory, data USGS Jan 2025)",
    url: "https://upstx.gustya.com/news/business-news/latest-updates/worlds-rare-earth-giants-top-8-producing-nations/webstory-185721",
  }),
  WION: ref({
    id: "wion-top-7-rare-earth-reserves",
    title: "Top 7 countries with the largest rare earth reserves: see where India stands",
    publisher: "WION",
    url: "https://www.wionews.com/photos/top-7-countries-with-the-largest-rare-earth-reserves-see-where-india-stands-1759307993918",
  }),
  GSW: ref({
    id: "globalsouthworld-rare-earth-reserves",
    title: "This is where the world's rare earth minerals are found",
    publisher: "globalsouthworld",
    url: "https://globalsouthworld.com/article/this-is-where-the-worlds-rare-earth-minerals-are-found",
  }),
  NAI: ref({
    id: "nai500-top-10-producers-2024",
    title: "USGS Latest Data: Top 10 Rare Earth Producers in 2024",
    publisher: "nai500",
    url: "https://nai500.com/blog/2025/03/usgs-latest-data-top-10-rare-earth-producers-in-2024/",
  }),
  REX1: ref({
    id: "rareearthexchanges-us-industry-2024",
    title: "U.S. Rare Earths Industry in 2024",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/?p=3608",
  }),
  INN24p: ref({
    id: "inn-2024-top-11-producers",
    title: "Top 11 Countries by Rare Earth Metal Production (Updated 2024)",
    publisher: "Investing News Network (mirror)",
    url: "https://saferetirementreports.com/2024/08/30/top-11-countries-by-rare-earth-metal-production-updated-2024",
    note: "INN text re-posted; INN mirrors are not independent of each other.",
  }),
  INN24r: ref({
    id: "inn-2024-top-8-reserves",
    title: "Rare Earths Reserves: Top 8 Countries (Updated 2024)",
    publisher: "Investing News Network (mirror)",
    url: "https://myfxinc.com/2024/04/25/rare-earths-reserves-top-8-countries-updated-2024",
  }),
  MV24: ref({
    id: "miningvisuals-china-dominance-2023",
    title: "China's dominance in rare earth production",
    publisher: "miningvisuals",
    url: "https://miningvisuals.com/post/chinas-dominance-in-rare-earth-production",
    note: "Source given on the page: USGS MCS, January 2024.",
  }),
  MV24r: ref({
    id: "miningvisuals-reserves-2023",
    title: "Rare earth reserves in 2023",
    publisher: "miningvisuals",
    url: "https://miningvisuals.com/post/rare-earth-reserves-in-2023",
  }),
  LAOS: ref({
    id: "laosmining-2022-top-10",
    title: "Shining bright: the hottest players in rare earth metal production for 2023",
    publisher: "laosmining (INN-derived)",
    url: "https://www.laosmining.com/shining-bright-the-hottest-players-in-rare-earth-metal-production-for-2023-laosmining-com/",
  }),
  W3: ref({
    id: "w3wiki-myanmar-madagascar-brazil-2022",
    title: "Myanmar (rare earth production)",
    publisher: "w3wiki (INN-derived)",
    url: "https://w3wiki.net/learn__myanmar_8",
  }),
  MEU: ref({
    id: "miningeurope-top-10-2022",
    title: "Top 10 countries for rare earth metal production",
    publisher: "miningeurope.news (INN copy)",
    url: "https://miningeurope.news/top-10-countries-for-rare-earth-metal-production/",
  }),
  DW: ref({
    id: "datawrapper-reserves-2022",
    title: "Reserves of rare earths by country in 2022",
    publisher: "Datawrapper chart",
    url: "https://datawrapper.dwcdn.net/PbBKs/4",
    note: "Attributed to MCS 2023 by inference: MCS 2023 is the edition that prints reserves as of 2022.",
  }),
  VINA: ref({
    id: "vinachem-reserves-top-8",
    title: "Rare earths reserves: top 8 countries",
    publisher: "vinachem (INN reserves, 2023)",
    url: "https://vinachem.com.vn/content/market-and-product-vnc/rare-earths-reserves-top-8-countries.html",
  }),
  INN22: ref({
    id: "inn-2022-production-australia",
    title: "Rare earth metal production (2021 data)",
    publisher: "Investing News Network",
    url: "https://investingnews.com/rare-earth-metal-production/4-australia",
  }),
  RAW22: ref({
    id: "rawmaterials-2022-production-increased",
    title: "Production of Rare Earths Increased Significantly in 2021",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/production-of-rare-earths-increased-significantly-in-2021/",
    publishedOn: "2022-02-08",
  }),
  SMAG: ref({
    id: "smagnetic-reserves-2022",
    title: "Rare earth reserves: top 8 countries (updated 2022)",
    publisher: "smagnetic (INN reserves)",
    url: "https://smagnetic.com/news/rare-earth-reserves:-top-8-countries-updated-2022",
  }),
  INN21: ref({
    id: "inn-2021-top-10-producers",
    title: "10 Top Countries for Rare Earth Metal Production",
    publisher: "Investing News Network",
    url: "https://investingnews.com/daily/resource-investing/critical-metals-investing/rare-earth-investing/rare-earth-metal-production/",
    publishedOn: "2021-03-23",
  }),
  INN21r: ref({
    id: "inn-2021-reserves-by-country",
    title: "Top Rare Earth Reserves by Country",
    publisher: "Investing News Network",
    url: "https://investingnews.com/daily/resource-investing/critical-metals-investing/rare-earth-investing/rare-earth-reserves-country/",
    publishedOn: "2021-06-16",
  }),
  GAIA: ref({
    id: "gaiageld-global-slice-rare-earths",
    title: "Global slice: rare earths",
    publisher: "gaiageld",
    url: "https://gaiageld.com/global-slice-rare-earths/",
    note: "Undated country list; assigned to MCS 2021 (2020e) by inference.",
  }),
  STR: ref({
    id: "stocktalkreview-top-9-producers",
    title: "Top 9 countries for rare earth metal production",
    publisher: "stocktalkreview (Insider Monkey)",
    url: "https://www.stocktalkreview.com/top-9-countries-for-rare-earth-metal-production/27882/",
  }),
  IM: ref({
    id: "insidermonkey-top-10-producers",
    title: "Top 10 countries for rare earth metal production",
    publisher: "Insider Monkey",
    url: "https://www.insidermonkey.com/blog/top-10-countries-for-rare-earth-metal-production-849718/",
  }),
  FOR20: ref({
    id: "forum-quoting-mcs2020",
    title: "Forum post quoting MCS 2020 (rare-earths PDF)",
    publisher: "sufficientvelocity forums",
    url: "https://directforums.sufficientvelocity.com/threads/wi-north-america-in-2020-is-isoted-to-30-000-bce.69979/page-5",
  }),
  SCP: ref({
    id: "smallcappower-us-rare-earth-production",
    title: "US rare earth production",
    publisher: "SmallCapPower",
    url: "https://smallcappower.com/expert-articles/us-rare-earth-production/",
  }),
  D16: ref({
    id: "usgs-mcs2016-rare-earths-docslib",
    title: "Mineral Commodity Summaries 2016: Rare Earths (p. 134, first half)",
    publisher: "U.S. Geological Survey (docslib mirror)",
    url: "https://docslib.org/doc/1659904/mineral-commodity-summaries-2016",
  }),
  D19: ref({
    id: "usgs-mcs2019-rare-earths-docslib",
    title: "Mineral Commodity Summaries 2019: Rare Earths (p. 132, first half)",
    publisher: "U.S. Geological Survey (docslib mirror)",
    url: "https://docslib.org/doc/9890780/rare-earths1",
  }),
  D21: ref({
    id: "usgs-mcs2021-rare-earths-docslib",
    title: "Mineral Commodity Summaries 2021: Rare Earths (first half)",
    publisher: "U.S. Geological Survey (docslib mirror)",
    url: "https://docslib.org/doc/10507567/rare-earths1",
  }),
  INN19: ref({
    id: "inn-2019-top-10-producers",
    title: "10 Top Countries for Rare Earth Metal Production",
    publisher: "Investing News Network",
    url: "https://investingnews.com/daily/resource-investing/critical-metals-investing/rare-earth-investing/rare-earth-producing-countries/",
    note: "The same URL was re-used for the 2017-data and 2018-data versions of the article.",
  }),
  KH: ref({
    id: "koreaherald-2019-06",
    title: "Korea Herald, June 2019 (rare earths)",
    publisher: "The Korea Herald",
    url: "http://www.koreaherald.com/view.php?ud=20190602000247",
  }),
  ARE: ref({
    id: "aboutrareearths-myanmar",
    title: "Myanmar",
    publisher: "aboutrareearths blog",
    url: "https://aboutrareearths.blogspot.com/p/myanmar.html",
  }),
  STAT: ref({
    id: "statista-rare-earth-reserves-2017",
    title: "Rare earth reserves by country (as of 2017)",
    publisher: "Statista",
    url: "https://www.statista.com/statistics/277268/rare-earth-reserves-by-country/",
  }),
  INN16: ref({
    id: "inn-2016-top-producers",
    title: "Top Rare Earth Producing Countries",
    publisher: "Investing News Network",
    url: "http://investingnews.com/daily/resource-investing/critical-metals-investing/rare-earth-investing/top-rare-earth-producing-countries-2013-usgs-2/",
  }),
  ISI: ref({
    id: "isikotours-rare-earth-china",
    title: "Rare earth mineral mining in China",
    publisher: "isikotours",
    url: "https://www.isikotours.co.za/34143_rare+earth+mineral+mining+in+china/",
    note: 'Quotes "USGS, 2016": world production for 2015 was estimated at 124 000 tons.',
  }),
  MYB22: ref({
    id: "usgs-myb2022-rare-earths-tables",
    title: "Minerals Yearbook 2022: Rare Earths, tables-only release (Table 8)",
    publisher: "U.S. Geological Survey",
    url: "https://www.usgs.gov/media/files/rare-earths-2022-tables-only-release",
    note: 'World mine production 2018-2022, "data available through April 1, 2024", with "r" (revised) flags.',
  }),
  DS140: ref({
    id: "usgs-ds140-rare-earths-2020",
    title: "Rare earths historical statistics (Data Series 140)",
    publisher: "U.S. Geological Survey",
    url: "https://www.usgs.gov/media/files/rare-earths-historical-statistics-data-series-140",
    note: "Last modified 2023-09-27; world and US production to 2020.",
  }),
  IEA24a: ref({
    id: "seaisi-iea-gcmo-2024",
    title:
      "China continues to dominate rare earth element extraction (IEA Global Critical Minerals Outlook 2024)",
    publisher: "SEAISI",
    url: "https://seaisi.org/details/24787?type=news-rooms",
  }),
  IEA24b: ref({
    id: "wayenind-iea-gcmo-2024",
    title: "China continues to dominate rare earth element extraction for another decade",
    publisher: "Wayen",
    url: "https://www.wayenind.com/china-continues-to-dominate-rare-earth-element-extraction-for-another-decade/",
  }),
  REXiea: ref({
    id: "rareearthexchanges-iea-mineral-chessboard",
    title: "The mineral chessboard: IEA sounds alarm as China tightens its grip",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/the-mineral-chessboard-iea-sounds-alarm-as-china-tightens-its-grip",
  }),
  REXiea2: ref({
    id: "rareearthexchanges-iea-2035-projection",
    title: "IEA projection of China's mining and refining shares (GCMO 2025)",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/?p=6972",
  }),
} as const
