/**
 * The pages of the reference files that no record cites (yet): in `Pages`, in no record. One
 * `Source.SourceRef` per address (52 pages).
 * @since 0.2.0
 */
import { described, pages, spelled } from "./page.ts"

/**
 * The pages of the reference files that no record cites (yet): in `Pages`, in no record.
 * @category sources
 * @since 0.2.0
 */
// biome-ignore format: one page per line
export const UncitedPages = pages({
  "ainvest-2507": spelled("https://www.ainvest.com/news/pentagon-550m-gamble-mp-materials-lead-rare-earth-dominance-2507"),
  "rjema-department-defense-takes": spelled("https://rjema.com/u-s-department-of-defense-takes-strategic-stake-in-mp-materials"),
  "principlecivics-2026": spelled("https://www.principlecivics.com/topics/trump-project-vault-feb-2026"),
  "rawmaterials-2024": spelled("https://rawmaterials.net/china-rare-earth-exports-up-6-in-2024/"),
  "lefosse-31954": described("https://lefosse.com/en/wp-json/wp/v2/posts/31954", "BR-01"),
  "developinglight-stories-greenland-government": spelled("https://developinglight.com/stories/greenland-government-blocks-australian-miner-developing-major-rare-earth-acfa989c"),
  "oecd-7992": described("https://oecd.org/en/publications/2024/09/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2024_b7992fc3/full-report/component-4.html", "ML-06"),
  "oecdilibrary-2025": described("https://www.oecd-ilibrary.org/en/publications/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2025_facc714b-en/full-report/component-3.html", "ML-06"),
  "oecdilibrary-2025-2": described("https://www.oecd-ilibrary.org/en/publications/oecd-inventory-of-export-restrictions-on-industrial-raw-materials-2025_facc714b-en/full-report/component-2.html", "ML-06"),
  "omnitrans-oecd-reports-sharp": spelled("https://www.omnitrans.com/news/oecd-reports-sharp-rise-in-restrictions-on-exports-of-critical-raw-materials"),
  "taxindiainternational-qwer-fcxzt-mtm": described("https://taxindiainternational.com/newsDesc.php?qwer43fcxzt=MTM2NzA%3D", "ML-06"),
  "rasteredge-1138": described("http://www.rasteredge.com/gallery/c18/1138/", "The OECD inventory's map legend defines "),
  "treo-rare-earths-price": spelled("https://treo.substack.com/p/rare-earths-price-development"),
  "chinatungsten-9384": described("http://news.chinatungsten.com/en/tungsten-product-news/133946-tpn-9384.html", "2020-07 (monthly avg)", "Chinatungsten Online"),
  "smm-102955578": spelled("https://news.metal.com/newscontent/102955578/rare-earth-prices-jumped-initially-and-then-pull-back-amid-intense-back-and-forth-negotiations-between-upstream-and-downstream-smm-analysis", "SMM (Shanghai Metals Market)"),
  "smm-103108533": spelled("https://news.metal.com/newscontent/103108533/Rare-Earth-Prices-Slightly-Rebounded-During-the-Week-High-Price-Transactions-Remain-Difficult-[SMM-Weekly-Review]", "SMM (Shanghai Metals Market)"),
  "smm-103531006": spelled("https://news.metal.com/newscontent/103531006-pr-nd-prices-bottom-out-may-experience-fluctuating-consolidation-in-the-futuresmm-analysis", "SMM (Shanghai Metals Market)"),
  "smm-103310477": spelled("https://news.metal.com/newscontent/103310477/Dysprosium-and-Terbium-Supplies-Are-Tight-Overseas,-Price-Spread-Between-Rare-Earths-at-Home-and-Abroad-Widens-[[SMM-Analysis]]", "SMM (Shanghai Metals Market)"),
  "tipranks-company-announcements-materials": spelled("https://www.tipranks.com/news/company-announcements/mp-materials-partners-with-u-s-defense-for-supply-chain"),
  "fetradeworld-industry-materials-lands": spelled("https://www.fetradeworld.com/industry-news/mp-materials-lands-multi-billion-pentagon-deal"),
  "investingnews-2025": spelled("https://investingnews.com/mp-materials-reports-fourth-quarter-and-full-year-2025-results/"),
  "brecorder-40351769": spelled("https://www.brecorder.com/news/40351769/china-rare-earth-exports-drop-3-over-january-february"),
  "irumiru-76425": described("https://www.iru-miru.com/article/76425?ranking_terms=1month", "H1 2025"),
  "mric-152596": described("https://mric.jogmec.go.jp/news_flash/20210122/152596/", "Jan–Nov 2020"),
  "wealthtrend-1067": described("https://wealthtrend.net/archives/1067", "Jan–Sep 2024"),
  "treo-special-chinas-rare": spelled("https://treo.substack.com/p/special-analysis-of-chinas-rare-earth"),
  "reportify-1178847679682318336": described("https://reportify.ai/news/1178847679682318336", "Jan–Sep 2025"),
  "longbridge-262445985": described("https://longbridge.com/en/news/262445985", "Jan–Sep 2025"),
  "rawmaterials-china-rare-earths": spelled("https://rawmaterials.net/china-rare-earths-imports-from-myanmar-rise-sharply/"),
  "karachichronicle-china-hits-jackpot": spelled("https://karachichronicle.com/china-hits-the-jackpot-as-president-xi-jinping-turns-myanmar-into-a-mining-hub-and-india-the-us-and-the-uk-could-soon-too/"),
  "viigoo-25568696464665": described("https://bbapi.viigoo.eu.org/square/post/25568696464665", "2023 → 2024"),
  "acovisa-mianmar-tornase-epicentro": spelled("https://portal.acovisa.com.br/mianmar-tornase-epicentro-disputado-da-mineracao-de-terras-raras"),
  "projectblue-1042": spelled("https://projectblue.com/blue/opinion-pieces/1042/myanmarese-production-of-rare-earths-continues-to-be-impacted-by-heavy-rainfall-"),
  "clashreport-china-threatens-rare": spelled("https://clashreport.com/news/articles/china-threatens-rare-earth-cutoff-over-myanmar-rebel-advance-boevrehl6l6"),
  "ckhq-499219": described("https://en.ckhq.net/html/6031a93051e4bd20f1954e1d499219bf.html", "2020–2023", "ckhq.net"),
  "grayscaleinsight": described("https://grayscaleinsight.com/file/821", "2024"),
  "fool-rare-earths-trade": spelled("https://www.fool.com/research/rare-earths-trade-statistics"),
  "rareearthexchanges-progress-real-americas": spelled("https://rareearthexchanges.com/news/progress-is-real-and-americas-rare-earth-comeback-still-has-a-steep-climb"),
  "bizmatome-10146": described("http://biz-matome.com/?p=10146", "- 2025: 5,933 t (−20.3%). http://biz-mat"),
  "metalnomist-2024-3": spelled("https://metalnomist.com/2024/08/japans-growing-reliance-on-china-for.html"),
  "livedoor-30182478": described("https://news.livedoor.com/topics/detail/30182478/", "recent"),
  "news-101000611": described("https://tw.news.yahoo.com/%E4%B8%AD%E5%9C%8B11%E6%9C%88%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3%E9%87%8F%E5%89%B5%E6%AD%B7%E5%8F%B2%E7%AC%AC%E4%BA%8C%E9%AB%98-%E5%B0%8D%E6%97%A5%E6%9C%AC%E5%87%BA%E5%8F%A3%E9%87%8F%E5%A4%A7%E5%A2%9E-101000611.html", "Nov 2025"),
  "shimotsuke-1270277": described("https://www.shimotsuke.co.jp/articles/-/1270277", "Dec 2025"),
  "ec-655171": described("https://ec.europa.eu/eurostat/statistics-explained/index.php?oldid=655171&title=International_trade_in_critical_raw_materials", "2024"),
  "newsx-49611": spelled("https://www.newsx.com/business/china-floods-global-markets-with-rare-earth-magnets-whats-behind-the-rapid-export-surge-49611"),
  "daily8-5274": described("https://www.daily8.com/en/article/9b0de0b97383ac8434ecfd5a5274b0f0", "FY21 / FY24 / FY25 (Apr–Mar)"),
  "jhb-197317": described("https://jhb.news/?p=197317", "FY21 / FY24 / FY25 (Apr–Mar)"),
  "livemint-11763889213829": spelled("https://www.livemint.com/news/india/automakers-see-no-turning-back-as-china-led-magnet-imports-more-than-halve-11763889213829.html"),
  "daily8-dfb": described("https://www.daily8.com/en/article/dfb99fd5a0a15bd3da0ac2aa0fd666c9", "Jun 2025"),
  "wownews24x7-rare-earth-rush": spelled("https://www.wownews24x7.com/news/rare-earth-rush-germany-us-south-korea-vietnam-and-india-battle-for-chinas-magnets"),
  "reportify-tags-product-tagvalue-2": described("https://reportify.cn/tags/product?tagValue=%E9%92%95", "2026-02-08 (Nikkei Chinese edition)"),
  "rbtfl-2026": spelled("https://rbtfl.xyz/zh/n/ndpr-price-surge-2026.md"),
})
