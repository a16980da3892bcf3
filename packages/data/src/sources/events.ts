/**
 * The sources the US-China policy events cite, and no other kind: loaded with the events (the
 * `events` part of `@rareearth/data/embedded`).
 * @since 0.2.0
 */
import { ref, type SourceRef } from "./ref.ts"

/**
 * This module's sources, keyed by a short name: keys of `Sources` (sources.ts), which spreads
 * every table into one.
 * @internal
 */
export const EventSources = {
  // --- Export-control measures (facts §2.1, §2.2) --------------------------------------------
  businessTimesPause: ref({
    id: "businesstimes-china-pauses-expansion-one-year",
    title:
      "China pauses rare earth export control expansion for one year, easing pressure on global buyers",
    publisher: "The Business Times",
    url: "https://www.businesstimes.com.sg/international/global/china-pauses-rare-earth-export-control-expansion-one-year-easing-pressure-global-buyers",
  }),
  millenniumPostReprieve: ref({
    id: "millenniumpost-us-gets-rare-earth-reprieve",
    title: "US gets rare earth reprieve from China",
    publisher: "Millennium Post",
    url: "https://www.millenniumpost.in/world/us-gets-rare-earth-reprieve-from-china-633413",
  }),
  liveIndexFactSheet: ref({
    id: "liveindex-china-eases-rare-earth-restrictions",
    title: "China eases rare earth restrictions, examines US chip firms",
    publisher: "LiveIndex",
    url: "https://liveindex.org/world/china-eases-rare-earth-restrictions-examines-us-chip-firms",
  }),
  legalParivarFactSheet: ref({
    id: "legalparivar-trump-xi-trade-deal",
    title: "China lifts rare earth export curbs, ends US chip probe in Trump-Xi trade deal",
    publisher: "Legal Parivar",
    url: "https://news.legalparivar.com/china-lifts-rare-earth-export-curbs-ends-us-chip-probe-in-trump-xi-trade-deal",
  }),

  // --- Trade meetings and events (facts §2.3) -------------------------------------------------
  genevaJointStatement94ha: ref({
    id: "94ha-geneva-joint-statement",
    title: "Joint Statement on China-U.S. Economic and Trade Meeting in Geneva",
    publisher: "94ha.com",
    url: "https://94ha.com/joint-statement-on-china-u-s-economic-and-trade-meeting-in-geneva.html",
  }),
  economyPkTrumpVisit: ref({
    id: "economy-pk-trump-visit-truce",
    title: "China confirms talks on Trump visit, China trade truce",
    publisher: "Economy.pk",
    url: "https://economy.com.pk/china-confirms-talks-on-trump-visit-china-trade-truce/?amp=1",
  }),
  portNewsGeneva: ref({
    id: "portnews-376823",
    title: "PortNews item 376823: the US-China talks in Geneva",
    publisher: "PortNews",
    url: "https://en.portnews.ru/news/376823/",
    note: "Title describes the page.",
  }),
  caixinGeneva: ref({
    id: "caixin-2025-05-12-joint-statement",
    title:
      "China-US joint statement: mutual rollback of some tariffs, continued negotiations on outstanding issues",
    publisher: "Caixin Global",
    url: "https://www.caixinglobal.com/2025-05-12/china-us-joint-statement-mutual-rollback-of-some-tariffs-continued-negotiations-on-outstanding-issues-includes-timeline-of-the-trade-war-102318875.html",
    publishedOn: "2025-05-12",
  }),
  signalScvCall: ref({
    id: "signalscv-2025-06-trump-rare-earth-resolved",
    title: "Trump: rare earth export issue resolved following call with Xi",
    publisher: "The Signal (signalscv.com)",
    url: "https://signalscv.com/2025/06/trump-rare-earth-export-issue-resolved-following-call-with-xi",
  }),
  lightwaveLondon: ref({
    id: "lightwavereports-london-talks",
    title: "Trade talks in London end with US-China plan to ease export controls",
    publisher: "Lightwave Reports",
    url: "https://lightwavereports.com/trade-talks-in-london-end-with-us-china-plan-to-ease-export-controls",
  }),
  diplomaticWatchLondon: ref({
    id: "diplomaticwatch-london-framework",
    title: "US and China establish trade framework after London talks",
    publisher: "Diplomatic Watch",
    url: "https://diplomaticwatch.com/us-and-china-establish-trade-framework-after-london-talks/",
  }),
  urbanminesLondon: ref({
    id: "urbanmines-london-implementation-framework",
    title: "China and the United States reach an implementation framework in London negotiations",
    publisher: "Urban Mines",
    url: "https://www.urbanmines.com/china-and-the-united-states-reach-an-implementation-framework-in-london-negotiations",
  }),
  geoTvStockholm: ref({
    id: "geotv-616238-stockholm",
    title: "US, China make trade progress, paving way for possible Trump-Xi summit",
    publisher: "Geo TV",
    url: "https://www.geo.tv/latest/616238-us-china-make-trade-progress-paving-way-for-possible-trump-xi-summit",
  }),
  daily8Stockholm: ref({
    id: "daily8-stockholm-talks",
    title: "US-China talks in Stockholm",
    publisher: "Daily8",
    url: "https://www.daily8.com/en/article/1fc2296e16c8f3f8ab875d1245cdd6fc",
    note: "Title describes the page.",
  }),
  rareEarthExchangesMadrid: ref({
    id: "rareearthexchanges-madrid-talks",
    title:
      "China confirms Madrid talks with U.S.: tariffs, export controls and TikTok on the agenda (Sept 14-17)",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/china-confirms-madrid-talks-with-u-s-tariffs-export-controls-and-tiktok-on-the-agenda-sept-14-17",
  }),
  anyfansHowDidWeGetHere: ref({
    id: "anyfans-trump-xi-how-did-we-get-here",
    title: "Trump-Xi meeting: how did we get here?",
    publisher: "AnyFans News",
    url: "https://news.anyfans.com/trump-xi-meeting%3A-how-did-we-get-here%3F",
  }),
  maverickNewsTariffThreat: ref({
    id: "mavericknews30-79129",
    title: "Maverick News item 79129: China's October controls and the US 100% tariff threat",
    publisher: "Maverick News",
    url: "https://mavericknews30.com/?p=79129",
    note: "Title describes the page.",
  }),
  rawMaterialsKualaLumpur: ref({
    id: "rawmaterials-kuala-lumpur-consensus",
    title: "China, U.S. outline trade consensus but Beijing silent on rare earths delay",
    publisher: "rawmaterials.net",
    url: "https://rawmaterials.net/china-u-s-outline-trade-consensus-but-beijing-silent-on-rare-earths-delay",
  }),
  anewzKualaLumpur: ref({
    id: "anewz-14654-rare-earths-tariff-pause",
    title: "US, China reach rare earths, tariff pause for Trump and Xi",
    publisher: "AnewZ",
    url: "https://anewz.tv/world/world-news/14654/us-china-reach-rare-earths-tariff-pause-for-trump-and-xi/news",
  }),
  nationPressBusan: ref({
    id: "nationpress-busan-one-year-deal",
    title: "Trump, Xi agree on one-year rare earth supply deal amid easing trade tensions",
    publisher: "NationPress",
    url: "https://www.nationpress.com/international/trump-xi-agree-on-one-year-rare-earth-supply-deal-amid-easing-trade-tensions",
  }),
  argaamBusan: ref({
    id: "argaam-1854187-busan",
    title: "Trump-Xi summit in Busan",
    publisher: "Argaam",
    url: "https://www.argaam.com/en/switch-view?mobile=true&returnUrl=https%3A%2F%2Fwww.argaam.com%2Fen%2Farticle%2Farticledetail%2Fid%2F1854187",
    note: "Title describes the page.",
  }),
  steelRadarBusan: ref({
    id: "steelradar-china-postpones-one-year",
    title: "China postpones rare earth export restrictions by one year",
    publisher: "SteelRadar",
    url: "https://www.steelradar.com/en/haber/china-postpones-rare-earth-export-restrictions-by-one-year",
  }),
} as const satisfies Record<string, SourceRef>
