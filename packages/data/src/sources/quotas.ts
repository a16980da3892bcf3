/**
 * The sources the production quotas cite, and no other kind: loaded with the quotas (the
 * `quotas` part of `@rareearth/data/embedded`).
 * @since 0.2.0
 */
import { ref, type SourceRef } from "./ref.ts"

/**
 * This module's sources, keyed by a short name: keys of `Sources` (sources.ts), which spreads
 * every table into one.
 * @internal
 */
export const QuotaSources = {
  // --- Quotas (facts §3) ----------------------------------------------------------------------
  globalReesVenture2018: ref({
    id: "globalreesventure-2018-quota",
    title: "China raises 2018 rare earth smelting, separation quota by 15 pct y/y (Reuters)",
    publisher: "Global REEs Venture",
    url: "https://www.globalreesventure.com/rare-earth-element-industry/china-raises-2018-rare-earth-smelting-separation-quota-by-15-pct-y-y/",
  }),
  smm2019FirstBatch: ref({
    id: "smm-2019-first-batch-quota",
    title: "First batch of rare earth quotas in 2019 dip 18% YoY: MIIT",
    publisher: "SMM (news.metal.com)",
    url: "https://news.metal.com/newscontent/100882363/First-batch-of-rare-earth-quotas-in-2019-dip-18-YoY:-MIIT/",
  }),
  peakResources2019Notice: ref({
    id: "peakresources-2019-miit-notice",
    title:
      "Notice of MIIT and MNR on issuing the 2019 total control index of rare earth mining and smelting separation",
    publisher: "Peak Resources",
    url: "https://www.peakresources.com.au/news/notice-of-the-ministry-of-industry-and-information-technology-of-the-ministry-of-natural-resources-on-issuing-the-2019-total-control-index-of-rare-earth-mining-and-smelting-separation-and-the-total-co/",
  }),
  globalTimes2019: ref({
    id: "globaltimes-1169411",
    title: "China's 2019 rare earth quotas",
    publisher: "Global Times",
    url: "http://www.globaltimes.cn/content/1169411.shtml",
    note: "Title describes the page.",
  }),
  miningCom2020: ref({
    id: "mining-com-1029800",
    title: "China's 2020 rare earth mining quota",
    publisher: "MINING.COM",
    url: "https://mining.com/?p=1029800",
    note: "Title describes the page.",
  }),
  cmGroup2020: ref({
    id: "cmgroup-mnr-2020-quota",
    title: "MNR: 2020 production quota for REs and W ore",
    publisher: "CM Group",
    url: "https://www.cmgroup.net/news/mnr-2020-production-quota-for-res-and-w-ore/",
  }),
  argus2020: ref({
    id: "argus-2121738-1h-quotas",
    title: "China allocates 1H RE quotas to six large groups",
    publisher: "Argus Media",
    url: "https://www.argusmedia.com/zh/news/2121738-china-allocates-1h-re-quotas-to-six-large-groups",
  }),
  miitNotice2020: ref({
    id: "miit-2020-103-quota-notice",
    title:
      "工业和信息化部 自然资源部关于下达2020年度稀土开采、冶炼分离总量控制指标的通知 (工信部联原〔2020〕103号)",
    publisher: "MIIT and MNR (notice, copy on myyun.cc)",
    url: "http://myyun.cc/xwzx/zcfg/202007/t20200717_35514.html",
    note: "MIIT and MNR's notice of the 2020 totals: 140,000 t mining and 135,000 t smelting/separation, including the first batch. Copy of the notice on a third-party site.",
  }),
  nationalPost2021: ref({
    id: "nationalpost-2021-quota-hike",
    title: "China hikes 2021 rare earth quotas by 20% year on year",
    publisher: "National Post (Reuters)",
    url: "https://nationalpost.com/pmn/news-pmn/china-hikes-2021-rare-earth-quotas-by-20-year-on-year",
  }),
  upNewsInfo2021: ref({
    id: "upnewsinfo-2021-quota-record",
    title: "China hikes 2021 rare earth quotas by 20% to record highs",
    publisher: "UPNewsInfo",
    url: "https://upnewsinfo.com/china-hikes-2021-rare-earth-quotas-by-20-to-record-highs/",
  }),
  cmGroup2021FirstBatch: ref({
    id: "cmgroup-miit-2021-first-batch",
    title: "MIIT: first batch of production quotas for REs",
    publisher: "CM Group",
    url: "https://www.cmgroup.net/news/miit-first-batch-of-production-quotas-for-res/",
  }),
  nasdaq2022: ref({
    id: "nasdaq-2022-quota-hike",
    title: "China hikes 2022 rare earth quota by 25% on rising demand",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-hikes-2022-rare-earth-quota-by-25-on-rising-demand",
  }),
  asiaFinancial2022: ref({
    id: "asiafinancial-2022-first-quotas",
    title: "China sets first rare earth mining quotas for 2022",
    publisher: "Asia Financial",
    url: "https://asiafinancial.com/china-sets-first-rare-earth-mining-quotas-for-2022",
  }),
  asiaMiner2022: ref({
    id: "asiaminer-10957",
    title: "China ups RE quota 20%",
    publisher: "Asia Miner",
    url: "https://www.asiaminer.com/news/latest-news/10957-china-ups-re-quota-20.html",
  }),
  nasdaq2023ThirdBatch: ref({
    id: "nasdaq-2023-third-batch",
    title: "China issues third batch of rare earth mining quotas for 2023",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-issues-third-batch-of-rare-earth-mining-quotas-for-2023",
  }),
  businessTimes2023: ref({
    id: "businesstimes-2023-quota-240000",
    title: "China sets 2023 rare earth mining quota at 240,000 tonnes, up 14% y/y",
    publisher: "The Business Times",
    url: "https://www.businesstimes.com.sg/companies-markets/energy-commodities/china-sets-2023-rare-earth-mining-quota-240000-tonnes-14-yoy",
  }),
  projectBlue2023: ref({
    id: "projectblue-707-third-batch",
    title: "ICYMI: China announces 'third batch' rare earth mining and smelting quota",
    publisher: "Project Blue",
    url: "https://theprojectbluegroup.com/blue/news-analysis/707/icymi:-china-announces-%E2%80%98third-batch%E2%80%99-rare-earth-mining-and-smelting-quota",
  }),
  fastmarkets2024: ref({
    id: "fastmarkets-2024-first-batch",
    title: "China issues first batch of rare earths quotas for 2024",
    publisher: "Fastmarkets",
    url: "https://www.fastmarkets.com/insights/china-issues-first-batch-of-rare-earths-quotas-for-2024",
  }),
  starfeu2024: ref({
    id: "starfeu-5920",
    title: "China's 2024 rare earth quotas",
    publisher: "starfeu.com",
    url: "https://starfeu.com/?p=5920",
    note: "Title describes the page.",
  }),
  econoTimesQuietQuotas: ref({
    id: "econotimes-china-quietly-issues-2025-quotas",
    title: "China Quietly Issues 2025 Rare Earth Quotas, Tightens Grip on Supply",
    publisher: "EconoTimes",
    url: "https://econotimes.com/China-Quietly-Issues-2025-Rare-Earth-Quotas-Tightens-Grip-on-Supply-1716556",
  }),
  daily8ReutersQuotas: ref({
    id: "daily8-reuters-2025-quotas",
    title: "China quietly issues 2025 rare earth quotas (Reuters text)",
    publisher: "Daily8 (Reuters)",
    url: "https://test.daily8.com/en/article/5e78fe6602ee425e32fd894a5faa5ee0",
  }),
  deepNewzQuotas: ref({
    id: "deepnewz-2025-quotas",
    title: "China quietly issues 2025 rare earth quotas, tightening grip on supply",
    publisher: "DeepNewz",
    url: "https://preview.deepnewz.com/china/china-quietly-issues-2025-rare-earth-quotas-tightening-grip-on-supply-cf63d5e4",
  }),
  koalaByQuotaSystem: ref({
    id: "koala-by-quota-system",
    title: "China introduces new rare earth supply quota system regulations",
    publisher: "koala-by.com",
    url: "https://koala-by.com/china-introduces-new-rare-earth-supply-quota-system-regulations/5",
  }),
  cnaReutersQuotas2025: ref({
    id: "cna-reuters-2025-07-18-quotas",
    title: "China quietly issues 2025 rare earth quotas, sources say",
    publisher: "CNA (Reuters)",
    url: "https://www.channelnewsasia.com/business/china-quietly-issues-2025-rare-earth-quotas-sources-say-5245691",
    publishedOn: "2025-07-18",
    note: "Reuters, 2025-07-18: the first 2025 quotas were issued 'only last month' (June 2025), without the usual public statement.",
  }),
} as const satisfies Record<string, SourceRef>
