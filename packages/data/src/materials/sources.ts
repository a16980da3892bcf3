/**
 * The sources of the material compositions and conversion factors, transcribed from
 * `materials-composition.md` (the project's vetted notes on rare earth content).
 * @since 0.2.0
 */
import type * as Source from "@rareearth/core/Source"

const ref = (source: Source.SourceRef): Source.SourceRef => source

/** Sources of the material presets, keyed by a short name. @category sources @since 0.2.0 */
export const MaterialSources = {
  sdmPriceTrend: ref({
    id: "mat-sdm-ndfeb-composition",
    title: "Neodymium magnets price trend (typical composition of sintered NdFeB)",
    publisher: "SDM Magnetics",
    url: "https://www.sdmmagnetic.com/neodymium-magnets-price-trend",
    note: "Maker's statement: 29.0-32.5 wt% RE, B 1.1-1.5 wt%, balance Fe.",
  }),
  courageFaq: ref({
    id: "mat-courage-ndfeb-faq",
    title: "Chemical composition of NdFeB (vendor FAQ, one text mirrored on four sites)",
    publisher: "Courage Magnet",
    url: "http://www.couragemagnet.com/faq/324.html",
    note: "The same FAQ text appears on sensmagnetics.com, cihankeji.com and saigonphoto.net: one text, mirrored.",
  }),
  mainrichGrades: ref({
    id: "mat-mainrich-grades",
    title: "NdFeB magnet grades explained: N35 to N55",
    publisher: "Mainrich International",
    url: "https://www.mainrichinternational.com/resources/articles/ndfeb-magnet-grades-explained-n35-to-n55",
    note: "Trader's technical article (Apr/May 2026): a standard N42 may contain zero Dy; an N38EH can be 6-8% Dy by weight.",
  }),
  mainrichGbd: ref({
    id: "mat-mainrich-gbd",
    title: "GBD (grain boundary diffusion) magnets explained",
    publisher: "Mainrich International",
    url: "https://www.mainrichinternational.com/resources/articles/gbd-grain-boundary-diffusion-magnets-explained",
    note: "Jan 2026: 2-8% Dy/Tb by weight depending on grade (standard approach); GBD uses 50-70% less heavy rare earth.",
  }),
  smcoBrm: ref({
    id: "mat-brm-smco",
    title: "SmCo magnets: composition (SmCo5 about 36% Sm; Sm2Co17 about 25% Sm)",
    publisher: "BRM Metal",
    url: "https://www.brm-metal.com/html/show-27-10-1.html",
  }),
  smcoStanford: ref({
    id: "mat-stanford-smco",
    title: "SmCo magnets: composition, series and types",
    publisher: "Stanford Magnets",
    url: "https://www.stanfordmagnets.com/smco-magnets-composition-series-and-types.html",
  }),
  smcoCourage: ref({
    id: "mat-courage-smco",
    title: "SmCo magnet composition (Sm2Co17: Sm 23-28%, Co 48-52%, Fe 14-17%, Cu 5-7%, Zr 2-3%)",
    publisher: "Courage Magnet",
    url: "https://www.couragemagnet.com/magnet-blog/366.html",
  }),
  smcoAdams: ref({
    id: "mat-adams-smco",
    title: "Samarium cobalt (SmCo) magnets",
    publisher: "Adams Magnetic Products",
    url: "https://www.adamsmagnetic.com/rare-earth-magnets/samarium-cobalt-smco-magnets",
    note: "SmCo5 approximately 37% Sm and 63% Co; Sm2Co17 about 25% Sm, 5% Cu, 18% Fe, 2% Hf or Zr.",
  }),
  abriNimh: ref({
    id: "mat-abri-nimh",
    title: "Recycling rare earth metals from batteries",
    publisher: "Australian Battery Recycling Initiative",
    url: "http://batteryrecycling.org.au/recycling-rare-earth-metals-from-batteries/",
    note: "A NiMH battery contains around 7% rare earth elements (Ce, La, Nd, Pr).",
  }),
  basiqAutocat: ref({
    id: "mat-basiq-autocatalyst",
    title: "Interview with S. Steinlechner (Univ. Leoben) on autocatalyst recycling",
    publisher: "Tech Metals Insider",
    url: "http://www.basiq.com/?p=2415",
    note: "Between 3 and 5% cerium; PGM 0.2-0.3%; catalyst weight 500 g to 2,500 g in a standard car.",
  }),
  honwayCeria: ref({
    id: "mat-honway-ceria",
    title: "Cerium oxide polishing solution",
    publisher: "Honway Group",
    url: "https://honwaygroup.com/en/cerium-oxide-polishing-solution",
    note: "Low-cerium polishing powder generally contains about 50% CeO2.",
  }),
  ysz3yReview: ref({
    id: "mat-pmc-3y-tzp",
    title: "Dental zirconia generations: composition table (4.5-5.6 wt% Y2O3 in 3Y-TZP)",
    publisher: "PubMed Central",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9972857/table/t3",
  }),
  tbcCoatings: ref({
    id: "mat-coatings-7ysz",
    title: "Thermal barrier coatings review, Coatings 2018 (repost)",
    publisher: "Coatings (MDPI), NASA authors; Scribd repost",
    url: "https://www.scribd.com/document/476861351/coatings-08-00255-pdf",
    note: "Typically a 7 wt.% Y2O3-ZrO2 formulation; original optimum 6-8 wt%.",
  }),
  scAlExplainer: ref({
    id: "mat-scal-explainer",
    title: "What is scandium alloy and what are its uses",
    publisher: "Biology Insights",
    url: "https://biologyinsights.com/what-is-scandium-alloy-and-what-are-its-uses",
  }),
  scAlDatasheet: ref({
    id: "mat-eforu-scal",
    title: "Aluminium metal and alloys: Al-Sc datasheet (Sc 0.10-0.50 wt%)",
    publisher: "Eforu Chemical",
    url: "https://www.eforu-chemical.com/aluminium-metal-and-alloys/35111.html",
  }),
  fccWsj: ref({
    id: "mat-fcc-wsj",
    title: "Rare earth pinch hits oil refining (WSJ story, reprinted)",
    publisher: "Fuels and Lubes (reprint of The Wall Street Journal)",
    url: "https://fuelsandlubes.com/knowledge-base/rare-earth-pinch-hits-oil-refining",
    note: "Rare earths account for only up to 4% of FCC catalysts (NPRA, via WSJ, Jan 2011); reprinted elsewhere: one wire.",
  }),
  ndYag: ref({
    id: "mat-szlaser-ndyag",
    title: "Nd:YAG laser crystal",
    publisher: "SZLaser",
    url: "https://szlaser.com/index.php/wiki/ndyag-laser-crystal",
    note: "1.0% Nd atoms in the lattice is equivalent to 0.727 wt% Nd or 0.848 wt% Nd2O3.",
  }),
  erFibre: ref({
    id: "mat-ofc1990-edfa",
    title: "OFC 1990 post-deadline paper PD19 (abstract): erbium-doped fibre amplifiers",
    publisher: "OpenAIRE (Optical Fiber Communication Conference 1990)",
    url: "https://explore.openaire.eu/search/publication?pid=10.1364%2Fofc.1990.pd19",
    note: "Lumped-amplifier fibre doped with 10 to 1000 ppm erbium oxide.",
  }),
  astr: ref({
    id: "mat-astr-oxide-conversion",
    title: "ASTR oxide_conversion.csv (oxide-to-element factors from IUPAC atomic weights)",
    publisher: "ASTR (GitHub, archaeothommy)",
    url: "https://github.com/archaeothommy/ASTR/blob/09d427f341389e11be9cd7cc72f460644aa336f2/data-raw/oxide_conversion.csv",
  }),
  ecoinventCeria: ref({
    id: "mat-ecoinvent-ceria",
    title: "Cerium oxide (ecoinvent dataset as displayed by Climatiq): 81.41% cerium content",
    publisher: "Climatiq (ecoinvent)",
    url: "https://www.climatiq.io/data/emission-factor/9623209e-5c34-443a-bcc0-efc0937abb89",
  }),
} as const
