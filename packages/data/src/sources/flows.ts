/**
 * The sources China's magnet and "rare earths" exports cite (and the release calendars, which
 * read the same customs releases): loaded with the flows (the `flows` part of
 * `@rareearth/data/embedded`).
 * @since 0.2.0
 */
import { ref, type SourceRef } from "./ref.ts"

/**
 * This module's sources, keyed by a short name: keys of `Sources` (sources.ts), which spreads
 * every table into one.
 * @internal
 */
export const FlowSources = {
  // --- Magnet exports (facts §4.1-§4.3) -------------------------------------------------------
  samariumSurgeAfterDeal: ref({
    id: "samarium-magnet-exports-surge-after-deal",
    title: "China's rare earth magnet exports surge after Xi-Trump deal",
    publisher: "samarium.dev",
    url: "https://samarium.dev/news/china-s-rare-earth-magnet-exports-surge-after-xi-trump-deal",
  }),
  devDiscourseMagnetSurge: ref({
    id: "devdiscourse-3736790",
    title: "China's Rare Earth Magnet Surge: A Post-Agreement Export Boom",
    publisher: "Devdiscourse",
    url: "https://www.devdiscourse.com/article/headlines/3736790-chinas-rare-earth-magnet-surge-a-post-agreement-export-boom",
  }),
  bloombergAmplify: ref({
    id: "bloomberg-amplifyapp-e0c6b862",
    title: "China's rare earth magnet exports to the US (Bloomberg)",
    publisher: "Bloomberg (mirror)",
    url: "https://main.d358xbzettaslu.amplifyapp.com/en/article/e0c6b862ae57ba721c920b82a11ef272",
    note: "Title describes the page (a mirror of a Bloomberg article).",
  }),
  econoTimesMayPlunge: ref({
    id: "econotimes-magnet-exports-plunge-may",
    title: "China's Rare Earth Magnet Exports Plunge Amid Tighter Export Controls",
    publisher: "EconoTimes",
    url: "https://econotimes.com/Chinas-Rare-Earth-Magnet-Exports-Plunge-Amid-Tighter-Export-Controls-1713812",
  }),
  tradingEconomics471367: ref({
    id: "tradingeconomics-471367",
    title: "China rare earth magnet exports (news 471367)",
    publisher: "Trading Economics",
    url: "https://tradingeconomics.com/china/exports/news/471367",
    note: "Title describes the page.",
  }),
  rbcUkraineJune: ref({
    id: "rbc-ukraine-magnet-exports-to-us-surge",
    title: "China's rare earth magnet exports to US surge",
    publisher: "RBC-Ukraine",
    url: "https://newsukraine.rbc.ua/news/china-s-rare-earth-magnet-exports-to-us-surge-1753014467.html",
  }),
  kitcoJuly2025: ref({
    id: "kitco-2025-08-20-magnets-july",
    title: "China's rare earth magnet exports hit six-month high in July",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2025-08-20/chinas-rare-earth-magnet-exports-hit-six-month-high-july",
    publishedOn: "2025-08-20",
  }),
  squidsiteJuly2025: ref({
    id: "squidsite02-2025-08-20-magnets-july",
    title: "China's rare earth magnet exports hit six-month high in July (Reuters text)",
    publisher: "squidsite02.com (Reuters)",
    url: "https://squidsite02.com/2025/08/20/chinas-rare-earth-magnet",
    publishedOn: "2025-08-20",
  }),
  samariumSevenMonthHigh: ref({
    id: "samarium-magnet-exports-seven-month-high",
    title: "China's rare earth magnet exports rise to seven-month high",
    publisher: "samarium.dev",
    url: "https://www.samarium.dev/news/china-s-rare-earth-magnet-exports-rise-to-seven-month-high",
  }),
  telegraphIndiaSeptember: ref({
    id: "telegraphindia-magnets-september",
    title:
      "China's rare earth magnet exports dip 6.1% in September amid tighter export scrutiny and curbs",
    publisher: "The Telegraph India (Reuters)",
    url: "https://www.telegraphindia.com/business/chinas-rare-earth-magnet-exports-dip-6-1-in-september-amid-tighter-export-scrutiny-and-curbs/cid/2128671",
    publishedOn: "2025-10-20",
  }),
  prChiefSeptember: ref({
    id: "prchief-100605",
    title: "China's rare earth magnet exports in September",
    publisher: "PR Chief",
    url: "https://prchief.com/?p=100605",
    note: "Title describes the page.",
  }),
  asiaCitySeptember: ref({
    id: "asiacity-138890",
    title: "Asia City News item 138890: China's September magnet exports by destination",
    publisher: "Asia City News",
    url: "https://asiacity.news/?p=138890",
    note: "Title describes the page. Compiled from Chinese customs data (gives the total as 5,773 t and the US as 420 t; Germany 1,288 t).",
  }),
  squidsiteOctober2025: ref({
    id: "squidsite02-2025-11-20-magnets-october",
    title: "China October rare earth magnet exports fall, shipments to US surge (Reuters text)",
    publisher: "squidsite02.com (Reuters)",
    url: "https://www.squidsite02.com/2025/11/20/china-october-rare-earth",
    publishedOn: "2025-11-20",
  }),
  tipInsightsOctober: ref({
    id: "tippinsights-magnets-october",
    title: "China's rare earth exports fall but shipments to U.S. surge 56%",
    publisher: "TIPP Insights",
    url: "https://tippinsights.com/chinas-rare-earth-exports-fall-but-shipments-to-u-s-surge-56",
  }),
  theWestNovember: ref({
    id: "thewest-sharp-fall-us-sales",
    title: "New data shows sharp fall in China's rare earth sales to the US",
    publisher: "The West Australian",
    url: "https://thewest.com.au/business/mining/new-data-shows-sharp-fall-in-chinas-rare-earth-sales-to-the-us-c-21074598",
  }),
  goldseaDecember: ref({
    id: "goldsea-december-2025-magnets",
    title: "China rare earth exports to US, Japan fell in December (Reuters text)",
    publisher: "GoldSea (Reuters)",
    url: "http://www.goldsea.com/public/index.php/article_details/china-rare-earth-exports-to-us-japan-fell-in-december",
    reliability: {
      rating: "weak",
      reason:
        "a repost of the Reuters text on an unrelated site; the only full source for December 2025 and FY 2025 (no wire original found)",
    },
  }),
  bizMatomeDecember: ref({
    id: "biz-matome-10146-december-2025",
    title:
      "China's rare earth magnet exports to Japan fell in December (Japanese summary of Reuters)",
    publisher: "biz-matome.com",
    url: "http://biz-matome.com/?p=10146",
    note: "Title describes the page. Gives December 2025 (total 5,952 t, US 564 t, Japan 280 t) and 2025 (57,392 t, -1.3% on 2024; US 5,933 t, -20.3%).",
    reliability: {
      rating: "weak",
      reason:
        "a machine-written Japanese summary (matome) of a Reuters story, secondary (labelled S in prices-and-trade.md)",
    },
  }),
  adamas2024Record: ref({
    id: "adamas-record-magnet-exports-2024",
    title: "Record rare earth magnet exports from China in 2024",
    publisher: "Adamas Intelligence",
    url: "https://www.adamasintel.com/record-rare-earth-magnet-exports-from-china-in-2024/",
    note: "58,152 t of rare earth permanent magnets and permanent magnet alloys in 2024, +10%, from GAC data.",
  }),
  tradingKeyJapan: ref({
    id: "tradingkey-261489648-reuters",
    title: "China's rare earth magnet exports to Japan (Reuters)",
    publisher: "TradingKey (Reuters)",
    url: "https://www.tradingkey.com/news/commodities/261489648-reuters",
    note: "Title describes the page.",
  }),
  rareEarthExchangesRedirects: ref({
    id: "rareearthexchanges-china-redirects-magnet-trade",
    title: "China redirects the magnet trade: U.S. demand falls as Europe absorbs supply",
    publisher: "Rare Earth Exchanges (citing Reuters/SCMP)",
    url: "https://rareearthexchanges.com/news/china-redirects-the-magnet-trade-u-s-demand-falls-as-europe-absorbs-supply",
  }),
  hdmuneMarch2026: ref({
    id: "hdmune-12560605375505-march-2026",
    title: "China's rare earth magnet exports in March 2026 (Reuters / Mining.com)",
    publisher: "hdmune.cn (Reuters / Mining.com)",
    url: "https://www.hdmune.cn/news/detail/12560605375505",
    publishedOn: "2026-04-20",
    note: "Title describes the page.",
    reliability: {
      rating: "weak",
      reason:
        "a crypto-news mirror of the Reuters / Mining.com story; the only source found for March 2026 and Q1 2026",
    },
  }),

  // --- "Rare earths" headline exports, GAC (facts §4.4) ---------------------------------------
  kitcoMay2024: ref({
    id: "kitco-2024-06-07-rare-earth-exports-may",
    title: "China May rare earth exports jump 36% y/y on restocking",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2024-06-07/china-may-rare-earth-exports-jump-36-yy-restocking",
    publishedOn: "2024-06-07",
  }),
  kitcoAugust2025: ref({
    id: "kitco-2025-09-08-rare-earth-exports-august",
    title: "China August rare earth exports fall 3.4% on month",
    publisher: "Kitco (Reuters)",
    url: "https://www.kitco.com/news/off-the-wire/2025-09-08/china-august-rare-earth-exports-fall-34-month",
    publishedOn: "2025-09-08",
  }),
  newsFromRss2024: ref({
    id: "newsfromrss-2024-rare-earth-exports",
    title: "China's rare earth exports in 2024 climb as home demand limited",
    publisher: "newsfromrss.com",
    url: "https://newsfromrss.com/chinas-rare-earth-exports-in-2024-climb-as-home-demand-limited",
  }),
  kaohoon574357: ref({
    id: "kaohoon-574357",
    title: "China's rare earth exports (December)",
    publisher: "Kaohoon International",
    url: "https://www.kaohooninternational.com/economics/574357",
    note: "Title describes the page.",
  }),
  rawMaterialsMarch2025: ref({
    id: "rawmaterials-rare-earth-exports-rise-march",
    title: "China rare earth exports rise in March",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-rare-earth-exports-rise-in-march/",
  }),
  zawyaApril2025: ref({
    id: "zawya-april-rare-earth-shipments-tumble",
    title: "China's export controls see April rare earth shipments tumble on month",
    publisher: "Zawya (Reuters)",
    url: "https://www.zawya.com/en/world/china-and-asia-pacific/chinas-export-controls-see-april-rare-earth-shipments-tumble-on-month-dsb8ia0w",
  }),
  rawMaterialsMixedTrends: ref({
    id: "rawmaterials-export-volumes-mixed-trends",
    title: "China's rare earth export volumes see mixed trends",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/chinas-rare-earth-export-volumes-see-mixed-trends/",
  }),
  rawMaterialsMay2025: ref({
    id: "rawmaterials-rare-earth-exports-decline-may",
    title: "China rare earth exports decline in May",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-rare-earth-exports-decline-in-may/",
  }),
  energyNewsMay2025: ref({
    id: "energynews-2025-06-09-rare-earth-exports-may",
    title: "China's rare earth exports rose 23% in May despite export restrictions",
    publisher: "Energy News (oedigital)",
    url: "https://energynews.oedigital.com/mining/2025/06/09/chinas-rare-earth-exports-rose-23-in-may-despite-export-restrictions",
    publishedOn: "2025-06-09",
  }),
  newsBytesJune2025: ref({
    id: "newsbytes-rare-earth-exports-decade-high",
    title: "China's rare earth exports reach decade high",
    publisher: "NewsBytes",
    url: "https://www.newsbytesapp.com/news/business/chinas-rare-earth-exports-reach-decade-high/tldr",
  }),
  newsmaxJune2025: ref({
    id: "newsmax-1218642-rare-earth-exports-june",
    title: "China's rare earth minerals exports in June 2025",
    publisher: "Newsmax",
    url: "https://www.newsmax.com/world/globaltalk/china-rare-earth-minerals-exports/2025/07/14/id/1218642/",
    publishedOn: "2025-07-14",
    note: "Title describes the page. Gives June 2025 exports of rare earths as 7,742.2 t.",
  }),
  questMetalsAugust2025: ref({
    id: "questmetals-rare-earth-exports-decline",
    title: "China rare earth exports decline",
    publisher: "Quest Metals",
    url: "https://www.questmetals.com/blog/china-rare-earth-exports-decline",
  }),
  cryptagonOctober2025: ref({
    id: "thecryptagon-rare-earth-exports-october",
    title: "China's rare earth exports jump 9% in October",
    publisher: "The Cryptagon",
    url: "https://thecryptagon.com/chinas-rare-earth-exports-jump-9-in-october",
  }),
  devDiscourseOctober2025: ref({
    id: "devdiscourse-3688211",
    title: "China's rare earth export surge in October",
    publisher: "Devdiscourse",
    url: "https://devdiscourse-devdiscoursenetcore.azurewebsites.net/article/headlines/3688211-chinas-rare-earth-export-surge-in-october",
  }),
  imaNovember2025: ref({
    id: "ima-rare-earth-exports-november",
    title: "China's rare earth exports jump in November after Xi-Trump meeting",
    publisher: "IMA",
    url: "https://ima-api.org/chinas-rare-earth-exports-jump-in-november-after-xi-trump-meeting",
  }),
  rawMaterialsRecordYear: ref({
    id: "rawmaterials-record-year-2025",
    title: "Record year for China's rare earth exports despite export restrictions",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/record-year-for-chinas-rare-earth-exports-despite-export-restrictions",
  }),
  internationalBusinessWeekly2025: ref({
    id: "internationalbusinessweekly-183555",
    title: "China's rare earth exports in 2025",
    publisher: "International Business Weekly",
    url: "https://internationalbusinessweekly.com/?p=183555",
    note: "Title describes the page.",
  }),
  tass2099305: ref({
    id: "tass-2099305",
    title: "China's rare earth exports",
    publisher: "TASS",
    url: "https://tass.com/economy/2099305",
    note: "Title describes the page (FY 2025 and January-February 2026 figures).",
  }),

  // --- Bloomberg "rare earth products" (facts §4.5) -------------------------------------------
  businessStandardMay2025: ref({
    id: "business-standard-rare-earth-exports-five-year-low",
    title: "China's rare earth exports hit five-year low as magnet sales curbed",
    publisher: "Business Standard (Bloomberg)",
    url: "https://www.business-standard.com/amp/world-news/china-s-rare-earth-exports-hit-five-year-low-as-magnet-sales-curbs-125061801486_1.html",
  }),
  businessStandardAugust2025: ref({
    id: "business-standard-rare-earth-exports-record-august",
    title: "China rare earth exports hit record in August amid US talks",
    publisher: "Business Standard (Bloomberg)",
    url: "https://www.business-standard.com/world-news/china-rare-earth-exports-hit-record-august-amid-us-talks-125091800461_1.html",
    publishedOn: "2025-09-18",
  }),
  sgLatestNewsMay2025: ref({
    id: "sglatestnews-rare-earth-exports-slump-may",
    title: "China's rare earth exports slump in May as magnet sales curbed",
    publisher: "SG Latest News",
    url: "https://sglatestnews.biz/chinas-rare-earth-exports-slump-in-may-as-magnet-sales-curbed",
  }),
  newsAzBoostsExports: ref({
    id: "news-az-china-boosts-rare-earth-exports",
    title: "China boosts rare earth exports after US deal",
    publisher: "News.Az",
    url: "https://news.az/news/china-boosts-rare-earth-exports-after-us-deal",
  }),
} as const satisfies Record<string, SourceRef>
