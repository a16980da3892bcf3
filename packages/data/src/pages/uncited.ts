/**
 * The pages of the reference files that no record cites (yet): in `Pages`, in no record. One `Source.SourceRef` per address (52 pages).
 * @since 0.2.0
 */
import type { Source } from "@rareearth/core"
import { page } from "./page.ts"

/**
 * The pages of the reference files that no record cites (yet): in `Pages`, in no record.
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const UncitedPages = {
  "ainvest-2507": page("ainvest-2507", "ainvest.com", "https://www.ainvest.com/news/pentagon-550m-gamble-mp-materials-lead-rare-earth-dominance-2507", "Pentagon 550m gamble mp materials lead rare earth dominance 2507"),
  "rjema-department-defense-takes": page("rjema-department-defense-takes", "rjema.com", "https://rjema.com/u-s-department-of-defense-takes-strategic-stake-in-mp-materials", "U s department of defense takes strategic stake in mp materials"),
  "principlecivics-2026": page("principlecivics-2026", "principlecivics.com", "https://www.principlecivics.com/topics/trump-project-vault-feb-2026", "Trump project vault feb 2026"),
  "rawmaterials-2024": page("rawmaterials-2024", "rawmaterials.net", "https://rawmaterials.net/china-rare-earth-exports-up-6-in-2024/", "China rare earth exports up 6 in 2024"),
  "lefosse-31954": page("lefosse-31954", "lefosse.com", "https://lefosse.com/en/wp-json/wp/v2/posts/31954", "lefosse.com page cited for BR-01", true),
  "developinglight-stories-greenland-government": page("developinglight-stories-greenland-government", "developinglight.com", "https://developinglight.com/stories/greenland-government-blocks-australian-miner-developing-major-rare-earth-acfa989c", "Greenland government blocks australian miner developing major rare earth acfa989c"),
  "oecd-7992": page("oecd-7992", "oecd.org", "https://oecd.org/en/publications/2024/09/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2024_b7992fc3/full-report/component-4.html", "oecd.org page cited for ML-06", true),
  "oecdilibrary-2025": page("oecdilibrary-2025", "oecd-ilibrary.org", "https://www.oecd-ilibrary.org/en/publications/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2025_facc714b-en/full-report/component-3.html", "oecd-ilibrary.org page cited for ML-06", true),
  "oecdilibrary-2025-2": page("oecdilibrary-2025-2", "oecd-ilibrary.org", "https://www.oecd-ilibrary.org/en/publications/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2025_facc714b-en/full-report/component-2.html", "oecd-ilibrary.org page cited for ML-06", true),
  "omnitrans-oecd-reports-sharp": page("omnitrans-oecd-reports-sharp", "omnitrans.com", "https://www.omnitrans.com/news/oecd-reports-sharp-rise-in-restrictions-on-exports-of-critical-raw-materials", "Oecd reports sharp rise in restrictions on exports of critical raw materials"),
  "taxindiainternational-qwer-fcxzt-mtm": page("taxindiainternational-qwer-fcxzt-mtm", "taxindiainternational.com", "https://taxindiainternational.com/newsDesc.php?qwer43fcxzt=MTM2NzA%3D", "taxindiainternational.com page cited for ML-06", true),
  "rasteredge-1138": page("rasteredge-1138", "rasteredge.com", "http://www.rasteredge.com/gallery/c18/1138/", "rasteredge.com page cited for The OECD inventory's map legend defines ", true),
  "treo-rare-earths-price": page("treo-rare-earths-price", "treo.substack.com", "https://treo.substack.com/p/rare-earths-price-development", "Rare earths price development"),
  "chinatungsten-9384": page("chinatungsten-9384", "Chinatungsten Online", "http://news.chinatungsten.com/en/tungsten-product-news/133946-tpn-9384.html", "Chinatungsten Online page cited for 2020-07 (monthly avg)", true),
  "smm-102955578": page("smm-102955578", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/102955578/rare-earth-prices-jumped-initially-and-then-pull-back-amid-intense-back-and-forth-negotiations-between-upstream-and-downstream-smm-analysis", "Rare earth prices jumped initially and then pull back amid intense back and forth negotiations between upstream and downstream smm analysis"),
  "smm-103108533": page("smm-103108533", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/103108533/Rare-Earth-Prices-Slightly-Rebounded-During-the-Week-High-Price-Transactions-Remain-Difficult-[SMM-Weekly-Review]", "Rare Earth Prices Slightly Rebounded During the Week High Price Transactions Remain Difficult [SMM Weekly Review]"),
  "smm-103531006": page("smm-103531006", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/103531006-pr-nd-prices-bottom-out-may-experience-fluctuating-consolidation-in-the-futuresmm-analysis", "103531006 pr nd prices bottom out may experience fluctuating consolidation in the futuresmm analysis"),
  "smm-103310477": page("smm-103310477", "SMM (Shanghai Metals Market)", "https://news.metal.com/newscontent/103310477/Dysprosium-and-Terbium-Supplies-Are-Tight-Overseas,-Price-Spread-Between-Rare-Earths-at-Home-and-Abroad-Widens-[[SMM-Analysis]]", "Dysprosium and Terbium Supplies Are Tight Overseas, Price Spread Between Rare Earths at Home and Abroad Widens [[SMM Analysis]]"),
  "tipranks-company-announcements-materials": page("tipranks-company-announcements-materials", "tipranks.com", "https://www.tipranks.com/news/company-announcements/mp-materials-partners-with-u-s-defense-for-supply-chain", "Mp materials partners with u s defense for supply chain"),
  "fetradeworld-industry-materials-lands": page("fetradeworld-industry-materials-lands", "fetradeworld.com", "https://www.fetradeworld.com/industry-news/mp-materials-lands-multi-billion-pentagon-deal", "Mp materials lands multi billion pentagon deal"),
  "investingnews-2025": page("investingnews-2025", "investingnews.com", "https://investingnews.com/mp-materials-reports-fourth-quarter-and-full-year-2025-results/", "Mp materials reports fourth quarter and full year 2025 results"),
  "brecorder-40351769": page("brecorder-40351769", "brecorder.com", "https://www.brecorder.com/news/40351769/china-rare-earth-exports-drop-3-over-january-february", "China rare earth exports drop 3 over january february"),
  "irumiru-76425": page("irumiru-76425", "iru-miru.com", "https://www.iru-miru.com/article/76425?ranking_terms=1month", "iru-miru.com page cited for H1 2025", true),
  "mric-152596": page("mric-152596", "mric.jogmec.go.jp", "https://mric.jogmec.go.jp/news_flash/20210122/152596/", "mric.jogmec.go.jp page cited for Jan–Nov 2020", true),
  "wealthtrend-1067": page("wealthtrend-1067", "wealthtrend.net", "https://wealthtrend.net/archives/1067", "wealthtrend.net page cited for Jan–Sep 2024", true),
  "treo-special-chinas-rare": page("treo-special-chinas-rare", "treo.substack.com", "https://treo.substack.com/p/special-analysis-of-chinas-rare-earth", "Special analysis of chinas rare earth"),
  "reportify-1178847679682318336": page("reportify-1178847679682318336", "reportify.ai", "https://reportify.ai/news/1178847679682318336", "reportify.ai page cited for Jan–Sep 2025", true),
  "longbridge-262445985": page("longbridge-262445985", "longbridge.com", "https://longbridge.com/en/news/262445985", "longbridge.com page cited for Jan–Sep 2025", true),
  "rawmaterials-china-rare-earths": page("rawmaterials-china-rare-earths", "rawmaterials.net", "https://rawmaterials.net/china-rare-earths-imports-from-myanmar-rise-sharply/", "China rare earths imports from myanmar rise sharply"),
  "karachichronicle-china-hits-jackpot": page("karachichronicle-china-hits-jackpot", "karachichronicle.com", "https://karachichronicle.com/china-hits-the-jackpot-as-president-xi-jinping-turns-myanmar-into-a-mining-hub-and-india-the-us-and-the-uk-could-soon-too/", "China hits the jackpot as president xi jinping turns myanmar into a mining hub and india the us and the uk could soon too"),
  "viigoo-25568696464665": page("viigoo-25568696464665", "bbapi.viigoo.eu.org", "https://bbapi.viigoo.eu.org/square/post/25568696464665", "bbapi.viigoo.eu.org page cited for 2023 → 2024", true),
  "acovisa-mianmar-tornase-epicentro": page("acovisa-mianmar-tornase-epicentro", "portal.acovisa.com.br", "https://portal.acovisa.com.br/mianmar-tornase-epicentro-disputado-da-mineracao-de-terras-raras", "Mianmar tornase epicentro disputado da mineracao de terras raras"),
  "projectblue-1042": page("projectblue-1042", "projectblue.com", "https://projectblue.com/blue/opinion-pieces/1042/myanmarese-production-of-rare-earths-continues-to-be-impacted-by-heavy-rainfall-", "Myanmarese production of rare earths continues to be impacted by heavy rainfall"),
  "clashreport-china-threatens-rare": page("clashreport-china-threatens-rare", "clashreport.com", "https://clashreport.com/news/articles/china-threatens-rare-earth-cutoff-over-myanmar-rebel-advance-boevrehl6l6", "China threatens rare earth cutoff over myanmar rebel advance boevrehl6l6"),
  "ckhq-499219": page("ckhq-499219", "ckhq.net", "https://en.ckhq.net/html/6031a93051e4bd20f1954e1d499219bf.html", "ckhq.net page cited for 2020–2023", true),
  "grayscaleinsight": page("grayscaleinsight", "grayscaleinsight.com", "https://grayscaleinsight.com/file/821", "grayscaleinsight.com page cited for 2024", true),
  "fool-rare-earths-trade": page("fool-rare-earths-trade", "fool.com", "https://www.fool.com/research/rare-earths-trade-statistics", "Rare earths trade statistics"),
  "rareearthexchanges-progress-real-americas": page("rareearthexchanges-progress-real-americas", "rareearthexchanges.com", "https://rareearthexchanges.com/news/progress-is-real-and-americas-rare-earth-comeback-still-has-a-steep-climb", "Progress is real and americas rare earth comeback still has a steep climb"),
  "bizmatome-10146": page("bizmatome-10146", "biz-matome.com", "http://biz-matome.com/?p=10146", "biz-matome.com page cited for - 2025: 5,933 t (−20.3%). http://biz-mat", true),
  "metalnomist-2024-3": page("metalnomist-2024-3", "metalnomist.com", "https://metalnomist.com/2024/08/japans-growing-reliance-on-china-for.html", "Japans growing reliance on china for"),
  "livedoor-30182478": page("livedoor-30182478", "news.livedoor.com", "https://news.livedoor.com/topics/detail/30182478/", "news.livedoor.com page cited for recent", true),
  "news-101000611": page("news-101000611", "tw.news.yahoo.com", "https://tw.news.yahoo.com/%E4%B8%AD%E5%9C%8B11%E6%9C%88%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3%E9%87%8F%E5%89%B5%E6%AD%B7%E5%8F%B2%E7%AC%AC%E4%BA%8C%E9%AB%98-%E5%B0%8D%E6%97%A5%E6%9C%AC%E5%87%BA%E5%8F%A3%E9%87%8F%E5%A4%A7%E5%A2%9E-101000611.html", "tw.news.yahoo.com page cited for Nov 2025", true),
  "shimotsuke-1270277": page("shimotsuke-1270277", "shimotsuke.co.jp", "https://www.shimotsuke.co.jp/articles/-/1270277", "shimotsuke.co.jp page cited for Dec 2025", true),
  "ec-655171": page("ec-655171", "ec.europa.eu", "https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=655171&title=International_trade_in_critical_raw_materials", "ec.europa.eu page cited for 2024", true),
  "newsx-49611": page("newsx-49611", "newsx.com", "https://www.newsx.com/business/china-floods-global-markets-with-rare-earth-magnets-whats-behind-the-rapid-export-surge-49611", "China floods global markets with rare earth magnets whats behind the rapid export surge 49611"),
  "daily8-5274": page("daily8-5274", "daily8.com", "https://www.daily8.com/en/article/9b0de0b97383ac8434ecfd5a5274b0f0", "daily8.com page cited for FY21 / FY24 / FY25 (Apr–Mar)", true),
  "jhb-197317": page("jhb-197317", "jhb.news", "https://jhb.news/?p=197317", "jhb.news page cited for FY21 / FY24 / FY25 (Apr–Mar)", true),
  "livemint-11763889213829": page("livemint-11763889213829", "livemint.com", "https://www.livemint.com/news/india/automakers-see-no-turning-back-as-china-led-magnet-imports-more-than-halve-11763889213829.html", "Automakers see no turning back as china led magnet imports more than halve 11763889213829"),
  "daily8-dfb": page("daily8-dfb", "daily8.com", "https://www.daily8.com/en/article/dfb99fd5a0a15bd3da0ac2aa0fd666c9", "daily8.com page cited for Jun 2025", true),
  "wownews24x7-rare-earth-rush": page("wownews24x7-rare-earth-rush", "wownews24x7.com", "https://www.wownews24x7.com/news/rare-earth-rush-germany-us-south-korea-vietnam-and-india-battle-for-chinas-magnets", "Rare earth rush germany us south korea vietnam and india battle for chinas magnets"),
  "reportify-tags-product-tagvalue-2": page("reportify-tags-product-tagvalue-2", "reportify.cn", "https://reportify.cn/tags/product?tagValue=%E9%92%95", "reportify.cn page cited for 2026-02-08 (Nikkei Chinese edition)", true),
  "rbtfl-2026": page("rbtfl-2026", "rbtfl.xyz", "https://rbtfl.xyz/zh/n/ndpr-price-surge-2026.md", "Ndpr price surge 2026"),
} as const satisfies Record<string, Source.SourceRef>
