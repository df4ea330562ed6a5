// Demo content for a fresh Gazette: an invented newsroom, written for this project. Every person,
// quotation and event below is fictional.

export const DEMO_PASSWORD = "gazette-demo";

export const demoAccounts = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@example.com", name: "Elena Editor", role: "EDITOR" },
  { email: "author@example.com", name: "Marcus Chen", role: "AUTHOR" },
  { email: "moderator@example.com", name: "Mo Moderator", role: "MODERATOR" },
] as const;

export const demoAuthors = [
  {
    key: "marcus",
    displayName: "Marcus Chen",
    handle: "marcus-chen",
    account: "author@example.com",
    bio: "Marcus Chen covers security and diplomacy from our Singapore desk. Before joining Gazette he spent eight years as a video journalist in Hong Kong and Vancouver, and he has reported from the Korean peninsula, the Taiwan Strait and the Arctic. He studied journalism at the University of British Columbia.",
    website: "https://example.com/marcus-chen",
    links: [
      { label: "Mastodon", url: "https://mastodon.example/@marcuschen" },
      { label: "LinkedIn", url: "https://www.linkedin.com/in/example-marcus-chen" },
    ],
  },
  {
    key: "amara",
    displayName: "Amara Okafor",
    handle: "amara-okafor",
    bio: "Amara Okafor is Gazette's economics correspondent. She writes about central banks, trade and the cost of living, and she is happiest reading a spreadsheet nobody else has opened. She previously worked at a development bank in Lagos.",
    website: null,
    links: [{ label: "Bluesky", url: "https://bsky.app/profile/amara.example.com" }],
  },
  {
    key: "sofia",
    displayName: "Sofia Lindqvist",
    handle: "sofia-lindqvist",
    bio: "Sofia Lindqvist is our science editor. A former marine biologist, she covers research from the lab bench to the open ocean and keeps a running list of press releases that overstated their results.",
    website: "https://example.com/sofia",
    links: [],
  },
  {
    key: "daniel",
    displayName: "Daniel Reyes",
    handle: "daniel-reyes",
    bio: "Daniel Reyes reports on technology and the people it affects: gig workers, regulators, hackers and the occasional founder. He was a software engineer for six years before switching sides of the notebook.",
    website: null,
    links: [{ label: "GitHub", url: "https://github.com/example-daniel-reyes" }],
  },
  {
    key: "priya",
    displayName: "Priya Raman",
    handle: "priya-raman",
    bio: "Priya Raman is Gazette's political correspondent. She has covered four general elections, two referendums and more late-night budget votes than she cares to count.",
    website: null,
    links: [],
  },
  {
    key: "tomasz",
    displayName: "Tomasz Nowak",
    handle: "tomasz-nowak",
    bio: "Tomasz Nowak writes about climate and energy from Gdańsk. He grew up in a coal town and has spent a decade following the money, and the weather, through Europe's energy transition.",
    website: "https://example.com/tomasz",
    links: [{ label: "Mastodon", url: "https://mastodon.example/@tnowak" }],
  },
] as const;

export type DemoAuthorKey = (typeof demoAuthors)[number]["key"];

export const demoCategories = [
  { slug: "world", name: "World", description: "Reporting from every continent." },
  { slug: "politics", name: "Politics", description: "Parliaments, parties and the people they answer to." },
  { slug: "business", name: "Business", description: "Markets, money and the economy you live in." },
  { slug: "science", name: "Science", description: "Research, discovery and what it means." },
  { slug: "technology", name: "Technology", description: "How technology is built, sold, regulated and used." },
  { slug: "climate", name: "Climate", description: "Energy, weather and the warming planet." },
] as const;

export type DemoCategorySlug = (typeof demoCategories)[number]["slug"];

type DemoArticle = {
  title: string;
  standfirst: string;
  lead: string;
  category: DemoCategorySlug;
  author: DemoAuthorKey;
  /** Further bylines, in order ("By Marcus Chen and Amara Okafor"). */
  coAuthors?: DemoAuthorKey[];
  tags: string[];
  source?: { name: string; url: string };
};

export const demoArticles: DemoArticle[] = [
  {
    title: "Alliance Defence Ministers Agree New Rules for Sharing Satellite Data",
    standfirst: "Ministers meeting in Brussels settled a two-year dispute over who sees what from orbit, a step officials call overdue and critics call modest.",
    lead: "Defence ministers from the alliance's member states agreed on Thursday to pool images from their national satellites within hours rather than days, ending a dispute that had stalled planning since the last summit.",
    category: "world", author: "marcus", tags: ["Security", "Europe", "Space"],
    source: { name: "www.example-wire.com", url: "https://www.example-wire.com/defence/satellite-data" },
  },
  {
    title: "Harbour Cities Along the Strait Prepare for a Busier Shipping Season",
    standfirst: "Port authorities expect record traffic as insurers return to routes they abandoned last year.",
    lead: "Harbour masters in three cities along the strait say they are hiring pilots and extending opening hours as container lines restore routes that were suspended during last year's tensions.",
    category: "world", author: "marcus", coAuthors: ["amara"], tags: ["Trade", "Asia", "Shipping"],
  },
  {
    title: "Talks on Arctic Fishing Quotas Stall Over Research Vessel Access",
    standfirst: "Negotiators agree on catch limits but not on who may send scientists to count the fish.",
    lead: "A week of talks on fishing in the high Arctic ended without a deal after delegations disagreed over access for research vessels, the ships that count the stocks on which every quota depends.",
    category: "world", author: "marcus", tags: ["Arctic", "Oceans", "Diplomacy"],
    source: { name: "www.polar-observer.example", url: "https://www.polar-observer.example/quotas" },
  },
  {
    title: "Election Observers Praise Turnout, Question Campaign Finance Rules",
    standfirst: "A regional monitoring mission says voting was orderly but that spending limits were widely ignored.",
    lead: "International observers said on Monday that the weekend's parliamentary election was well run and drew the highest turnout in twenty years, while warning that campaign spending rules had been stretched past breaking point.",
    category: "world", author: "priya", tags: ["Elections", "Democracy"],
  },
  {
    title: "Mountain Villages Rebuild Roads Washed Away by Spring Floods",
    standfirst: "Volunteers and army engineers race to reopen valleys before the first snow.",
    lead: "In the high valleys cut off by spring floods, the sound of diggers has replaced the sound of water, as villagers and army engineers work to reopen the only roads out before winter closes the passes.",
    category: "world", author: "tomasz", tags: ["Floods", "Infrastructure"],
  },
  {
    title: "Capital's New Metro Line Opens Three Years Late and Over Budget",
    standfirst: "Commuters welcome the trains; auditors want to know why they cost twice the estimate.",
    lead: "The first passengers boarded the capital's new east–west metro line at dawn on Saturday, three years after the date promised when digging began and at roughly twice the original cost.",
    category: "world", author: "daniel", tags: ["Transport", "Cities", "Infrastructure"],
    source: { name: "www.citydesk.example", url: "https://www.citydesk.example/metro-opening" },
  },
  {
    title: "Budget Vote Passes by Four After All-Night Session",
    standfirst: "The government survives a rebellion on its own benches by promising a review of pension changes.",
    lead: "The government's budget passed its final vote shortly after five in the morning, by a margin of four, after ministers offered rebels on their own side a review of the most contested pension changes.",
    category: "politics", author: "priya", tags: ["Budget", "Parliament", "Pensions"],
  },
  {
    title: "Opposition Leader Sets Out Plan for Smaller Cabinet",
    standfirst: "A leaner government would save money and speed decisions, she argues. Former ministers are sceptical.",
    lead: "The leader of the opposition promised on Tuesday to cut the number of cabinet posts by a third if elected, merging departments she described as \"duplicating each other's press releases\".",
    category: "politics", author: "priya", tags: ["Parliament", "Government"],
  },
  {
    title: "Committee Report Finds Gaps in Lobbying Register",
    standfirst: "Meetings with ministers went unrecorded for months, a cross-party inquiry concludes.",
    lead: "A cross-party committee found that dozens of meetings between ministers and lobbyists were missing from the official register, and recommended fines for organisations that fail to declare them.",
    category: "politics", author: "priya", tags: ["Transparency", "Lobbying", "Parliament"],
    source: { name: "www.parliament-watch.example", url: "https://www.parliament-watch.example/lobbying-report" },
  },
  {
    title: "Mayors Ask for Power to Set Local Housing Targets",
    standfirst: "City leaders say national quotas ignore land, transport and water supply.",
    lead: "Mayors of the country's eight largest cities wrote to the housing minister asking for the power to set their own building targets, arguing that national quotas take no account of where water, land and trains actually are.",
    category: "politics", author: "tomasz", tags: ["Housing", "Cities"],
  },
  {
    title: "Voting Age Debate Returns as Youth Parliament Delivers Petition",
    standfirst: "More than 200,000 signatures call for votes at sixteen in national elections.",
    lead: "Members of the youth parliament delivered a petition with more than 200,000 signatures to the speaker's office, reopening a debate about votes at sixteen that last reached the chamber a decade ago.",
    category: "politics", author: "priya", tags: ["Elections", "Democracy", "Young people"],
  },
  {
    title: "Central Bank Holds Rates, Signals Cuts Could Come in Spring",
    standfirst: "Inflation is falling faster than expected, but policymakers want to see wages cool first.",
    lead: "The central bank left its main interest rate unchanged on Wednesday but said for the first time that cuts could begin in the spring, if wage growth slows as its forecasts expect.",
    category: "business", author: "amara", tags: ["Interest rates", "Inflation", "Central banks"],
    source: { name: "www.markets-daily.example", url: "https://www.markets-daily.example/rates-hold" },
  },
  {
    title: "Grocery Prices Fall for Third Month as Harvests Recover",
    standfirst: "Vegetables and cooking oil lead the decline; meat and coffee remain expensive.",
    lead: "Food prices in shops fell for the third month in a row in October, official figures showed, as good harvests brought down the cost of vegetables and cooking oil, though meat and coffee remained near record highs.",
    category: "business", author: "amara", tags: ["Inflation", "Food", "Cost of living"],
  },
  {
    title: "Small Exporters Struggle With New Customs Paperwork",
    standfirst: "Firms with fewer than ten staff say compliance now takes a day a week.",
    lead: "Owners of small exporting firms say new customs declarations, introduced in the summer to speed up border checks, now take up to a day a week, and some are giving up selling abroad altogether.",
    category: "business", author: "amara", tags: ["Trade", "Small business"],
  },
  {
    title: "Pension Funds Turn to Wind Farms in Search of Steady Returns",
    standfirst: "Long-lived infrastructure suits long-lived liabilities, managers say. Regulators are watching.",
    lead: "Three of the country's largest pension funds have bought stakes in offshore wind farms this year, attracted by returns that arrive as reliably as the wind, and by contracts that run for decades.",
    category: "business", author: "tomasz", tags: ["Pensions", "Energy", "Investment"],
  },
  {
    title: "Four-Day Week Trial Ends With Most Firms Keeping It",
    standfirst: "Of 61 companies in the pilot, 49 say they will not go back. Productivity held up in most.",
    lead: "A year-long trial of a four-day working week ended with 49 of the 61 participating companies saying they would keep the shorter week, according to the researchers who ran it.",
    category: "business", author: "amara", tags: ["Work", "Productivity"],
    source: { name: "www.worklife-research.example", url: "https://www.worklife-research.example/four-day-week" },
  },
  {
    title: "Family-Owned Bakery Chain Sold to Its Employees",
    standfirst: "The founders say an employee trust will keep the ovens local.",
    lead: "The founders of a regional bakery chain with forty shops have sold the business to an employee ownership trust, saying they wanted to avoid a sale to a buyer who would close the smaller branches.",
    category: "business", author: "amara", tags: ["Small business", "Food"],
  },
  {
    title: "Deep-Sea Survey Finds Coral Gardens Below the Twilight Zone",
    standfirst: "Cameras towed at 1,200 metres recorded slow-growing corals that may be centuries old.",
    lead: "A survey vessel towing cameras at depths of more than a kilometre has recorded dense gardens of slow-growing coral on a seamount that had never been mapped, the expedition's scientists said.",
    category: "science", author: "sofia", tags: ["Oceans", "Biodiversity"],
    source: { name: "www.marine-science.example", url: "https://www.marine-science.example/coral-gardens" },
  },
  {
    title: "Why a Small Trial of a Malaria Vaccine Booster Matters",
    standfirst: "Only 400 children took part, but the result answers a question that has slowed rollout.",
    lead: "A trial involving 400 children has found that a booster dose of a malaria vaccine keeps protection high for a second rainy season, answering a question that health ministries say had slowed their planning.",
    category: "science", author: "sofia", tags: ["Health", "Vaccines"],
  },
  {
    title: "Astronomers Time the Wobble of a Distant Exoplanet's Star",
    standfirst: "Precise measurements suggest a second, unseen planet is tugging on the system.",
    lead: "Astronomers who spent three years timing the wobble of a star 140 light years away say the pattern cannot be explained by its one known planet, and that a second, unseen world is the likeliest culprit.",
    category: "science", author: "sofia", tags: ["Space", "Astronomy"],
  },
  {
    title: "Urban Foxes Are Changing Shape, Museum Skulls Suggest",
    standfirst: "A century of specimens shows city foxes with shorter snouts than their rural cousins.",
    lead: "Researchers who measured more than 1,000 fox skulls held in museum collections found that foxes living in cities have developed shorter, wider snouts over the past century than foxes in the countryside.",
    category: "science", author: "sofia", tags: ["Biodiversity", "Cities", "Evolution"],
  },
  {
    title: "Replication Project Revisits Famous Psychology Findings",
    standfirst: "About half of the results held up; the authors say that is better news than it sounds.",
    lead: "A coordinated effort by 80 laboratories to repeat 28 well-known psychology experiments reproduced about half of the original findings, a result its leaders described as a sign of a field correcting itself.",
    category: "science", author: "sofia", tags: ["Research", "Psychology"],
    source: { name: "www.open-science.example", url: "https://www.open-science.example/replication" },
  },
  {
    title: "Glacier Melt Reveals Forest Buried for Seven Thousand Years",
    standfirst: "Tree stumps emerging from the ice tell of a warmer past and a fast-changing present.",
    lead: "Stumps of pine trees that grew seven thousand years ago have emerged from beneath a retreating glacier, offering scientists a record of an earlier warm period and a measure of how fast the ice is now vanishing.",
    category: "science", author: "tomasz", tags: ["Glaciers", "Climate history"],
  },
  {
    title: "Regulators Propose Plain-Language Rules for App Subscriptions",
    standfirst: "Cancelling should take no more clicks than signing up, the draft rules say.",
    lead: "Consumer regulators published draft rules on Monday requiring apps to let users cancel a subscription in no more steps than it took to start one, and to send a reminder before a free trial turns into a charge.",
    category: "technology", author: "daniel", tags: ["Regulation", "Consumers", "Apps"],
  },
  {
    title: "Delivery Riders Win Right to See How the Algorithm Pays Them",
    standfirst: "A tribunal rules that workers are entitled to an explanation of how each fee is calculated.",
    lead: "An employment tribunal has ruled that food delivery riders are entitled to an explanation of how the app that dispatches them calculates each fee, in a decision unions describe as a first step towards fair pay.",
    category: "technology", author: "daniel", tags: ["Gig economy", "Work", "Algorithms"],
    source: { name: "www.labour-review.example", url: "https://www.labour-review.example/riders-ruling" },
  },
  {
    title: "Hospital Network Recovers From Ransomware Attack After Nine Days",
    standfirst: "Paper records kept wards running; investigators trace the break-in to an old password.",
    lead: "A regional hospital network restored its last clinical systems on Friday, nine days after a ransomware attack forced staff to return to paper records, and investigators said the attackers had used a password stolen years earlier.",
    category: "technology", author: "daniel", tags: ["Cybersecurity", "Health"],
  },
  {
    title: "Open-Source Maintainers Ask Companies to Pay for the Code They Use",
    standfirst: "A new foundation pools donations for the small libraries that big products depend on.",
    lead: "A group of volunteer maintainers has launched a foundation to collect money from companies that depend on small open-source libraries, many of which are looked after by one or two people in their spare time.",
    category: "technology", author: "daniel", tags: ["Open source", "Software"],
  },
  {
    title: "Rural Broadband Scheme Reaches Half Its Target Homes",
    standfirst: "Fibre is arriving in villages, but the hardest-to-reach homes are still waiting.",
    lead: "A government programme to bring fast broadband to rural homes has connected just over half of the properties it set out to reach, officials said, with the most remote farms and hamlets still at the back of the queue.",
    category: "technology", author: "daniel", tags: ["Broadband", "Infrastructure", "Rural life"],
  },
  {
    title: "Schools Test Phone-Free Days and Report Calmer Corridors",
    standfirst: "Teachers in a twenty-school pilot say lessons start faster. Pupils are less sure.",
    lead: "Twenty secondary schools that asked pupils to lock their phones away for the whole school day say corridors are calmer and lessons start faster, although pupils surveyed for the pilot were divided on whether it helped.",
    category: "technology", author: "priya", tags: ["Education", "Young people"],
  },
  {
    title: "Heat Pump Installations Double as Grants Simplify",
    standfirst: "One form instead of five made the difference, installers say.",
    lead: "Installations of heat pumps in homes doubled in the first half of the year compared with last year, after the government replaced five separate grant forms with one, according to figures from the installers' trade body.",
    category: "climate", author: "tomasz", tags: ["Energy", "Homes", "Heat pumps"],
    source: { name: "www.energy-monitor.example", url: "https://www.energy-monitor.example/heat-pumps" },
  },
  {
    title: "Coal Town Bets Its Future on Battery Recycling",
    standfirst: "The mine closed in 2019. The new plant hopes to employ 600 people by 2028.",
    lead: "Seven years after its last coal mine closed, a town in the south-west has broken ground on a plant that will recover lithium, nickel and cobalt from used car batteries, with a promise of 600 jobs by 2028.",
    category: "climate", author: "tomasz", tags: ["Energy", "Jobs", "Recycling"],
  },
  {
    title: "Record Sea Temperatures Push Fish Stocks North",
    standfirst: "Fishing fleets follow mackerel and herring into colder water, straining old agreements.",
    lead: "A second summer of record sea-surface temperatures has pushed mackerel and herring hundreds of kilometres north, and fishing fleets have followed, straining agreements that divided the catch by where the fish used to be.",
    category: "climate", author: "tomasz", tags: ["Oceans", "Fishing"],
  },
  {
    title: "City Plants 40,000 Trees to Cool Its Hottest Streets",
    standfirst: "Planners used satellite heat maps to decide where shade was needed most.",
    lead: "The city council has finished planting 40,000 street trees over three years, choosing locations from satellite heat maps that showed some neighbourhoods running eight degrees hotter than leafy suburbs on summer afternoons.",
    category: "climate", author: "sofia", tags: ["Cities", "Heat", "Trees"],
  },
  {
    title: "Farmers Trial Seaweed Feed to Cut Methane From Cattle",
    standfirst: "Early results show lower emissions and no change in milk yield.",
    lead: "Dairy farmers taking part in a two-year trial of a seaweed-based feed additive report that their herds' methane emissions have fallen by about a quarter, with no change in milk yield or animal health.",
    category: "climate", author: "sofia", tags: ["Farming", "Methane"],
    source: { name: "www.agri-journal.example", url: "https://www.agri-journal.example/seaweed-feed" },
  },
  {
    title: "Grid Operator Warns of Winter Evening Peaks Without New Storage",
    standfirst: "Batteries and pumped hydro must grow fourfold by 2030, the operator's plan says.",
    lead: "The national grid operator said in its winter outlook that supply will be tight on cold, still evenings unless battery and pumped-hydro storage grows fourfold by the end of the decade.",
    category: "climate", author: "tomasz", tags: ["Energy", "Electricity grid"],
  },
  {
    title: "River Restoration Brings Salmon Back After Fifty Years",
    standfirst: "Removing two weirs opened forty kilometres of spawning gravel.",
    lead: "Salmon have been seen spawning in the upper reaches of a river for the first time in half a century, two years after volunteers and engineers removed weirs that had blocked their way upstream since the 1970s.",
    category: "climate", author: "sofia", tags: ["Rivers", "Biodiversity"],
  },
  {
    title: "Diplomats Draft Rules for Salvaging Satellites in Orbit",
    standfirst: "As companies plan to refuel and repair satellites, nobody agrees who owns the wrecks.",
    lead: "Diplomats from thirty countries have begun drafting rules for salvaging and repairing satellites in orbit, an industry that companies say is only a few years away but that existing space treaties never imagined.",
    category: "world", author: "marcus", tags: ["Space", "Diplomacy", "Law"],
  },
  {
    title: "Inflation Data Shows Services Still Running Hot",
    standfirst: "Goods prices are flat, but haircuts, rents and repairs keep rising.",
    lead: "Consumer prices rose 2.4 per cent in the year to October, official figures showed, with the prices of goods barely changing but services such as rents, repairs and haircuts still rising at more than four per cent.",
    category: "business", author: "amara", tags: ["Inflation", "Cost of living"],
  },
  {
    title: "Citizens' Assembly Recommends Overhaul of Local Taxes",
    standfirst: "A hundred randomly chosen residents spent six weekends on one of politics' thorniest subjects.",
    lead: "A citizens' assembly of one hundred randomly chosen residents has recommended replacing the local property tax with a charge based on current values, after six weekends of evidence from economists, councils and each other.",
    category: "politics", author: "priya", tags: ["Tax", "Democracy"],
  },
  {
    title: "Researchers Build a Cheaper Test for Soil Health",
    standfirst: "A paper strip and a phone camera could replace a week of laboratory work.",
    lead: "Agricultural scientists have developed a paper test strip that, photographed with a phone, estimates soil organic carbon in minutes, a measurement that normally takes a week in a laboratory and costs far more.",
    category: "science", author: "sofia", tags: ["Farming", "Research"],
  },
  {
    title: "Translation Tools Help Courts Clear a Backlog, With Caveats",
    standfirst: "Machine translation speeds paperwork; judges insist on human interpreters in the courtroom.",
    lead: "Courts that began using machine translation for written documents last year have cleared a third of their backlog of cases involving non-native speakers, though judges insist that hearings still need human interpreters.",
    category: "technology", author: "daniel", tags: ["Justice", "Algorithms"],
  },
  {
    title: "Ferry Strike Ends With Deal on Crew Rest Hours",
    standfirst: "Island communities had been without a regular service for eleven days.",
    lead: "Ferry crews returned to work on Sunday after an eleven-day strike ended with an agreement on minimum rest hours, restoring the only regular link to the mainland for several island communities.",
    category: "world", author: "marcus", tags: ["Transport", "Work", "Shipping"],
  },
];

// Paragraphs that follow each article's own lead, by section. Written for the demo; they describe
// the invented newsroom's beat in general terms.
export const sectionParagraphs: Record<DemoCategorySlug, string[]> = {
  world: [
    "Officials involved in the discussions, who asked not to be named because they were not authorised to speak publicly, said the agreement had been close for weeks but was held up by questions of detail that mattered more at home than abroad.",
    "Analysts who follow the region said the outcome reflected a broader shift: governments that once preferred to act alone are finding that shared problems — from shipping lanes to weather — are cheaper to manage together.",
    "Not everyone was satisfied. Several civil society groups said the process had been opaque, and that the people most affected had learned of decisions only after they were made.",
    "A follow-up meeting is expected early next year, when delegations will review how the arrangement is working and whether it should be extended.",
  ],
  politics: [
    "In the chamber, the mood swung between weariness and theatre. Members on both sides accused each other of bad faith, then voted largely along party lines.",
    "Polling published this week suggests voters care less about the procedural fight than about its consequences: household bills, waiting lists and whether promises made at the last election are being kept.",
    "Constitutional experts noted that the rules being argued over were written for a different era, when parties were larger, majorities wider and government business rarely ran past midnight.",
    "The next test comes in the spring, when the same questions return in the form of legislation that will need the support of members who have so far kept their options open.",
  ],
  business: [
    "Economists cautioned against reading too much into a single month of data. Figures are often revised, and seasonal patterns can disguise the underlying trend.",
    "For households, the change will be felt slowly. Mortgage rates, rents and wages adjust over months rather than days, and many families are still catching up with the price rises of the past two years.",
    "Business groups welcomed the news but repeated their call for stable rules, arguing that firms plan investments over years and cannot change course with every announcement.",
    "Markets reacted calmly. Shares edged higher and the currency was little changed by the end of the day, suggesting that investors had largely expected the outcome.",
  ],
  science: [
    "The findings have been published in a peer-reviewed journal, and the authors have made their data available so that other groups can check the analysis.",
    "Independent researchers who were not involved in the work called it careful and convincing, while noting that the sample was small and that the result should be repeated before firm conclusions are drawn.",
    "The work depended on long-term funding and on records kept by people who could not have known how they would one day be used, a point the lead author made repeatedly.",
    "What happens next depends on money and patience. The team has applied for funding to extend the study, and hopes to report further results within two years.",
  ],
  technology: [
    "Companies affected by the change said they would comply, although several warned that the costs would be passed on to customers in one form or another.",
    "Privacy advocates said the move was overdue. For years, they argued, people have been asked to trust systems that they cannot inspect and that rarely explain themselves.",
    "Engineers who build such systems described the problem as less technical than organisational: the tools to do better exist, but nobody is rewarded for using them.",
    "Regulators said they would review the effect of the rules after a year, and did not rule out stronger measures if companies found ways around them.",
  ],
  climate: [
    "Scientists said the trend was consistent with decades of observations and with what climate models have projected for a warming world, although any single season also reflects natural variation.",
    "Local people described the change in practical terms: different crops, different fish, more days when working outdoors in the afternoon is unbearable.",
    "The cost of the project was shared between public money and private investors, an arrangement its backers hope will become a template for others.",
    "Critics said the pace was still too slow. Even the most ambitious local schemes, they argued, cannot substitute for national policy on energy, transport and land.",
  ],
};

export const demoQuotes = [
  "We are not finished, but for the first time in a long while we are moving in the right direction.",
  "The hard part was never the technology. The hard part was getting everyone into the same room.",
  "People want to be told the truth about what this will cost and who will pay for it.",
  "If you only measure what is easy to measure, you end up managing the wrong thing.",
];

// Reader replies for the demo, by invented readers. Emails are example.net addresses.
export const demoReplies = {
  approved: [
    { name: "Helen Park", body: "Clear and fair reporting. I'd be interested in a follow-up once the first results are in." },
    { name: "Jonas Weber", body: "The figures in the fourth paragraph surprised me. Is there a source for the regional breakdown?" },
    { name: "Fatima Al-Sayed", body: "We saw exactly this in our town last year. Nice to see it covered properly rather than as a one-line item." },
    { name: "Liam O'Connor", body: "Good piece, though I think the critics quoted at the end deserved more space." },
  ],
  answers: [
    { name: "Ruth Mensah", body: "Agreed. The official report has the breakdown in an annex, if you can face 200 pages." },
    { name: "Pedro Alves", body: "I had the same question — thanks for asking it." },
  ],
  pending: [
    { name: "Sam Taylor", body: "First time commenting here. Does anyone know when the consultation closes?" },
    { name: "Noor Haddad", body: "This contradicts what the minister said on the radio this morning." },
  ],
};

/**
 * Hero photographs of the demo's articles (prisma/demo-photos/, credits and licences in its
 * CREDITS.md), keyed by the article's title. The alt text says what the photograph shows.
 */
export const demoPhotos: { file: string; article: string; alt: string; caption: string; credit: string; focalX: number; focalY: number }[] = [
  {
    file: "storm-over-the-road.jpg",
    article: "Alliance Defence Ministers Agree New Rules for Sharing Satellite Data",
    alt: "Dark storm clouds gather over an empty motorway and flat fields.",
    caption: "Storm clouds over the plain.",
    credit: "Sergey Nazarov (GPL-2+)",
    focalX: 50,
    focalY: 35,
  },
  {
    file: "dune-grass-by-the-sea.jpg",
    article: "Harbour Cities Along the Strait Prepare for a Busier Shipping Season",
    alt: "Tall golden dune grass in the foreground, with a blue sea and sky behind it.",
    caption: "Dune grass above the strait.",
    credit: "Marco Cogoni and Hylke Bons (GPL-2+)",
    focalX: 45,
    focalY: 40,
  },
  {
    file: "water-drop.jpg",
    article: "Talks on Arctic Fishing Quotas Stall Over Research Vessel Access",
    alt: "A drop of water splashing into a still, grey-blue surface, close up.",
    caption: "Cold water, close up.",
    credit: "Charles Barbin (GPL-2+)",
    focalX: 78,
    focalY: 55,
  },
  {
    file: "rain-on-leaves.jpg",
    article: "Mountain Villages Rebuild Roads Washed Away by Spring Floods",
    alt: "Raindrops beaded on broad green leaves and blades of grass.",
    caption: "Rain on the valley's meadows.",
    credit: "blackcombwhistler07 (GPL-2+)",
    focalX: 40,
    focalY: 50,
  },
  {
    file: "marigold.jpg",
    article: "Grocery Prices Fall for Third Month as Harvests Recover",
    alt: "A red and orange marigold in full bloom against a blurred garden.",
    caption: "A marigold in a market garden.",
    credit: "Charles Barbin (GPL-2+)",
    focalX: 62,
    focalY: 55,
  },
  {
    file: "ladybird-on-a-stem.jpg",
    article: "Urban Foxes Are Changing Shape, Museum Skulls Suggest",
    alt: "A ladybird climbing a grass stem among small blue forget-me-not flowers.",
    caption: "Small wildlife thrives in city gardens too.",
    credit: "Charles Barbin (GPL-2+)",
    focalX: 70,
    focalY: 50,
  },
];
