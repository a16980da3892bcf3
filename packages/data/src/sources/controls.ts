/**
 * The sources China's export-control measures (and their lifecycle events) cite, and no other
 * kind: loaded with the measures (the `controls` part of `@rareearth/data/embedded`).
 * @since 0.2.0
 */
import { fromCore, ref, type SourceRef } from "./ref.ts"

/**
 * This module's sources, keyed by a short name: keys of `Sources` (sources.ts), which spreads
 * every table into one.
 * @internal
 */
export const ControlSources = {
  // --- Export-control measures (facts §2.1, §2.2) --------------------------------------------
  nasdaqTechnologyBan: ref({
    id: "nasdaq-2023-12-china-bans-rare-earth-processing-technology",
    title: "China bans export of rare earths processing technologies",
    publisher: "Nasdaq (Reuters)",
    url: "https://www.nasdaq.com/articles/china-bans-export-of-rare-earths-processing-technologies",
  }),
  theHinduTechnologyBan: ref({
    id: "thehindu-2023-12-china-bans-rare-earth-processing-technology",
    title: "China bans export of rare earth processing technologies",
    publisher: "The Hindu",
    url: "https://www.thehindu.com/news/international/china-bans-export-of-rare-earth-processing-technologies/article67667281.ece",
  }),
  bactfTechnologyCatalogue: ref({
    id: "bactf-2024-09-technology-catalogue",
    title: "China politics news item 2752635 (technology export catalogue)",
    publisher: "bactf.com",
    url: "https://bactf.com/news/china_politics/202409/2752635.html",
    note: "Title describes the page; the source of the 24 prohibited / 110 restricted counts (single source).",
  }),
  urbanminesRegulations: ref({
    id: "urbanmines-2024-rare-earth-management-regulations",
    title: "China's Rare Earth Management Regulations will come into effect on October 1",
    publisher: "Urban Mines",
    url: "https://urbanmines.com/chinas-rare-earth-management-regulations-will-come-into-effect-on-october-1",
  }),
  chinaJusticeObserverRegulations: ref({
    id: "chinajusticeobserver-2024-rare-earth-regulation",
    title: "China Issues Regulation on Rare Earth Administration",
    publisher: "China Justice Observer",
    url: "https://www.chinajusticeobserver.com/a/china-issues-regulation-on-rare-earth-administration",
  }),
  clarkHillPause: ref({
    id: "clarkhill-2025-11-china-hits-pause",
    title: "China Hits Pause on Rare Earth Export Controls and What It Means for Supply Chains",
    publisher: "Clark Hill",
    url: "https://www.clarkhill.com/news-events/news/china-hits-pause-on-rare-earth-export-controls-and-what-it-means-for-supply-chains",
  }),
  evertiqGalliumSuspension: ref({
    id: "evertiq-2025-11-10-gallium-germanium-suspension",
    title: "China suspends ban on gallium and germanium exports to the US",
    publisher: "Evertiq",
    url: "https://evertiq.com/news/2025-11-10-china-suspends-ban-on-gallium-and-germanium-exports-to-the-us",
    publishedOn: "2025-11-10",
  }),
  udnNo46And72: ref({
    id: "udn-9128338-no46-no72",
    title:
      "Economic Daily News: MOFCOM suspends Article 2 of Announcement No. 46 of 2024 until 2026-11-27",
    publisher: "United Daily News (經濟日報)",
    url: "https://udn.com/news/story/7331/9128338",
    publishedOn: "2025-11-10",
    note: "Title describes the page (Chinese). It dates Announcement No. 46 of 2024 to 2024-12-03, in force from publication.",
  }),
  osencNo18: fromCore("mofcom-2025-18-text"),
  hyMagneticsNo18: ref({
    id: "hymagnetics-no18",
    title: "News item 24: China's export controls on medium and heavy rare earths",
    publisher: "HY Magnetics",
    url: "https://www.hymagnetics.com/news_detail/24.html",
    note: "Title describes the page.",
  }),
  hollandKnightNo18: ref({
    id: "hklaw-2025-04-medium-heavy-rare-earth-controls",
    title: "China Imposes Export Controls on Medium and Heavy Rare Earth Materials",
    publisher: "Holland & Knight",
    url: "https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials",
  }),
  ckhqNo18Spokesperson: ref({
    id: "ckhq-no18-mofcom-spokesperson",
    title: "MOFCOM spokesperson answers questions on the rare earth export controls (No. 18)",
    publisher: "en.ckhq.net",
    url: "https://en.ckhq.net/html/d690b55870b095a96960f687dc9020ef.html",
    note: "Title describes the page.",
  }),
  cirsNo18Chinese: ref({
    id: "cirs-no18-chinese-text",
    title: "Announcement No. 18 of 2025 (Chinese text)",
    publisher: "CIRS Group",
    url: "https://hgt.cirs-group.com/service/detail/eiyexqfy7aps",
  }),
  gticNo18Chinese: ref({
    id: "gtic-007swz-no18-chinese-text",
    title:
      "Announcement No. 18 of 2025: the list of controlled items (Chinese text, codes stripped)",
    publisher: "gtic.007swz.com",
    url: "https://gtic.007swz.com/xinxi/cmerpta.html",
    note: "Title describes the page. The legible copy of the Tb items, including 含铽的钕铁硼永磁材料 (materials-composition.md §5a).",
  }),
  szvfNo18Mirror: ref({
    id: "szvf-no18-scrambled-mirror",
    title: "Announcement No. 18 of 2025: the list of controlled items (scrambled mirror)",
    publisher: "wmgs.szvf.com.cn",
    url: "http://wmgs.szvf.com.cn/wap/?id=wap894615147160",
    note: "Title describes the page. The only legible copy of the Dy, Lu, Sc and Y item phrases found (materials-composition.md §5a).",
    reliability: {
      rating: "weak",
      reason:
        "a scrambled mirror of the Chinese text: the Dy-containing NdFeB item and the Gd oxide codes are legible only here",
    },
  }),
  courageMagnetEnforcement: ref({
    id: "couragemagnet-3345-customs-cases",
    title: "Customs cases: dysprosium-containing NdFeB declared under the wrong tariff line",
    publisher: "Courage Magnet (vendor blog)",
    url: "https://www.couragemagnet.com/magnet-blog/3345.html",
    note: "Title describes the page. A vendor's relay of customs penalty notices (single source): NdFeB containing 1.9% Dy treated as a listed dual-use item.",
  }),
  anewsInterimMeasures: ref({
    id: "anews-2025-08-23-quota-targets",
    title: "China sets new annual quota targets for rare earth production",
    publisher: "A News",
    url: "https://www.anews.com.tr/asia/2025/08/23/china-sets-new-annual-quota-targets-for-rare-earth-production",
    publishedOn: "2025-08-23",
  }),
  imaImportedMaterial: ref({
    id: "ima-china-extends-controls-to-imported-material",
    title: "China extends rare earth controls to imported material",
    publisher: "IMA",
    url: "https://ima-api.org/china-extends-rare-earth-controls-to-imported-material",
  }),
  pillsburySuspension: ref({
    id: "pillsbury-china-suspends-export-controls",
    title: "China Suspends Export Controls on Certain Critical Minerals-Related Items",
    publisher: "Pillsbury Winthrop Shaw Pittman",
    url: "https://www.pillsburylaw.com/en/news-and-insights/china-suspends-export-controls-certain-critical-minerals-related-items.html",
  }),
  siliconExpertNo57: fromCore("mofcom-2025-57-siliconexpert"),
  ckhqNo57: ref({
    id: "ckhq-no57",
    title: "MOFCOM on Announcement No. 57 of 2025 (effective date)",
    publisher: "en.ckhq.net",
    url: "https://en.ckhq.net/html/16f9c2b7fdc5c52b80f12f35d0be1305.html",
    note: "Title describes the page.",
  }),
  eastmoneyNo57Chinese: fromCore("mofcom-2025-57-text-zh"),
  particleExtraterritorial: ref({
    id: "particle-china-expands-controls-extraterritorial",
    title: "China expands rare-earth export controls with extraterritorial reach",
    publisher: "Particle",
    url: "https://particle.news/story/china-expands-rareearth-export-controls-with-extraterritorial-reach",
    reliability: {
      rating: "weak",
      reason:
        "a machine-written news summary that mixes up No. 57 and No. 61; No. 57 is also cited on SiliconExpert, CKHQ and the Chinese text",
    },
  }),
  ssCollegeNo61: ref({
    id: "sscollege-44800-no61",
    title: "Announcement No. 61 of 2025 (English translation)",
    publisher: "sscollege.cn",
    url: "http://www.sscollege.cn/en/news/44800.html",
  }),
  ssCollegeNo62: ref({
    id: "sscollege-44809-no62",
    title: "Announcement No. 62 of 2025 (English translation)",
    publisher: "sscollege.cn",
    url: "http://www.sscollege.cn/en/news/44809.html",
  }),
  chemRadarNo61: ref({
    id: "chemradar-f1la2toi5p1c",
    title: "China's controls on overseas rare-earth items (No. 61 of 2025)",
    publisher: "ChemRadar",
    url: "https://www.chemradar.com/en/news/detail/f1la2toi5p1c",
    note: "Title describes the page.",
  }),
  chambersNo61: ref({
    id: "chambers-6939",
    title: "China's extraterritorial rare earth export controls (No. 61 of 2025)",
    publisher: "Chambers and Partners",
    url: "https://chambers.com/content/item/6939",
    note: "Title describes the page.",
  }),
  businessLiveBaskaran: ref({
    id: "businesslive-2025-10-16-baskaran",
    title: "Gracelin Baskaran: China draws a red line in rare earths",
    publisher: "BusinessLIVE",
    url: "https://www.businesslive.co.za/bd/opinion/columnists/2025-10-16-gracelin-baskaran-china-draws-a-red-line-in-rare-earths/",
    publishedOn: "2025-10-16",
  }),
  vbwNo62: ref({
    id: "vbw-china-expands-export-controls",
    title: "China expands export controls on rare earths",
    publisher: "vbw (Bavarian Industry Association)",
    url: "https://www.vbw.com/int/News/China-expands-export-controls-on-rare-earths.jsp",
    note: "This page wrongly gives No. 57 as in force 'since Oct 9'; cited only for No. 62.",
  }),
  unitedDailyNo70: ref({
    id: "uniteddaily-no70",
    title: "United Daily item: Announcement No. 70 suspends the October 2025 measures",
    publisher: "United Daily",
    url: "https://uniteddaily.my/en/556cffc1-d9de-4ef6-8d02-e577fc6faa0a",
    note: "Title describes the page.",
  }),
  resilincExportPause: ref({
    id: "resilinc-china-export-pause",
    title: "China's export pause reveals trade policy supply chain risk",
    publisher: "Resilinc",
    url: "https://resilinc.ai/blog/chinas-export-pause-reveals-trade-policy-supply-chain-risk",
  }),
  trtWorldGeneralLicences: ref({
    id: "trtworld-reuters-general-licences",
    title: "TRT World article b8d356291765 (Reuters): general licences for rare earth exports",
    publisher: "TRT World (Reuters)",
    url: "https://www.trtworld.com:443/article/b8d356291765",
    note: "Title describes the page.",
  }),
  myGlobalNewsGeneralLicences: ref({
    id: "myglobalnews-2025-12-18-general-licenses",
    title: "MOFCOM greenlights general licenses for rare earth exports",
    publisher: "My Global News",
    url: "https://myglobalnews.net/china/20251218-mofcom-greenlights-general-licenses-for-rare-earth-exports",
    publishedOn: "2025-12-18",
  }),
  rareEarthExchangesTacticalEasing: ref({
    id: "rareearthexchanges-tactical-easing",
    title: "China signals tactical easing on rare earth exports, but control remains centralized",
    publisher: "Rare Earth Exchanges",
    url: "https://rareearthexchanges.com/news/china-signals-tactical-easing-on-rare-earth-exports-but-control-remains-centralized",
  }),
  geopolitechsJapan: ref({
    id: "geopolitechs-china-japan-dual-use",
    title: "China plans to reimpose rare earth controls on Japan",
    publisher: "Geopolitechs",
    url: "https://www.geopolitechs.org/p/china-plans-to-reimpose-rare-earth",
    note: "Title from the URL, completed to describe the page.",
  }),
  bairdMaritimeJapan: ref({
    id: "bairdmaritime-japan-dual-use-ban",
    title: "China says ban on exports of dual-use items to Japan to only hit military companies",
    publisher: "Baird Maritime",
    url: "https://www.bairdmaritime.com/security/naval/china-says-ban-on-exports-of-dual-use-items-to-japan-to-only-hit-military-companies",
  }),
  allTheNewsJapan: ref({
    id: "allthenews-japan-rare-earth-curbs",
    title: "China curbs rare earth exports to Japanese companies after dual-use ban",
    publisher: "allthe.news",
    url: "https://allthe.news/yo/articles/china-curbs-rare-earth-exports-to-japanese-companies-after-dual-use-ban",
  }),
} as const satisfies Record<string, SourceRef>
