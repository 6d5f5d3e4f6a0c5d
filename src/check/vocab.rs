//! What each figure is about, in words a claim might use: the claim checker's vocabulary.
//!
//! Each figure has cue stems (see [`stem`]) with weights: 3 for words that say what the
//! figure is about (its topic, population, measure), 1 for context. Place stems name the
//! figure's geography; a figure about the world has none. The table is flattened and sorted
//! at compile time, so a claim is scored by binary searches and nothing is built per call.

use crate::data::figures::FIGURES;
use crate::data::index::{less, str_eq};

/// `(figure id, cues, places)`: cues are `(stem, weight)`; places are stems.
type Entry = (
    &'static str,
    &'static [(&'static str, i8)],
    &'static [&'static str],
);

/// The vocabulary, one entry per figure.
pub(crate) const VOCABULARY: &[Entry] = &[
    (
        "office_establishment_anniversary_years",
        &[
            ("anniversary", 3),
            ("offic", 3),
            ("establish", 3),
            ("found", 2),
            ("year", 1),
        ],
        &[],
    ),
    (
        "contributions_to_report",
        &[
            ("contribution", 3),
            ("submission", 3),
            ("submitt", 3),
            ("report", 1),
            ("receiv", 1),
        ],
        &[],
    ),
    (
        "mandate_anniversary_years",
        &[
            ("anniversary", 3),
            ("mandat", 3),
            ("appoint", 3),
            ("representativ", 2),
            ("year", 1),
        ],
        &[],
    ),
    (
        "mobilization_processes",
        &[
            ("process", 3),
            ("critical", 2),
            ("mobilization", 2),
            ("mobilisation", 2),
        ],
        &[],
    ),
    (
        "ministerial_conference_countries",
        &[
            ("conferenc", 3),
            ("ministerial", 3),
            ("bogota", 2),
            ("delegation", 3),
            ("country", 3),
            ("attend", 1),
        ],
        &[],
    ),
    (
        "ministerial_conference_ministers",
        &[
            ("conferenc", 3),
            ("ministerial", 2),
            ("bogota", 2),
            ("minister", 4),
            ("attend", 1),
        ],
        &[],
    ),
    (
        "bogota_call_to_action_states",
        &[
            ("bogota", 3),
            ("call", 3),
            ("action", 2),
            ("adopt", 2),
            ("state", 2),
            ("country", 1),
            ("endors", 2),
            ("sign", 2),
        ],
        &[],
    ),
    (
        "pathfinding_alliance_member_states",
        &[
            ("pathfind", 3),
            ("allianc", 3),
            ("join", 2),
            ("member", 1),
            ("state", 2),
            ("country", 1),
        ],
        &[],
    ),
    (
        "conference_preparation_months",
        &[
            ("preparation", 3),
            ("prepar", 3),
            ("conferenc", 2),
            ("month", 3),
        ],
        &[],
    ),
    (
        "national_preparatory_processes",
        &[
            ("preparatory", 3),
            ("process", 3),
            ("national", 2),
            ("prepar", 2),
            ("conferenc", 1),
        ],
        &[],
    ),
    (
        "alliance_workshop_participants",
        &[
            ("workshop", 4),
            ("participant", 2),
            ("technical", 2),
            ("allianc", 1),
            ("geneva", 1),
        ],
        &[],
    ),
    (
        "zambia_cost_of_violence_gdp_share",
        &[
            ("zambia", 4),
            ("gdp", 4),
            ("gross", 2),
            ("domestic", 2),
            ("product", 2),
            ("cost", 3),
            ("violenc", 2),
        ],
        &["zambia"],
    ),
    (
        "lesotho_plan_commitment_years",
        &[("lesotho", 4), ("plan", 2), ("commit", 3), ("year", 2)],
        &["lesotho"],
    ),
    (
        "lesotho_violence_reduction_target",
        &[
            ("lesotho", 4),
            ("reduc", 3),
            ("reduction", 3),
            ("cut", 3),
            ("violenc", 2),
            ("target", 2),
            ("plan", 2),
        ],
        &["lesotho"],
    ),
    (
        "malta_voting_age",
        &[
            ("malta", 4),
            ("vot", 3),
            ("vote", 3),
            ("voter", 3),
            ("age", 3),
            ("election", 2),
        ],
        &["malta"],
    ),
    (
        "voluntary_national_review_states",
        &[
            ("voluntary", 3),
            ("review", 3),
            ("vnr", 3),
            ("state", 2),
            ("country", 1),
            ("met", 1),
            ("meet", 1),
        ],
        &[],
    ),
    (
        "global_study_anniversary_years",
        &[
            ("anniversary", 3),
            ("study", 3),
            ("depriv", 3),
            ("liberty", 3),
            ("detention", 2),
            ("year", 1),
        ],
        &[],
    ),
    (
        "task_force_advocacy_briefs",
        &[
            ("brief", 4),
            ("advocacy", 2),
            ("task", 2),
            ("forc", 1),
            ("force", 1),
            ("liberty", 2),
            ("depriv", 2),
        ],
        &[],
    ),
    (
        "online_participation_partner_organizations",
        &[
            ("partner", 3),
            ("organization", 2),
            ("organisation", 2),
            ("onlin", 2),
            ("participation", 2),
            ("itu", 2),
            ("telecommunication", 2),
        ],
        &[],
    ),
    (
        "child_helpline_countries",
        &[
            ("helplin", 4),
            ("country", 2),
            ("onlin", 1),
            ("participation", 1),
            ("evidenc", 1),
            ("guid", 1),
            ("principl", 1),
        ],
        &[],
    ),
    (
        "adolescent_age_band",
        &[("adolescent", 4), ("age", 2), ("aged", 2), ("teenager", 2)],
        &[],
    ),
    (
        "youth_age_band",
        &[("youth", 4), ("young", 2), ("age", 2), ("aged", 2)],
        &[],
    ),
    (
        "religions_forum_participants",
        &[
            ("forum", 3),
            ("religion", 3),
            ("religiou", 3),
            ("faith", 2),
            ("participant", 3),
            ("attend", 1),
        ],
        &[],
    ),
    (
        "religions_forum_countries",
        &[
            ("forum", 3),
            ("religion", 3),
            ("religiou", 3),
            ("faith", 2),
            ("country", 3),
        ],
        &[],
    ),
    (
        "children_engaged_directly",
        &[
            ("engag", 3),
            ("directly", 3),
            ("representativ", 1),
            ("child", 1),
            ("region", 1),
        ],
        &[],
    ),
    (
        "conference_online_dialogues",
        &[("dialogu", 4), ("onlin", 2), ("host", 1)],
        &[],
    ),
    (
        "conference_children_consulted",
        &[("consult", 4), ("child", 2), ("conferenc", 1)],
        &[],
    ),
    (
        "conference_children_consulted_countries",
        &[
            ("consult", 3),
            ("country", 3),
            ("child", 2),
            ("view", 2),
            ("conferenc", 2),
            ("ministerial", 1),
        ],
        &[],
    ),
    (
        "children_messages_horizon_years",
        &[("messag", 3), ("government", 2), ("next", 2), ("year", 2)],
        &[],
    ),
    (
        "child_led_actions_added_to_map",
        &[
            ("map", 4),
            ("exampl", 3),
            ("onlin", 1),
            ("interactiv", 1),
            ("led", 2),
            ("action", 1),
            ("add", 2),
        ],
        &[],
    ),
    (
        "member_states_reviewed_for_participation",
        &[
            ("review", 2),
            ("decision", 2),
            ("participation", 3),
            ("member", 1),
            ("state", 2),
            ("publicly", 1),
            ("information", 1),
        ],
        &[],
    ),
    (
        "trafficking_driving_factors",
        &[
            ("factor", 3),
            ("driv", 3),
            ("driver", 3),
            ("interrelat", 3),
            ("traffick", 2),
        ],
        &[],
    ),
    (
        "icat_co_chair_years",
        &[
            ("chair", 3),
            ("icat", 2),
            ("inter", 1),
            ("agency", 1),
            ("coordination", 2),
            ("year", 2),
        ],
        &[],
    ),
    (
        "icat_member_entities",
        &[
            ("icat", 3),
            ("entity", 4),
            ("inter", 1),
            ("agency", 1),
            ("coordination", 2),
            ("group", 2),
            ("member", 2),
            ("traffick", 1),
        ],
        &[],
    ),
    (
        "children_share_of_detected_victims",
        &[
            ("traffick", 3),
            ("victim", 3),
            ("detect", 2),
            ("identifi", 1),
            ("child", 2),
            ("share", 1),
            ("account", 1),
            ("make", 1),
            ("global", 1),
            ("worldwid", 1),
            ("world", 1),
        ],
        &[],
    ),
    (
        "children_share_of_detected_victims_sub_saharan_africa",
        &[
            ("traffick", 3),
            ("victim", 3),
            ("detect", 2),
            ("identifi", 1),
            ("child", 2),
            ("share", 1),
            ("account", 1),
            ("make", 1),
        ],
        &["saharan", "africa", "african"],
    ),
    (
        "child_victims_violence_rate_vs_adults",
        &[
            ("violenc", 3),
            ("adult", 4),
            ("traffick", 2),
            ("physical", 2),
            ("extrem", 1),
            ("rate", 1),
            ("child", 1),
            ("victim", 1),
        ],
        &[],
    ),
    (
        "women_girls_extreme_violence_likelihood",
        &[
            ("violenc", 3),
            ("woman", 3),
            ("girl", 3),
            ("likely", 2),
            ("man", 1),
            ("boy", 1),
            ("extrem", 2),
            ("explicit", 2),
            ("traffick", 2),
        ],
        &[],
    ),
    (
        "eu_trafficking_cost_per_year",
        &[
            ("cost", 4),
            ("traffick", 3),
            ("economic", 1),
            ("year", 1),
            ("annual", 1),
        ],
        &["eu", "european", "union", "europ"],
    ),
    (
        "international_migrants_2020",
        &[("migrant", 4), ("international", 3), ("migration", 2)],
        &[],
    ),
    (
        "children_share_of_international_migrants_2020",
        &[
            ("migrant", 4),
            ("international", 2),
            ("migration", 2),
            ("child", 2),
            ("share", 1),
        ],
        &[],
    ),
    (
        "children_in_conflict_areas",
        &[
            ("conflict", 4),
            ("war", 4),
            ("warzon", 4),
            ("zone", 1),
            ("area", 1),
            ("affect", 1),
            ("liv", 1),
            ("live", 1),
            ("living", 1),
            ("child", 2),
            ("arm", 1),
        ],
        &[],
    ),
    (
        "children_in_conflict_areas_one_in",
        &[
            ("conflict", 4),
            ("war", 4),
            ("warzon", 4),
            ("zone", 1),
            ("area", 1),
            ("affect", 1),
            ("liv", 1),
            ("live", 1),
            ("living", 1),
            ("child", 2),
            ("arm", 1),
        ],
        &[],
    ),
    (
        "children_displaced_by_conflict_and_violence",
        &[
            ("home", 3),
            ("displac", 5),
            ("conflict", 2),
            ("violenc", 2),
            ("war", 2),
            ("flee", 2),
            ("fled", 2),
            ("forc", 1),
            ("child", 2),
            ("uproot", 3),
        ],
        &[],
    ),
    (
        "children_displaced_by_disasters",
        &[
            ("home", 3),
            ("displac", 3),
            ("disaster", 5),
            ("natural", 3),
            ("internal", 2),
            ("internally", 2),
            ("climat", 1),
            ("child", 2),
        ],
        &[],
    ),
    (
        "children_born_as_refugees_2018_2023",
        &[
            ("born", 4),
            ("refuge", 4),
            ("birth", 2),
            ("child", 2),
            ("unhcr", 1),
        ],
        &[],
    ),
    (
        "children_in_extreme_poverty",
        &[("poverty", 4), ("poor", 3), ("extrem", 3), ("child", 2)],
        &[],
    ),
    (
        "children_facing_poverty_and_climate",
        &[
            ("poverty", 3),
            ("climat", 5),
            ("emergency", 1),
            ("compound", 1),
            ("child", 2),
            ("poor", 2),
        ],
        &[],
    ),
    (
        "children_needing_humanitarian_assistance_2025",
        &[
            ("humanitarian", 5),
            ("assistanc", 3),
            ("aid", 3),
            ("need", 2),
            ("child", 2),
        ],
        &[],
    ),
    (
        "humanitarian_need_countries_and_territories_2025",
        &[
            ("humanitarian", 3),
            ("country", 3),
            ("territory", 3),
            ("assistanc", 1),
            ("aid", 1),
            ("need", 1),
        ],
        &[],
    ),
    (
        "people_facing_hunger_2023",
        &[
            ("hunger", 5),
            ("hungry", 5),
            ("famin", 2),
            ("people", 2),
            ("person", 2),
            ("undernourish", 3),
        ],
        &[],
    ),
    (
        "people_facing_hunger_one_in",
        &[
            ("hunger", 5),
            ("hungry", 5),
            ("famin", 2),
            ("people", 2),
            ("person", 2),
            ("undernourish", 3),
        ],
        &[],
    ),
    (
        "people_in_severe_food_insecurity_2023",
        &[
            ("food", 4),
            ("insecurity", 4),
            ("insecur", 3),
            ("sever", 2),
            ("people", 2),
            ("person", 2),
        ],
        &[],
    ),
    (
        "recruited_by_family_age_band",
        &[
            ("recruit", 3),
            ("family", 3),
            ("age", 2),
            ("aged", 2),
            ("relativ", 2),
        ],
        &[],
    ),
    (
        "children_recruited_by_family_share",
        &[
            ("recruit", 4),
            ("family", 4),
            ("relativ", 3),
            ("parent", 2),
            ("member", 1),
            ("child", 1),
            ("victim", 1),
            ("traffick", 1),
        ],
        &[],
    ),
    (
        "forced_labour_illegal_profits_per_year",
        &[
            ("profit", 4),
            ("forc", 2),
            ("labour", 2),
            ("illegal", 2),
            ("illicit", 2),
            ("generat", 2),
            ("year", 2),
            ("annual", 2),
            ("annually", 2),
            ("make", 1),
            ("earn", 2),
        ],
        &[],
    ),
    (
        "forced_labour_profits_increase_since_2014",
        &[
            ("profit", 4),
            ("forc", 2),
            ("labour", 2),
            ("increas", 3),
            ("rose", 3),
            ("rise", 3),
            ("risen", 3),
            ("grew", 3),
            ("grown", 3),
            ("growth", 3),
            ("up", 2),
            ("since", 2),
            ("jump", 3),
            ("more", 1),
        ],
        &[],
    ),
    (
        "forced_labour_profits_increase_since_2014_percent",
        &[
            ("profit", 4),
            ("forc", 2),
            ("labour", 2),
            ("increas", 3),
            ("rose", 3),
            ("rise", 3),
            ("risen", 3),
            ("grew", 3),
            ("grown", 3),
            ("growth", 3),
            ("up", 2),
            ("since", 2),
            ("jump", 3),
            ("more", 1),
        ],
        &[],
    ),
    (
        "children_in_forced_commercial_sexual_exploitation",
        &[
            ("sexual", 4),
            ("commercial", 3),
            ("exploitation", 2),
            ("exploit", 2),
            ("forc", 2),
            ("labour", 1),
            ("child", 2),
        ],
        &[],
    ),
    (
        "children_in_forced_commercial_sexual_exploitation_share",
        &[
            ("sexual", 4),
            ("commercial", 3),
            ("exploitation", 2),
            ("exploit", 2),
            ("forc", 2),
            ("labour", 2),
            ("child", 2),
        ],
        &[],
    ),
    (
        "children_in_forced_labour_exploitation",
        &[
            ("forc", 3),
            ("labour", 4),
            ("exploitation", 2),
            ("exploit", 2),
            ("child", 2),
            ("work", 1),
        ],
        &[],
    ),
    (
        "children_in_forced_labour_exploitation_share",
        &[
            ("forc", 3),
            ("labour", 4),
            ("exploitation", 2),
            ("exploit", 2),
            ("child", 2),
            ("work", 1),
        ],
        &[],
    ),
    (
        "children_trafficked_in_football_per_year",
        &[
            ("football", 5),
            ("soccer", 5),
            ("sport", 4),
            ("athlet", 3),
            ("player", 3),
            ("traffick", 3),
            ("year", 1),
            ("child", 1),
        ],
        &["west", "africa", "african", "europ", "european"],
    ),
    (
        "virtual_global_taskforce_agencies",
        &[
            ("taskforc", 4),
            ("virtual", 3),
            ("law", 2),
            ("enforc", 2),
            ("agency", 3),
            ("polic", 2),
        ],
        &[],
    ),
    (
        "weprotect_alliance_actors",
        &[
            ("weprotect", 5),
            ("actor", 3),
            ("allianc", 2),
            ("mobiliz", 1),
            ("mobilis", 1),
        ],
        &[],
    ),
    (
        "trafficking_interlinked_factors",
        &[
            ("factor", 3),
            ("interlink", 3),
            ("traffick", 2),
            ("driv", 1),
        ],
        &[],
    ),
    (
        "icat_child_protection_effort_years",
        &[
            ("icat", 2),
            ("inter", 1),
            ("agency", 1),
            ("coordination", 2),
            ("effort", 2),
            ("concert", 2),
            ("year", 2),
            ("protection", 1),
        ],
        &[],
    ),
    (
        "years_remaining_to_2030",
        &[
            ("remain", 3),
            ("left", 3),
            ("deadlin", 3),
            ("end", 2),
            ("year", 2),
        ],
        &[],
    ),
];

/// Stems that name places: a claim that names one is about that place.
pub(crate) const PLACES: &[&str] = &[
    "africa",
    "african",
    "saharan",
    "eu",
    "european",
    "union",
    "europ",
    "zambia",
    "lesotho",
    "malta",
    "west",
    "asia",
    "america",
    "latin",
    "india",
    "china",
    "brazil",
    "usa",
    "uk",
    "britain",
    "germany",
    "france",
    "mexico",
    "haiti",
    "congo",
    "drc",
    "ukraine",
    "gaza",
    "sudan",
    "syria",
    "afghanistan",
    "yemen",
    "nigeria",
    "pacific",
    "caribbean",
    "oceania",
    "arab",
    "costa",
    "rica",
    "canada",
    "australia",
    "japan",
    "bangladesh",
    "pakistan",
    "indonesia",
    "philippin",
    "kenya",
    "ethiopia",
    "somalia",
    "myanmar",
    "thailand",
    "vietnam",
    "riyadh",
    "asian",
];

/// The stem of a word, as the vocabulary is written: lower case; `children`/`kids` → `child`;
/// `-ies` → `-y`; then one of the endings `-ments`, `-ment`, `-ings`, `-ing`, `-ed`, `-s`
/// removed where at least three letters remain (not `-ss`); then a final `e` removed where at
/// least five letters remain. Writes into `buf` and returns the stem's length.
pub(crate) fn stem(word: &str, buf: &mut [u8; 40]) -> usize {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > buf.len() {
        return 0;
    }
    let mut n = 0;
    for &b in bytes {
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    // Possessives.
    if n > 2 && buf[n - 2] == b'\'' && buf[n - 1] == b's' {
        n -= 2;
    } else if n > 1 && buf[n - 1] == b'\'' {
        n -= 1;
    }
    const IRREGULAR: &[(&str, &str)] = &[
        ("children", "child"),
        ("childrens", "child"),
        ("kids", "child"),
        ("kid", "child"),
        ("minors", "child"),
        ("minor", "child"),
        ("women", "woman"),
        ("men", "man"),
        ("labor", "labour"),
        ("people", "people"),
        ("per", "per"),
    ];
    for (from, to) in IRREGULAR {
        if &buf[..n] == from.as_bytes() {
            buf[..to.len()].copy_from_slice(to.as_bytes());
            return to.len();
        }
    }
    if n >= 5 && buf[..n].ends_with(b"ies") {
        buf[n - 3] = b'y';
        n -= 2;
        return n;
    }
    for suffix in [&b"ments"[..], b"ment", b"ings", b"ing", b"ed", b"s"] {
        if buf[..n].ends_with(suffix) && n - suffix.len() >= 3 {
            if suffix == b"s" && n >= 2 && buf[n - 2] == b's' {
                break;
            }
            n -= suffix.len();
            break;
        }
    }
    if n >= 6 && buf[n - 1] == b'e' {
        n -= 1;
    }
    n
}

/// The position of figure `id` in the built-in table, at compile time.
const fn figure_position(id: &str) -> usize {
    let mut i = 0;
    while i < FIGURES.len() {
        let fid = match &FIGURES[i].id {
            std::borrow::Cow::Borrowed(s) => *s,
            std::borrow::Cow::Owned(_) => "",
        };
        if str_eq(fid, id) {
            return i;
        }
        i += 1;
    }
    // Not found: the caller's `figure < 256` assertion fails the build.
    usize::MAX
}

/// The number of cue and place entries.
const CUE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < VOCABULARY.len() {
        n += VOCABULARY[i].1.len() + VOCABULARY[i].2.len();
        i += 1;
    }
    n
};

/// A cue: a stem, the figure it points to, its weight, and whether it names a place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    pub(crate) stem: &'static str,
    pub(crate) figure: u8,
    pub(crate) weight: i8,
    pub(crate) place: bool,
}

/// Every cue, sorted by stem (built at compile time).
pub(crate) static CUES: [Cue; CUE_COUNT] = {
    let empty = Cue {
        stem: "",
        figure: 0,
        weight: 0,
        place: false,
    };
    let mut out = [empty; CUE_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < VOCABULARY.len() {
        let figure = figure_position(VOCABULARY[i].0);
        assert!(
            figure < 256,
            "a vocabulary entry names a figure that does not exist"
        );
        let mut j = 0;
        while j < VOCABULARY[i].1.len() {
            let (stem, weight) = VOCABULARY[i].1[j];
            out[n] = Cue {
                stem,
                figure: figure as u8,
                weight,
                place: false,
            };
            n += 1;
            j += 1;
        }
        let mut j = 0;
        while j < VOCABULARY[i].2.len() {
            out[n] = Cue {
                stem: VOCABULARY[i].2[j],
                figure: figure as u8,
                weight: 3,
                place: true,
            };
            n += 1;
            j += 1;
        }
        i += 1;
    }
    // Insertion sort by stem.
    let mut i = 1;
    while i < CUE_COUNT {
        let mut j = i;
        while j > 0 && less(out[j].stem, out[j - 1].stem) {
            let swap = out[j];
            out[j] = out[j - 1];
            out[j - 1] = swap;
            j -= 1;
        }
        i += 1;
    }
    out
};

/// Stems that name who is counted or what is measured ("girls", "convictions", "online",
/// "calls", ...). A claim that uses one is about that population or measure: a figure without
/// the stem among its cues is penalised, so "Girls make up 22% of detected trafficking
/// victims" is not checked against the children's share. Sorted at compile time.
pub(crate) static MARKED: [&str; MARKED_UNSORTED.len()] = sorted(MARKED_UNSORTED);

const MARKED_UNSORTED: [&str; 26] = [
    "abuse",
    "adult",
    "arrest",
    "boy",
    "call",
    "conviction",
    "death",
    "girl",
    "internet",
    "kill",
    "labour",
    "man",
    "marriag",
    "media",
    "onlin",
    "prosecution",
    "refuge",
    "school",
    "sexual",
    "sexually",
    "social",
    "unemploy",
    "woman",
    "suicid",
    "homicid",
    "wage",
];

/// What a figure counts, when a claim about it must name it: children, countries, or forced
/// labour (as opposed to child labour in general).
pub(crate) const NEEDS_CHILDREN: u8 = 1;
/// See [`NEEDS_CHILDREN`].
pub(crate) const NEEDS_COUNTRIES: u8 = 2;
/// See [`NEEDS_CHILDREN`].
pub(crate) const NEEDS_FORCED: u8 = 4;

/// Stems that name each of those, with its bit; sorted at compile time.
pub(crate) static NAMING_STEMS: [(&str, u8); 14] = sorted_by_stem([
    ("adolescent", NEEDS_CHILDREN),
    ("boy", NEEDS_CHILDREN),
    ("child", NEEDS_CHILDREN),
    ("girl", NEEDS_CHILDREN),
    ("teen", NEEDS_CHILDREN),
    ("teenager", NEEDS_CHILDREN),
    ("underag", NEEDS_CHILDREN),
    ("young", NEEDS_CHILDREN),
    ("country", NEEDS_COUNTRIES),
    ("nation", NEEDS_COUNTRIES),
    ("state", NEEDS_COUNTRIES),
    ("government", NEEDS_COUNTRIES),
    ("territory", NEEDS_COUNTRIES),
    ("forc", NEEDS_FORCED),
]);

/// Per figure, what a claim about it must name (bits of [`NEEDS_CHILDREN`] and its
/// siblings): children when its id names children (or it describes child victims),
/// countries when its population is countries or States, "forced" for the forced-labour
/// counts of children. Built at compile time from the records.
pub(crate) static NEEDS: [u8; crate::data::figures::COUNT] = {
    let mut out = [0u8; crate::data::figures::COUNT];
    let mut i = 0;
    while i < FIGURES.len() {
        let id = borrowed(&FIGURES[i].id);
        let population = borrowed(&FIGURES[i].population);
        let mut needs = 0;
        if contains(id, "child") || str_eq(id, "recruited_by_family_age_band") {
            needs |= NEEDS_CHILDREN;
        }
        if str_eq(population, "countries")
            || str_eq(population, "States")
            || str_eq(population, "Member States")
            || str_eq(population, "countries and territories")
        {
            needs |= NEEDS_COUNTRIES;
        }
        if contains(id, "forced_labour_exploitation") {
            needs |= NEEDS_FORCED;
        }
        out[i] = needs;
        i += 1;
    }
    out
};

/// Per figure, the years its reference period names (first and last; `(0, 0)` when it names
/// none): "2020" → (2020, 2020), "2018–2023" → (2018, 2023), "since 2014" → (2014, 2014).
/// Built at compile time from the records.
pub(crate) static PERIOD_YEARS: [(u16, u16); crate::data::figures::COUNT] = {
    let mut out = [(0u16, 0u16); crate::data::figures::COUNT];
    let mut i = 0;
    while i < FIGURES.len() {
        let p = match &FIGURES[i].period {
            Some(period) => borrowed(period).as_bytes(),
            None => b"",
        };
        let mut k = 0;
        while k + 4 <= p.len() {
            let digits = p[k].is_ascii_digit()
                && p[k + 1].is_ascii_digit()
                && p[k + 2].is_ascii_digit()
                && p[k + 3].is_ascii_digit();
            let alone = (k == 0 || !p[k - 1].is_ascii_digit())
                && (k + 4 == p.len() || !p[k + 4].is_ascii_digit());
            if digits && alone {
                let year = (p[k] - b'0') as u16 * 1000
                    + (p[k + 1] - b'0') as u16 * 100
                    + (p[k + 2] - b'0') as u16 * 10
                    + (p[k + 3] - b'0') as u16;
                if year >= 1900 && year <= 2100 {
                    if out[i].0 == 0 {
                        out[i].0 = year;
                    }
                    out[i].1 = year;
                }
                k += 4;
            } else {
                k += 1;
            }
        }
        i += 1;
    }
    out
};

/// The text of a built-in (borrowed) field, usable in constant evaluation.
#[allow(clippy::ptr_arg)] // `Cow` has no `const` deref
const fn borrowed<'a>(s: &'a std::borrow::Cow<'static, str>) -> &'a str {
    match s {
        std::borrow::Cow::Borrowed(s) => s,
        std::borrow::Cow::Owned(_) => "",
    }
}

const fn contains(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let mut i = 0;
    while i + n.len() <= h.len() {
        let mut j = 0;
        while j < n.len() && h[i + j] == n[j] {
            j += 1;
        }
        if j == n.len() {
            return true;
        }
        i += 1;
    }
    false
}

/// The strings in order (an insertion sort, run at compile time).
const fn sorted<const N: usize>(out: [&'static str; N]) -> [&'static str; N] {
    let mut keyed = [("", 0u8); N];
    let mut i = 0;
    while i < N {
        keyed[i].0 = out[i];
        i += 1;
    }
    let keyed = sorted_by_stem(keyed);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = keyed[i].0;
        i += 1;
    }
    out
}

/// The pairs in order of their stems (an insertion sort, run at compile time).
const fn sorted_by_stem<const N: usize>(
    mut out: [(&'static str, u8); N],
) -> [(&'static str, u8); N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && less(out[j].0, out[j - 1].0) {
            let swap = out[j];
            out[j] = out[j - 1];
            out[j - 1] = swap;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// Every place stem, sorted (built at compile time).
pub(crate) static PLACES_SORTED: [&str; PLACES.len()] = {
    let mut out = [""; PLACES.len()];
    let mut i = 0;
    while i < PLACES.len() {
        out[i] = PLACES[i];
        i += 1;
    }
    sorted(out)
};

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmed(word: &str) -> String {
        let mut buf = [0u8; 40];
        let n = stem(word, &mut buf);
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }

    #[test]
    fn stems_agree_across_forms() {
        for (a, b) in [
            ("trafficking", "trafficked"),
            ("victims", "victim"),
            ("displaced", "displacement"),
            ("refugees", "refugee"),
            ("countries", "country"),
            ("Children", "child"),
            ("increased", "increase"),
            ("estimates", "estimated"),
        ] {
            assert_eq!(stemmed(a), stemmed(b), "{a} / {b}");
        }
        assert_eq!(stemmed("process"), "process");
        assert_eq!(stemmed("UNICEF's"), "unicef");
    }

    #[test]
    fn every_cue_is_a_stem_and_every_figure_has_cues() {
        for (id, cues, places) in VOCABULARY {
            for (cue, weight) in cues.iter() {
                let reachable = ["", "s", "e", "ed", "ing", "es", "ment"]
                    .iter()
                    .any(|ending| stemmed(&format!("{cue}{ending}")) == *cue);
                assert!(
                    reachable,
                    "{id}: cue {cue} is not the stem of any form of a word"
                );
                assert!(*weight > 0);
            }
            for place in places.iter() {
                assert_eq!(
                    stemmed(place),
                    *place,
                    "{id}: place {place} is not in stem form"
                );
                assert!(PLACES.contains(place), "{id}: {place} missing from PLACES");
            }
        }
        for fig in crate::dataset::Dataset::builtin().figures() {
            assert!(
                VOCABULARY.iter().any(|(id, _, _)| *id == fig.id),
                "no vocabulary for {}",
                fig.id
            );
        }
        assert_eq!(
            VOCABULARY.len(),
            crate::dataset::Dataset::builtin().figures().len()
        );
        assert!(CUES.windows(2).all(|w| w[0].stem <= w[1].stem));
    }
}
