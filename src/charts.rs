//! SVG charts of the report's figures, drawn with [`plotters`] (feature `charts`).
//!
//! Each function returns a complete SVG document as a `String`: a title, axis labels with
//! units, a value label on every bar and a source line naming the report's paragraphs and
//! footnotes and the works they cite. Figures are looked up in the dataset by their ids (the
//! [`crate::ids`] constants), so a chart never holds a number of its own. A value the report
//! does not state (the 2014 level of forced-labour profits) is drawn lighter and hatched and
//! labelled "derived", with its formula.
//!
//! Text is written as SVG `<text>` elements in the generic `sans-serif` family: no font file
//! is read at build or run time (plotters' `ttf` feature is off), and the viewer's font
//! renders the text.
//!
//! `cargo run --example draw_charts --features charts` writes the charts to
//! `examples/charts/`; `tests/charts_fresh.rs` fails when a committed copy is stale.
//!
//! ```
//! let svg = vac_figures::charts::forced_labour_profits(vac_figures::Dataset::builtin())?;
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("derived"));
//! # Ok::<(), vac_figures::charts::ChartError>(())
//! ```

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::dataset::Dataset;
use crate::ids;
use crate::record::Qualifier;
use crate::table::figures::Figure;

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The dataset has no figure with this id.
    #[error("the dataset has no figure `{0}`")]
    MissingFigure(String),
    /// Plotters failed to draw.
    #[error("drawing the chart: {0}")]
    Draw(String),
}

fn draw_err<E: std::fmt::Display>(err: E) -> ChartError {
    ChartError::Draw(err.to_string())
}

/// The width of every chart, in pixels.
pub const WIDTH: u32 = 900;
const PLOT_HEIGHT: u32 = 420;
const FONT: &str = "sans-serif";
const LINE_HEIGHT: u32 = 16;
/// Characters per source line before wrapping (13 px text is about 5–6 px a character).
const WRAP: usize = 150;

const BLUE: RGBColor = RGBColor(31, 95, 160);
const GREY: RGBColor = RGBColor(90, 90, 90);

/// Every chart with its file name, in a fixed order: what `examples/charts/` holds.
pub fn all(data: &Dataset) -> Result<Vec<(&'static str, String)>, ChartError> {
    Ok(vec![
        ("children_in_crisis.svg", children_in_crisis(data)?),
        ("trafficking_shares.svg", trafficking_shares(data)?),
        ("forced_labour_profits.svg", forced_labour_profits(data)?),
    ])
}

fn figure<'a>(data: &'a Dataset, id: &Figure) -> Result<&'a Figure, ChartError> {
    data.figure(&id.id)
        .ok_or_else(|| ChartError::MissingFigure(id.id.to_string()))
}

/// "more than ", "about ", … for a value label.
fn hedge(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approximate => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::LessThan => "less than ",
        Qualifier::Almost => "almost ",
    }
}

/// `473.0` → `"473"`, `47.2` → `"47.2"`.
fn number(v: f64) -> String {
    let text = format!("{v:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

/// `1, 2 and 3`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The source line of a chart of `figures`: the report's paragraphs and footnotes, then the
/// works they cite (author or publisher and title when there are at most two, else author or
/// publisher only), wrapped to lines.
pub fn source_line(data: &Dataset, figures: &[&Figure]) -> Vec<String> {
    let mut paras: Vec<u8> = figures.iter().map(|f| f.location.paragraph).collect();
    paras.sort_unstable();
    paras.dedup();
    let mut notes: Vec<u8> = figures
        .iter()
        .flat_map(|f| f.footnotes.iter().copied())
        .collect();
    notes.sort_unstable();
    notes.dedup();
    let mut works = Vec::new();
    for f in figures {
        for s in data.sources_of(f) {
            if !works.iter().any(|w: &&crate::sources::Source| w.id == s.id) {
                works.push(s);
            }
        }
    }
    let strings = |v: &[u8]| v.iter().map(u8::to_string).collect::<Vec<_>>();
    let mut text = format!(
        "Source: {}, {} {}",
        data.report().symbol,
        if paras.len() == 1 { "para." } else { "paras." },
        and_list(&strings(&paras))
    );
    if !notes.is_empty() {
        let label = if notes.len() == 1 { "fn." } else { "fns." };
        text.push_str(&format!(", {label} {}", and_list(&strings(&notes))));
    }
    let mut names: Vec<String> = Vec::new();
    for w in &works {
        let by = w.authors.as_deref().or(w.publisher.as_deref());
        let name = match (by, works.len() <= 2) {
            (Some(by), true) => format!("{by}, {}", w.title),
            (Some(by), false) => by.to_owned(),
            (None, _) => w.title.to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    for name in names {
        text.push_str("; ");
        text.push_str(&name);
    }
    wrap(&text, WRAP)
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes the footer lines (source, notes) into `area`.
fn footer(area: &DrawingArea<SVGBackend<'_>, Shift>, lines: &[String]) -> Result<(), ChartError> {
    let style = TextStyle::from((FONT, 13).into_font()).color(&GREY);
    for (i, line) in lines.iter().enumerate() {
        let y = 6 + i32::try_from(i).unwrap_or(0) * LINE_HEIGHT as i32;
        area.draw(&Text::new(line.clone(), (12, y), style.clone()))
            .map_err(draw_err)?;
    }
    Ok(())
}

/// A horizontal bar.
struct Bar {
    label: String,
    value: f64,
    value_label: String,
}

/// A horizontal bar chart: one bar per row, its label above it and its value at its end.
fn horizontal_bars(
    title: &str,
    x_desc: &str,
    x_max: f64,
    bars: &[Bar],
    footer_lines: &[String],
) -> Result<String, ChartError> {
    let mut svg = String::new();
    let footer_height = LINE_HEIGHT * u32::try_from(footer_lines.len()).unwrap_or(1) + 12;
    {
        let plot_height = 110 + 56 * u32::try_from(bars.len()).unwrap_or(1);
        let root = SVGBackend::with_string(&mut svg, (WIDTH, plot_height + footer_height))
            .into_drawing_area();
        root.fill(&WHITE).map_err(draw_err)?;
        let (upper, lower) = root.split_vertically(plot_height);
        let n = bars.len() as f64;
        let mut chart = ChartBuilder::on(&upper)
            .caption(title, (FONT, 20))
            .margin(12)
            .x_label_area_size(44)
            .y_label_area_size(8)
            .build_cartesian_2d(0f64..x_max, 0f64..n)
            .map_err(draw_err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .max_light_lines(0)
            .y_labels(0)
            .x_desc(x_desc)
            .x_label_formatter(&|v| number(*v))
            .axis_desc_style((FONT, 14))
            .label_style((FONT, 12))
            .draw()
            .map_err(draw_err)?;
        for (i, bar) in bars.iter().enumerate() {
            // The first bar at the top.
            let top = n - i as f64;
            let (y0, y1) = (top - 0.82, top - 0.42);
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(0.0, y0), (bar.value, y1)],
                    BLUE.filled(),
                )))
                .map_err(draw_err)?;
            chart
                .draw_series([
                    Text::new(bar.label.clone(), (0.0, top - 0.08), (FONT, 14).into_font()),
                    Text::new(
                        bar.value_label.clone(),
                        (bar.value + x_max * 0.01, y1 - 0.06),
                        (FONT, 13).into_font(),
                    ),
                ])
                .map_err(draw_err)?;
        }
        footer(&lower, footer_lines)?;
        root.present().map_err(draw_err)?;
    }
    Ok(svg)
}

/// Children affected by crisis: conflict-affected areas, displacement, poverty and
/// humanitarian need (paras. 51 and 52), in millions of children.
pub fn children_in_crisis(data: &Dataset) -> Result<String, ChartError> {
    let figures = [
        figure(data, ids::CHILDREN_FACING_POVERTY_AND_CLIMATE)?,
        figure(data, ids::CHILDREN_IN_CONFLICT_AREAS)?,
        figure(data, ids::CHILDREN_IN_EXTREME_POVERTY)?,
        figure(data, ids::CHILDREN_NEEDING_HUMANITARIAN_ASSISTANCE_2025)?,
        figure(data, ids::CHILDREN_DISPLACED_BY_CONFLICT_AND_VIOLENCE)?,
        figure(data, ids::CHILDREN_DISPLACED_BY_DISASTERS)?,
    ];
    let bars: Vec<Bar> = figures
        .iter()
        .map(|f| {
            let millions = f.value / 1e6;
            let mut label = capitalize(&f.measure);
            if let Some(period) = &f.period {
                label.push_str(&format!(" ({period})"));
            }
            Bar {
                label,
                value: millions,
                value_label: format!("{}{} million", hedge(f.qualifier), number(millions)),
            }
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    horizontal_bars(
        "Children affected by conflict, displacement, poverty and humanitarian need",
        "Children (millions)",
        nice_max(max * 1.15),
        &bars,
        &source_line(data, &figures),
    )
}

/// Shares of children among detected victims of trafficking (world and sub-Saharan Africa,
/// paras. 41 and 43), in per cent. (The 35.8 per cent of para. 52 is not drawn: the report
/// does not say what it is a share of, see `children_recruited_by_family_share`.)
pub fn trafficking_shares(data: &Dataset) -> Result<String, ChartError> {
    let figures = [
        figure(data, ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS)?,
        figure(
            data,
            ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS_SUB_SAHARAN_AFRICA,
        )?,
    ];
    let bars: Vec<Bar> = figures
        .iter()
        .map(|f| Bar {
            label: f.measure.to_string(),
            value: f.value,
            value_label: format!("{}{}%", hedge(f.qualifier), number(f.value)),
        })
        .collect();
    horizontal_bars(
        "Trafficking in children: shares of victims",
        "Share (%)",
        100.0,
        &bars,
        &source_line(data, &figures),
    )
}

/// Annual illegal profits of forced labour, 2014 and 2024, in billions of US dollars. The
/// 2014 value is derived (2024 profits less the increase since 2014) and drawn hatched and
/// lighter, labelled "derived".
pub fn forced_labour_profits(data: &Dataset) -> Result<String, ChartError> {
    let profits = figure(data, ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR)?;
    let increase = figure(data, ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014)?;
    let percent = figure(data, ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014_PERCENT)?;
    // The same relation as `check::derived_values()`'s `forced_labour_profits_2014`, computed
    // on this dataset's figures.
    let level_2014 = (profits.value - increase.value) / 1e9;
    let level_2024 = profits.value / 1e9;
    let mut notes = vec![format!(
        "2014 value derived, not stated in the report: US${} billion (2024) − US${} billion \
         increase since 2014 = US${} billion.",
        number(level_2024),
        number(increase.value / 1e9),
        number(level_2014),
    )];
    notes.extend(wrap(
        &format!(
            "The report gives the increase as {} ({}).",
            increase.as_written, percent.as_written
        ),
        WRAP,
    ));
    notes.extend(source_line(data, &[profits, increase, percent]));
    let notes: Vec<String> = notes.iter().flat_map(|l| wrap(l, WRAP)).collect();

    let mut svg = String::new();
    let footer_height = LINE_HEIGHT * u32::try_from(notes.len()).unwrap_or(1) + 12;
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, PLOT_HEIGHT + footer_height))
            .into_drawing_area();
        root.fill(&WHITE).map_err(draw_err)?;
        let (upper, lower) = root.split_vertically(PLOT_HEIGHT);
        let y_max = nice_max(level_2024 * 1.15);
        let mut chart = ChartBuilder::on(&upper)
            .caption(
                "Annual illegal profits of forced labour, 2014 and 2024",
                (FONT, 20),
            )
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(60)
            .build_cartesian_2d(0f64..2.0, 0f64..y_max)
            .map_err(draw_err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .max_light_lines(0)
            .x_labels(0)
            .y_desc("Illegal profits per year (US$ billion)")
            .y_label_formatter(&|v| number(*v))
            .axis_desc_style((FONT, 14))
            .label_style((FONT, 12))
            .draw()
            .map_err(draw_err)?;
        let bars = [
            (0.0, level_2014, "2014 (derived)", true),
            (1.0, level_2024, "2024", false),
        ];
        for (x, value, label, derived) in bars {
            let (x0, x1) = (x + 0.3, x + 0.7);
            let style = if derived {
                BLUE.mix(0.3).filled()
            } else {
                BLUE.filled()
            };
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x0, 0.0), (x1, value)],
                    style,
                )))
                .map_err(draw_err)?;
            let value_label = if derived {
                format!("US${} billion (derived)", number(value))
            } else {
                format!("{}US${} billion", hedge(profits.qualifier), number(value))
            };
            chart
                .draw_series(std::iter::once(Text::new(
                    value_label,
                    (x0 - 0.05, value + y_max * 0.05),
                    (FONT, 14).into_font(),
                )))
                .map_err(draw_err)?;
            let (px0, py0) = chart.backend_coord(&(x0, 0.0));
            let (px1, py1) = chart.backend_coord(&(x1, value));
            if derived {
                hatch(&root, (px0, py1), (px1, py0))?;
                root.draw(&Rectangle::new(
                    [(px0, py1), (px1, py0)],
                    ShapeStyle::from(&BLUE).stroke_width(1),
                ))
                .map_err(draw_err)?;
            }
            root.draw(&Text::new(
                label.to_owned(),
                (px0, py0 + 10),
                (FONT, 14).into_font(),
            ))
            .map_err(draw_err)?;
        }
        footer(&lower, &notes)?;
        root.present().map_err(draw_err)?;
    }
    Ok(svg)
}

/// Diagonal hatching inside the pixel rectangle from `top_left` to `bottom_right`.
fn hatch(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    top_left: (i32, i32),
    bottom_right: (i32, i32),
) -> Result<(), ChartError> {
    let (x0, y0) = top_left;
    let (x1, y1) = bottom_right;
    let style = ShapeStyle::from(&BLUE).stroke_width(1);
    let step = 10;
    // Lines x - y = c (going down-right), clipped to the rectangle.
    let mut c = x0 - y1;
    while c <= x1 - y0 {
        let start_x = (y0 + c).max(x0);
        let end_x = (y1 + c).min(x1);
        if start_x < end_x {
            area.draw(&PathElement::new(
                vec![(start_x, start_x - c), (end_x, end_x - c)],
                style,
            ))
            .map_err(draw_err)?;
        }
        c += step;
    }
    Ok(())
}

/// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above `v`.
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&m| m >= v)
        .unwrap_or(10.0 * magnitude)
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_maxima() {
        assert_eq!(nice_max(890.1), 1000.0);
        assert_eq!(nice_max(271.4), 300.0);
        assert_eq!(nice_max(190.0), 200.0);
        assert_eq!(nice_max(0.0), 1.0);
    }

    #[test]
    fn wrapping_keeps_every_word() {
        let text = "one two three four five";
        let lines = wrap(text, 9);
        assert_eq!(lines, ["one two", "three", "four five"]);
    }
}
