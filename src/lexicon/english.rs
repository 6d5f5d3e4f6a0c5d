//! The English the claim checker knows whatever the figures: words that name a population
//! or a place, phrases that name an institution rather than a population, and the small
//! words of time and change. A word that holds for one figure belongs in that figure's
//! declaration (`src/data/figures.rs`), not here.

/// Words that name who or what a claim counts. A claim's population is read from these and
/// from every figure's `counts` and `among`; a figure matches only a claim whose every
/// population is one of its own.
pub(crate) const POPULATIONS: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "adults",
    "adult victims",
    "women",
    "men",
    "girls",
    "boys",
    "children",
    "child",
    "kids",
    "minors",
    "babies",
    "infants",
    "adolescents",
    "teenagers",
    "teens",
    "young people",
    "youth",
    "youths",
    "students",
    "pupils",
    "orphans",
    "migrants",
    "migrant children",
    "refugees",
    "refugee children",
    "asylum seekers",
    "victims",
    "survivors",
    "child victims",
    "girl victims",
    "boy victims",
    "female victims",
    "male victims",
    "workers",
    "child workers",
    "labourers",
    "domestic workers",
    "soldiers",
    "child soldiers",
    "families",
    "parents",
    "traffickers",
    "offenders",
    "perpetrators",
    "voters",
    "citizens",
    "countries",
    "nations",
    "states",
    "governments",
    "territories",
    "ministers",
    "delegates",
    "delegations",
    "participants",
    "attendees",
    "pledges",
    "organizations",
    "organisations",
    "NGOs",
    "agencies",
    "entities",
    "actors",
    "partners",
    "companies",
    "cases",
    "calls",
    "convictions",
    "prosecutions",
    "arrests",
    "deaths",
    "websites",
    "images",
    "videos",
    "laws",
    "examples",
    "briefs",
    "dialogues",
    "submissions",
    "contributions",
    "child trafficking victims",
    "member governments",
    "child refugees",
    "heads of state",
    "heads of government",
    "heads of State",
    "presidents",
    "prime ministers",
    "child migrants",
];

/// Names of places a claim may name: a claim that names one is about that place, and
/// matches only a figure that lists it among its `places`.
pub(crate) const PLACES: &[&str] = &[
    "Africa",
    "African",
    "sub-Saharan Africa",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Central Africa",
    "Asia",
    "Asian",
    "South Asia",
    "East Asia",
    "South-East Asia",
    "Southeast Asia",
    "Central Asia",
    "Asia-Pacific",
    "Asia and the Pacific",
    "Pacific",
    "Europe",
    "European",
    "Eastern Europe",
    "Western Europe",
    "European Union",
    "EU",
    "Latin America",
    "Latin American",
    "the Caribbean",
    "Caribbean",
    "North America",
    "South America",
    "Central America",
    "the Americas",
    "Middle East",
    "the Gulf",
    "Gulf States",
    "Gulf states",
    "Persian Gulf",
    "Arab States",
    "Arab region",
    "MENA",
    "Oceania",
    "the Sahel",
    "Sahel",
    "Mediterranean",
    "the Mediterranean",
    "Balkans",
    "Horn of Africa",
    "United States",
    "USA",
    "United Kingdom",
    "UK",
    "Britain",
    "Canada",
    "Mexico",
    "Brazil",
    "Colombia",
    "Argentina",
    "Peru",
    "Chile",
    "Venezuela",
    "Haiti",
    "Guatemala",
    "Honduras",
    "India",
    "China",
    "Pakistan",
    "Bangladesh",
    "Afghanistan",
    "Nepal",
    "Sri Lanka",
    "Myanmar",
    "Thailand",
    "Cambodia",
    "Viet Nam",
    "Vietnam",
    "Philippines",
    "Indonesia",
    "Malaysia",
    "Japan",
    "Australia",
    "Nigeria",
    "Ghana",
    "Kenya",
    "Ethiopia",
    "Uganda",
    "Tanzania",
    "Rwanda",
    "South Africa",
    "Egypt",
    "Morocco",
    "Libya",
    "Tunisia",
    "Sudan",
    "South Sudan",
    "Somalia",
    "Mali",
    "Niger",
    "Chad",
    "Burkina Faso",
    "Senegal",
    "Cameroon",
    "Malawi",
    "Zimbabwe",
    "Mozambique",
    "Madagascar",
    "Democratic Republic of the Congo",
    "DRC",
    "Congo",
    "Côte d'Ivoire",
    "Ivory Coast",
    "Zambia",
    "Lesotho",
    "Malta",
    "Syria",
    "Yemen",
    "Iraq",
    "Iran",
    "Lebanon",
    "Jordan",
    "Gaza",
    "Palestine",
    "State of Palestine",
    "Israel",
    "Ukraine",
    "Russia",
    "Türkiye",
    "Turkey",
    "Greece",
    "Italy",
    "Spain",
    "France",
    "Germany",
    "Sweden",
    "Norway",
    "Switzerland",
    "Netherlands",
    "Belgium",
    "Poland",
    "Romania",
    "Geneva",
    "New York",
    "Abu Dhabi",
    "United Arab Emirates",
    "UAE",
    "Bogota",
    "Riyadh",
    "Doha",
    "Dubai",
    "Nairobi",
    "Addis Ababa",
    "Bangkok",
    "Vienna",
    "Paris",
    "London",
    "Brussels",
    "Rome",
    "Berlin",
    "Madrid",
    "Lisbon",
    "Cairo",
    "Lagos",
    "Accra",
    "Dakar",
    "Kampala",
    "Kigali",
    "Johannesburg",
    "Cape Town",
    "Delhi",
    "New Delhi",
    "Mumbai",
    "Beijing",
    "Tokyo",
    "Manila",
    "Jakarta",
    "Istanbul",
    "Ankara",
    "Mexico City",
    "Lima",
    "Buenos Aires",
    "Santiago",
    "Washington",
    "Ottawa",
    "Canberra",
    "Kyiv",
    "Moscow",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Amman",
    "Kabul",
    "Islamabad",
    "Dhaka",
    "Kathmandu",
    "Hanoi",
    "Seoul",
    "Sydney",
    "Montreal",
    "Toronto",
    "Marrakesh",
    "Tunis",
    "Algiers",
    "Khartoum",
    "Juba",
    "Mogadishu",
    "Kinshasa",
    "Maputo",
    "Lusaka",
    "Harare",
    "Maseru",
    "Valletta",
    "Panama",
    "Costa Rica",
    "Cartagena",
    "Medellín",
    "Quito",
    "Ecuador",
    "Bolivia",
    "Paraguay",
    "Uruguay",
    "El Salvador",
    "Nicaragua",
    "Cuba",
    "Jamaica",
    "Dominican Republic",
    "Saudi Arabia",
    "Qatar",
    "Kuwait",
    "Bahrain",
    "Oman",
    "Sierra Leone",
    "Liberia",
    "Guinea",
    "Benin",
    "Togo",
    "Gambia",
    "Eritrea",
    "Djibouti",
    "Angola",
    "Namibia",
    "Botswana",
    "Eswatini",
    "Burundi",
    "Central African Republic",
    "Gabon",
    "Papua New Guinea",
    "Fiji",
    "New Zealand",
    "Portugal",
    "Austria",
    "Denmark",
    "Finland",
    "Ireland",
    "Hungary",
    "Czechia",
    "Bulgaria",
    "Serbia",
    "Albania",
    "Moldova",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Tajikistan",
    "Mongolia",
    "Laos",
    "Singapore",
    "high-income countries",
    "low-income countries",
    "middle-income countries",
    "low- and middle-income countries",
    "developing countries",
    "developed countries",
    "rich countries",
    "poor countries",
    "least developed countries",
    "the Global South",
    "the Global North",
    "Colombia's capital",
];

/// Words that say a claim is about the whole world.
pub(crate) const WORLD: &[&str] = &[
    "worldwide",
    "globally",
    "around the world",
    "across the world",
    "in the world",
    "the world's",
    "world-wide",
    "across the globe",
    "around the globe",
    "on the planet",
];

/// Phrases that name an institution, a right or a cause rather than a population: the
/// population words inside them ("children" in "violence against children") are not what a
/// claim counts.
pub(crate) const NAMES: &[&str] = &[
    "violence against children",
    "ending violence against children",
    "end violence against children",
    "Special Representative on Violence against Children",
    "Special Representative",
    "Special Representatives",
    "family member",
    "family members",
    "child sexual exploitation",
    "online child sexual exploitation",
    "child sexual abuse",
    "child sexual abuse material",
    "child labour",
    "child marriage",
    "child helplines",
    "child helpline",
    "child-led",
    "child protection systems",
    "child trafficking",
    "the country",
    "the government",
    "its government",
    "European Parliament",
    "European parliamentary",
    "European parliamentary elections",
    "European elections",
    "European Parliament elections",
    "European Commission",
    "refugee agency",
    "UN refugee agency",
    "UN agency",
    "UN agencies",
    "United Nations agencies",
    "UN entities",
    "United Nations entities",
    "Special Representative of the Secretary-General on Violence against Children",
    "Religions for Children",
    // Verbs, not a count of calls ("The report *calls for* ...").
    "calls for",
    "calls on",
    "called for",
    "called on",
    "Justice for Children",
    "rights of the child",
    "children's rights",
    "child rights",
    "child protection",
    "protection of children",
    "trafficking in children",
    "trafficking of children",
    "child trafficking",
    "trafficking in persons",
    "trafficking in human beings",
    "human trafficking",
    "United Nations",
    "Member States",
    "Human Rights Council",
    "General Assembly",
    "Global Report on Trafficking in Persons",
    "World Migration Report",
    "Office of the Special Representative",
    "International Organization for Migration",
    "International Labour Organization",
    "Inter-Agency Coordination Group against Trafficking in Persons",
    "Pathfinding Global Alliance on Ending Violence against Children",
    "Global Ministerial Conference on Ending Violence Against Children",
    "children deprived of liberty",
    "deprivation of liberty",
];

/// Verbs and nouns that state a rise.
pub(crate) const RISE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rising",
    "increase",
    "increased",
    "increasing",
    "grew",
    "grown",
    "grow",
    "growing",
    "growth",
    "up",
    "jump",
    "jumped",
    "climb",
    "climbed",
    "surge",
    "surged",
    "soar",
    "soared",
    "swell",
    "swelled",
    "swollen",
    "gain",
    "gained",
    "boost",
    "boosted",
    "expand",
    "expanded",
    "higher",
    "more",
    "spike",
    "spiked",
    "doubled",
    "tripled",
    "skyrocketed",
    "escalated",
    "ballooned",
    "balloon",
    "rocketed",
    "rocket",
    "exploded",
    "mushroomed",
    "leapt",
    "leaped",
    "spiralled",
    "spiraled",
];

/// Verbs and nouns that state a fall.
pub(crate) const FALL: &[&str] = &[
    "fell",
    "fallen",
    "fall",
    "falling",
    "decrease",
    "decreased",
    "decreasing",
    "decline",
    "declined",
    "declining",
    "drop",
    "dropped",
    "shrunk",
    "shrank",
    "shrink",
    "shrinking",
    "dip",
    "dipped",
    "plunge",
    "plunged",
    "plummet",
    "plummeted",
    "reduce",
    "reduced",
    "reducing",
    "reduction",
    "cut",
    "cuts",
    "cutting",
    "down",
    "lower",
    "less",
    "fewer",
    "halved",
    "slashed",
    "contracted",
    "eased",
    "slump",
    "slumped",
    "tumble",
    "tumbled",
    "crash",
    "crashed",
    "sink",
    "sank",
    "sunk",
    "slide",
    "slid",
    "collapse",
    "collapsed",
    "shrivelled",
    "dwindled",
    "dwindle",
    "slipped",
    "retreated",
    "diminished",
    "waned",
];

/// Words that may stand between a verb of change and its number ("rose *by* 37%", "*a*
/// *dramatic* increase *of* US$64 billion").
pub(crate) const BETWEEN_CHANGE_AND_NUMBER: &[&str] = &[
    "by",
    "of",
    "a",
    "an",
    "some",
    "nearly",
    "almost",
    "about",
    "over",
    "around",
    "more",
    "than",
    "roughly",
    "approximately",
    "estimated",
    "staggering",
    "dramatic",
    "whopping",
    "further",
    "additional",
    "just",
    "only",
    "another",
    "sharp",
    "massive",
    "huge",
    "total",
    "the",
];

/// Words before a year that date a quantity to it ("*in* 2023", "*by the end of* 2023"); the
/// month names ([`MONTHS`]) date it too ("January 2025").
pub(crate) const DATING: &[&str] = &[
    "in",
    "by",
    "during",
    "of",
    "through",
    "throughout",
    "until",
    "till",
    "before",
    "for",
    "at",
    "as",
    "between",
    "from",
    "to",
    "and",
    "end",
    "early",
    "late",
    "mid",
    "year",
    "around",
];

/// Words after which a population is the object of a preposition or a possessive ("inside
/// *their* countries", "*with* governments", "*in* 146 countries"), not what a quantity
/// counts: such a population does not rule a figure out.
pub(crate) const BEFORE_AN_OBJECT: &[&str] = &[
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "inside",
    "within",
    "across",
    "throughout",
    "from",
    "into",
    "with",
    "by",
    "for",
    "at",
    "in",
    "on",
    "to",
    "against",
    "between",
    "than",
    "by",
    "via",
    "through",
    "without",
    "including",
    "like",
    "such",
    "about",
    "concerning",
    "regarding",
];

/// Words before a number that make it a reference, not a quantity ("para. 41", "target
/// 16.2", "resolution 2427").
pub(crate) const REFERENCES: &[&str] = &[
    "verse",
    "verses",
    "para",
    "paras",
    "paragraph",
    "paragraphs",
    "footnote",
    "footnotes",
    "note",
    "notes",
    "page",
    "pages",
    "p",
    "pp",
    "target",
    "targets",
    "goal",
    "goals",
    "sdg",
    "resolution",
    "resolutions",
    "article",
    "articles",
    "art",
    "no",
    "nos",
    "number",
    "chapter",
    "section",
    "annex",
    "item",
    "rule",
    "session",
    "edition",
    "volume",
    "vol",
    "table",
    "convention",
    "protocol",
    "decision",
    "post",
    "tweet",
    "recommendation",
    "recommendations",
];

/// Month names: a number next to one is a day of a date.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    // The months of the Hijri calendar ("21 Ramadan 1446").
    "muharram",
    "safar",
    "rajab",
    "shaban",
    "ramadan",
    "ramadhan",
    "shawwal",
];

/// Words that put a sentence in the future ("By 2030, ... *will*").
pub(crate) const FUTURE: &[&str] = &[
    "will",
    "would",
    "projected",
    "expected",
    "forecast",
    "predicted",
    "could",
    "might",
];

/// Words that start another clause after a comma ("..., *and* UNICEF expects ...",
/// "..., *whose* workshop in Geneva ...").
pub(crate) const CLAUSE: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "yet", "when", "plus", "even",
];

/// Relative pronouns after a comma: what follows describes the noun before
/// ("..., *whose* workshop in Geneva ...", "youth, *who* are aged 15–24").
pub(crate) const RELATIVE: &[&str] = &["whose", "which", "where", "who", "whom"];

/// Words that say what happened to the people a quantity counts: a claim that says one of
/// these of a figure's number, where the figure's own quote and measure do not, states
/// another measure ("473 million children have been *killed* in conflict zones" is not the
/// 473 million who live in conflict-affected areas; "213 million children *received*
/// assistance" is not the 213 million who will need it). Not words that also say other
/// things ("reach a target", "a report released in 2024").
pub(crate) const OUTCOMES: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "maimed",
    "died",
    "murdered",
    "abducted",
    "kidnapped",
    "received",
    "rescued",
    "freed",
    "assisted",
    "convicted",
    "prosecuted",
    "arrested",
    "sentenced",
    "deported",
    "repatriated",
    "reunited",
    "resettled",
    "evacuated",
    "vaccinated",
    "enrolled",
    "delivered",
    "lifted",
    "returned",
    "escaped",
    "exploited",
    "displaced",
    "became",
];

/// Verbs of saying, and "that": a population before one is who says, not what is counted
/// ("Members should *note that* the 37 per cent ...").
pub(crate) const SAYS: &[&str] = &[
    "that",
    "says",
    "said",
    "say",
    "note",
    "notes",
    "noted",
    "warns",
    "warned",
    "reports",
    "reported",
    "shows",
    "showed",
    "found",
    "finds",
    "estimates",
    "estimated",
    "claims",
    "claimed",
    "argue",
    "argues",
    "told",
    "tells",
];

/// Nouns and comparatives of change that may follow their number ("a 37 per cent *rise*",
/// "US$64 billion *more* than in 2014").
pub(crate) const CHANGE_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "growth",
    "jump",
    "surge",
    "gain",
    "more",
    "higher",
    "up",
    "drop",
    "fall",
    "decline",
    "decrease",
    "reduction",
    "cut",
    "less",
    "lower",
    "fewer",
    "down",
];

/// Words that open a sentence pointing back to the place of the one before ("*There,*
/// children account for 61 per cent"), as written.
pub(crate) const PLACE_BACK_OPENINGS: &[&str] = &["There,", "Here,"];

/// Nouns that qualify the noun after them ("31 *member* law enforcement agencies"): what a
/// count counts is the noun after, and they are no population of their own.
pub(crate) const QUALIFYING_NOUNS: &[&str] = &["member", "partner"];

/// Participles before "by" that name who says a quantity ("6.4 per cent of its GDP, *cited
/// by* the African Group"): a place there is the speaker's, not the quantity's.
pub(crate) const SAID_BY: &[&str] = &[
    "cited",
    "quoted",
    "presented",
    "raised",
    "reported",
    "stated",
    "mentioned",
    "voiced",
    "delivered",
];

/// A word that names the source of what follows it up to a comma ("*according* to the UN's
/// drugs and crime agency"): the populations there are not what a quantity counts.
pub(crate) const SOURCING: &[&str] = &["according"];

/// Words that set a population inside another: after it ("children *included*") or before it
/// ("*including* children").
pub(crate) const INCLUDED_AFTER: &[&str] = &["included"];
/// See [`INCLUDED_AFTER`].
pub(crate) const INCLUDING_BEFORE: &[&str] = &["including"];

/// A word after a year that dates a quantity to that one year ("In 2014 *alone*").
pub(crate) const ONE_YEAR_ONLY: &[&str] = &["alone"];

/// Pronouns that open a sentence as its subject, pointing back to the one before ("*It* has
/// also committed to ...").
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &[
    "it", "it's", "they", "they've", "they're", "she", "he", "its", "their",
];

/// Words near the start of a sentence that point back to the one before ("*They* rose by
/// ...", "In sub-Saharan Africa *it's* 61%", "*Another* 3.1 million ..."): a sentence that
/// names no topic of its own and starts so is read with the words of the sentences before.
pub(crate) const POINTING_BACK: &[&str] = &[
    "it",
    "it's",
    "its",
    "they",
    "they've",
    "they're",
    "them",
    "their",
    "that",
    "that's",
    "this",
    "these",
    "those",
    "another",
    "further",
    "same",
    "which",
    "share",
    "rise",
    "figure",
    "total",
    "proportion",
    "percentage",
];

/// Words after "that" or "which" that make it point back ("..., *that is* more than $200
/// billion"), not join a clause ("UNICEF estimates that 213 million ...").
pub(crate) const COPULAS: &[&str] = &["is", "was", "means", "would"];

/// Forms of "to be" ("The United Kingdom *was* among the 119 countries").
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Auxiliary verbs: after "and" ("... at 4.6 per cent of its GDP *and has* increased
/// allocations to social protection"), one opens another predicate of the same subject, whose
/// words are not said of the quantity before.
pub(crate) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "must", "may", "might",
];

/// Words near the start of a sentence that add a quantity to the one before ("*A further*
/// 1.3 million ..."): it is not the figure the sentence before states.
pub(crate) const BESIDES: &[&str] = &["another", "further", "additional", "other"];

/// Words that set aside what follows them, so that it is not what the sentence is about
/// ("forced labour exploitation *other than* commercial sexual exploitation"); "than" only
/// after [`BEFORE_THAN`].
pub(crate) const SET_ASIDE: &[&str] = &[
    "excluding",
    "besides",
    "except",
    "outside",
    "separate",
    "apart",
    "aside",
];

/// Words before "than" that set aside what follows ("*other* than", "*rather* than").
pub(crate) const BEFORE_THAN: &[&str] = &["other", "rather"];

/// Words between "on top of" and the phrase it sets aside ("on top of *those in* commercial
/// sexual exploitation").
pub(crate) const LEADING_TO_A_PHRASE: &[&str] = &["those", "the", "all", "in", "who", "are"];

/// Words before a phrase a figure excludes that keep it from excluding ("all forms of
/// trafficking, *including* trafficking in children", "*not* to trafficking in children").
pub(crate) const KEEPS_OUT: &[&str] = &[
    "not",
    "including",
    "incl",
    "excluding",
    "besides",
    "beyond",
    "than",
    "nor",
];

/// Units of time no figure counts in: a count followed by one is a duration ("prepared over
/// 15 weeks" is not 15 months).
pub(crate) const SHORT_DURATIONS: &[&str] = &[
    "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
];

/// Possessives that make a number the writer's own ("*our* 14 shelters", "*my* 11 years").
pub(crate) const WRITERS: &[&str] = &["my", "our"];

/// The pronoun of the writer's audience after a count's "of" ("more than 300 *of you*
/// volunteered"): the writer's own number.
pub(crate) const ADDRESSED: &[&str] = &["you"];

/// Nouns after an opening "our" that make the writer's a place the report counts ("*Our
/// country* was among the 119 countries ..."), not the writer's own organisation.
pub(crate) const OUR_PLACES: &[&str] = &[
    "country",
    "countries",
    "government",
    "nation",
    "region",
    "continent",
    "world",
    "planet",
    "state",
];

/// Words of a reckoning of the writer's own after "our" or "my" ("*our sum*", "*my
/// calculation*"): the sentence's numbers are the writer's.
pub(crate) const RECKONINGS: &[&str] = &[
    "sum",
    "total",
    "calculation",
    "calculations",
    "tally",
    "count",
    "reckoning",
    "arithmetic",
];

/// Verbs of what the writer did, in the past, that do not end in "-ed" ("we *spent*
/// £412,000"); a verb in "-ed" counts too.
pub(crate) const WRITER_DID: &[&str] = &[
    "spent", "raised", "ran", "gave", "took", "made", "built", "sent", "paid", "won", "kept",
    "found", "met", "taught", "fed", "reached", "led", "run", "held", "done", "written",
];

/// Words that end in one "s" and are no plural noun ("others", "across", "has"): a count
/// followed by one is not a count of something unknown.
pub(crate) const NOT_PLURALS: &[&str] = &[
    "others",
    "across",
    "always",
    "perhaps",
    "whereas",
    "thus",
    "plus",
    "less",
    "unless",
    "has",
    "was",
    "is",
    "its",
    "this",
    "yes",
    "us",
    "as",
    "besides",
    "towards",
    "afterwards",
    "nowadays",
    "sometimes",
    "various",
    "previous",
    "serious",
    "numerous",
    "famous",
    "dangerous",
    "enormous",
    "tremendous",
    "anonymous",
    "continuous",
    "vs",
];

/// Count nouns without a plural "s" that no figure counts ("40 UNICEF and WHO *staff*").
pub(crate) const UNCOUNTED_NOUNS: &[&str] = &["staff", "personnel"];

/// Determiners between "of" and the whole a share is of ("a third *of those* referrals").
pub(crate) const OF_DETERMINERS: &[&str] = &["those", "these", "the", "all"];

/// Possessive pronouns after a share's "of" ("6.4 per cent of *its* gross domestic
/// product"): the whole belongs to the subject, which the share does not count.
pub(crate) const POSSESSIVE_PRONOUNS: &[&str] = &["its", "their"];

/// Words opening a sentence with a subordinate clause, which ends at the first comma
/// ("*While* the costs of trafficking in children have yet to be assessed, the total cost
/// ... is 2.7 billion euros").
pub(crate) const SUBORDINATING: &[&str] = &["while", "although", "though", "whereas"];

/// Words that open a clause that is what a verb says or does ("shared *what* children told
/// them").
pub(crate) const CONTENT_CLAUSE: &[&str] = &["what", "how", "why", "whether"];

/// Words that join a later quantity in a clause of its own ("... in extreme poverty *and*
/// almost 800 million face ...").
pub(crate) const JOINING: &[&str] = &["and", "&", "while", "but", "whereas"];

/// Words that may stand between [`JOINING`] and the quantity it joins ("and *a further* 1.3
/// million", "and *as of* January 2025 some 55").
pub(crate) const BEFORE_A_JOINED_QUANTITY: &[&str] = &[
    "a",
    "an",
    "further",
    "another",
    "additional",
    "some",
    "as",
    "of",
];

/// Words after a comma that set a later quantity beside the one before, in a clause of its
/// own ("..., *on top of the* 47.2 million displaced by conflict").
pub(crate) const BESIDE_A_QUANTITY: &[&str] = &[
    "on",
    "top",
    "of",
    "the",
    "in",
    "addition",
    "to",
    "besides",
    "beside",
    "alongside",
    "plus",
    "as",
    "well",
];

/// Words between a change and a share that restates it ("$64 billion, *or* 37 per cent",
/// "$64 billion, *which is* 37 per cent").
pub(crate) const RESTATING: &[&str] = &[
    "or", "which", "is", "that", "ie", "i", "e", "roughly", "about", "some", "nearly", "almost",
    "around",
];

/// Words after "of" that make a quantity a part of an amount stated before ("a quarter *of
/// it*", "$50bn *of that*").
pub(crate) const OF_AN_AMOUNT: &[&str] = &["it", "that", "this", "which"];

/// Words after a year that make it date a level ("the 2014 *level*").
pub(crate) const LEVELS: &[&str] = &[
    "level", "levels", "figure", "figures", "total", "estimate", "value",
];

/// Words naming an event a year before them dates ("The 2022 Global Ministerial
/// *Conference*").
pub(crate) const EVENTS: &[&str] = &[
    "Conference",
    "Summit",
    "Forum",
    "Congress",
    "Assembly",
    "Meeting",
];

/// Words of a change before "from" and the level it started at ("*up* from $172bn in
/// 2014", "*rose* from 40 per cent"; not "1,000 *more* from over 110 countries").
pub(crate) const MOVED_FROM: &[&str] = &[
    "up",
    "down",
    "rose",
    "risen",
    "rising",
    "grew",
    "grown",
    "growing",
    "increased",
    "increasing",
    "climbed",
    "jumped",
    "soared",
    "surged",
    "fell",
    "fallen",
    "falling",
    "dropped",
    "declined",
    "decreased",
    "shrank",
    "shrunk",
];

/// Verbs after which "up" states no rise ("make *up* 38 per cent", "violence *eats up* 6.4
/// per cent of GDP", "adds up to"). (Not verbs of what a writer did, "took", "used": a word
/// of a list has a role, and the writer's own numbers are told by verbs with none.)
pub(crate) const UP_WITHOUT_A_RISE: &[&str] = &[
    "make", "made", "makes", "making", "eat", "eats", "ate", "eaten", "eating", "adds", "adding",
    "sums", "summing",
];

/// Words of a heading that introduces the writer's own numbers after "our" or "my" and
/// before a colon ("Our *own* tally:", "Our *impact*:"), besides [`RECKONINGS`].
pub(crate) const OWN_HEADINGS: &[&str] = &[
    "own",
    "figures",
    "numbers",
    "data",
    "stats",
    "statistics",
    "results",
    "record",
    "year",
    "impact",
    "reach",
    "work",
];

/// Verbs after an author and a year in brackets ("UNODC (2024) *finds* ...", "Maalla M'jid
/// (2025) *reports* that ..."): the year dates the publication, not the quantity.
pub(crate) const CITING_VERBS: &[&str] = &[
    "reports",
    "reported",
    "finds",
    "found",
    "notes",
    "noted",
    "shows",
    "showed",
    "argues",
    "argued",
    "estimates",
    "estimated",
    "puts",
    "put",
    "says",
    "said",
    "suggests",
    "suggested",
    "documents",
    "documented",
    "observes",
    "observed",
    "states",
    "stated",
    "records",
    "recorded",
    "counts",
    "counted",
    "cites",
    "cited",
];

/// Words of a date besides the year, its month and the words that date ("at *the end of*
/// 2023", "as of *the start of* 2025").
pub(crate) const IN_A_DATE: &[&str] = &[
    "the",
    "end",
    "start",
    "beginning",
    "close",
    "middle",
    "mid",
    "of",
    "as",
];

/// Capitalised words after "in", "across", "within" or "throughout" that name no place ("In
/// *Brief*", "in *English*", "in *Parliament*"): never read as a place no list names.
pub(crate) const NOT_PLACES: &[&str] = &[
    "addition",
    "all",
    "any",
    "brief",
    "cabinet",
    "case",
    "chamber",
    "committee",
    "conclusion",
    "congress",
    "contrast",
    "council",
    "court",
    "detail",
    "each",
    "effect",
    "english",
    "every",
    "fact",
    "french",
    "future",
    "general",
    "her",
    "his",
    "its",
    "light",
    "many",
    "most",
    "my",
    "numbers",
    "order",
    "other",
    "our",
    "parliament",
    "part",
    "particular",
    "plenary",
    "portuguese",
    "practice",
    "principle",
    "private",
    "public",
    "reality",
    "response",
    "russian",
    "session",
    "short",
    "some",
    "spanish",
    "spite",
    "sum",
    "summary",
    "support",
    "terms",
    "that",
    "their",
    "theory",
    "these",
    "this",
    "those",
    "total",
    "turn",
    "view",
    "which",
    "your",
    "arabic",
    "chinese",
    "swahili",
    "retrospect",
    "person",
    "writing",
    "section",
    "chapter",
    "annex",
    "table",
    "figure",
    "box",
    "paragraph",
    "appendix",
    "nature",
    "science",
];

/// Nouns of a place after a name no list holds ("in the Wenlo *corridor*", "across the Kivu
/// *region*"): the name and the noun are a place.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "corridor",
    "region",
    "province",
    "district",
    "county",
    "state",
    "valley",
    "area",
    "city",
    "municipality",
    "prefecture",
    "governorate",
    "oblast",
    "basin",
    "delta",
    "islands",
    "highlands",
    "department",
    "borough",
    "canton",
    "territory",
    "peninsula",
    "border",
];

/// Capitalised words that end as the adjective of a place does but name none ("*Christian*
/// children"): never read as a place no list names.
pub(crate) const NOT_DEMONYMS: &[&str] = &[
    "christian",
    "christians",
    "victorian",
    "edwardian",
    "georgian",
    "orwellian",
    "darwinian",
    "shakespearean",
    "elizabethan",
    "freudian",
    "humanitarian",
    "vegetarian",
    "civilian",
    "librarian",
    "guardian",
    "guardians",
    "parliamentarian",
    "parliamentarians",
];

/// Plural words after a count that are units, not things it counts ("236 billion *dollars*",
/// "15 *years*"): never read as a thing no list names.
pub(crate) const NOT_THINGS: &[&str] = &[
    "dollars",
    "euros",
    "pounds",
    "francs",
    "pesos",
    "rupees",
    "shillings",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "times",
    "cents",
    "percent",
    "points",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
];

/// Words after a plural that make it a noun, the thing a count counts ("40 projects *have*
/// been launched", "1.7 million reports *of* abuse"), where a verb would take an object
/// ("2024 puts *forced-labour* profits").
pub(crate) const AFTER_A_COUNTED_NOUN: &[&str] = &[
    "of", "have", "has", "had", "were", "are", "was", "will", "would", "from", "for", "with",
    "which", "who", "and", "or", "been", "being", "under", "since", "so",
];

/// Hedges after "or" between two quantities in apposition ("1.3 million, *or about* 39 per
/// cent of the total, are ..."): the second restates the first.
pub(crate) const HEDGES_AFTER_OR: &[&str] = &["about", "some", "around", "nearly", "almost"];

/// Words that open an address before a comma ("*Madam* President, nearly 40 per cent ..."):
/// who a speech addresses, not what a quantity counts.
pub(crate) const ADDRESSES: &[&str] = &["madam", "madame", "mr", "mister", "dear"];

/// Adverbs between a population and what is said of it ("the EU *also* said ..."), skipped
/// to reach the next word.
pub(crate) const ADVERBS_BEFORE_A_VERB: &[&str] = &["also", "now", "already"];

/// Words after "among" that point back to those the sentence names before ("Several
/// speakers, the EU among *them*, said ...").
pub(crate) const THOSE_BEFORE: &[&str] = &["them", "those", "others"];

/// Words of time before a place that make it an event ("consulted *before* Bogota": the
/// conference held there), not where a quantity is.
pub(crate) const BEFORE_AN_EVENT: &[&str] = &["before", "after", "since"];

/// Words of a subtraction right after a quantity ("US$236 billion *less* the US$64 billion
/// increase"): not a fall.
pub(crate) const SUBTRACTING: &[&str] = &["less", "minus"];

/// Verbs before "together" that sum what the sentence names ("*taken* together", "*added*
/// together"): the count that follows is derived.
pub(crate) const SUMMING_BEFORE_TOGETHER: &[&str] = &["taken", "put", "added", "adding"];

/// Verbs of adding that open a sentence ("*Add* the 3.1 million children displaced by
/// disasters and you reach ..."): with [`SUMS_LEAD_TO`] or "you" before a later count, that
/// count is derived.
pub(crate) const SUMMING_OPENERS: &[&str] = &["add", "adding", "combine", "combining", "plus"];

/// Verbs that say where a sum leads ("... and that *makes* 50 million").
pub(crate) const SUMS_LEAD_TO: &[&str] = &["makes", "gives", "brings", "totals", "reaches"];

/// Words before a small count of nothing that make it an age ("*at* 15", "the Office
/// *turned* 15").
pub(crate) const BEFORE_AN_AGE: &[&str] = &["at", "turned", "turns", "turning"];

/// Prepositions inside a capitalised name, before a population or place it names (the
/// Global Report *on* Trafficking in Persons): that population is the name's.
pub(crate) const INSIDE_A_NAME: &[&str] = &["on", "of", "against", "for", "in"];

/// Words between "of" and what a share is of ("37 per cent of *the total* profits"),
/// skipped to reach it.
pub(crate) const BEFORE_A_WHOLE: &[&str] = &["all", "the", "global", "total"];

/// Words that make a population the topic of a sentence ("the word used *about*
/// children"), not what a quantity counts.
pub(crate) const ABOUT: &[&str] = &["about", "concerning", "regarding"];
