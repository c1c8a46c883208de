//! `_repr_html_` of the model classes: what a notebook shows for an article
//! (its header and a small table of its targets) or a single target. Every
//! piece of article text is escaped.

use std::fmt::Write;

use handlebars::html_escape;
use nghiquyet_core::{Article, Resolution, Target};

/// The columns of a target row.
const HEAD: &str = "<tr><th>value</th><th>subject</th><th>criterion</th><th>baseline</th>\
                    <th>deadline</th><th>term</th><th>resolution</th></tr>";

/// An article: title, kicker, date and id, then one row per target.
pub(crate) fn article(a: &Article) -> String {
    let mut out = String::from("<div class=\"nghiquyet-article\">");
    let title = a.title.as_deref().unwrap_or("(no title)");
    let _ = write!(out, "<p><strong>{}</strong><br><small>", html_escape(title));
    let facts: Vec<String> = [
        a.kicker.as_deref().map(html_escape),
        a.published
            .map(|p| p.format("%Y-%m-%d %H:%M %:z").to_string()),
        Some(format!("id {}", html_escape(&a.id))),
        Some(format!(
            "{} resolution{}, {} target{}",
            a.resolutions.len(),
            plural(a.resolutions.len()),
            a.targets.len(),
            plural(a.targets.len())
        )),
    ]
    .into_iter()
    .flatten()
    .collect();
    out.push_str(&facts.join(" · "));
    out.push_str("</small></p>");
    if a.targets.is_empty() {
        out.push_str("<p><em>no targets</em></p></div>");
        return out;
    }
    let _ = write!(out, "<table><thead>{HEAD}</thead><tbody>");
    for t in &a.targets {
        row(&mut out, t, a.resolution_of(t));
    }
    out.push_str("</tbody></table></div>");
    out
}

/// One target: its row, then the clause it came from.
pub(crate) fn target(t: &Target) -> String {
    let mut out = format!("<table class=\"nghiquyet-target\"><thead>{HEAD}</thead><tbody>");
    row(&mut out, t, None);
    let _ = write!(
        out,
        "<tr><td colspan=\"7\"><small>{}</small></td></tr></tbody></table>",
        html_escape(&t.text)
    );
    out
}

fn row(out: &mut String, t: &Target, resolution: Option<&Resolution>) {
    let cell = |s: Option<&str>| s.map_or_else(|| "–".to_string(), html_escape);
    let resolution = resolution.map(|r| {
        let mut name = r.issuer.clone().unwrap_or_default();
        if let Some(n) = &r.number {
            name = format!("{name} {n}");
        }
        if let Some(c) = r.congress {
            name = format!("{name} (congress {})", nghiquyet_core::format_roman(c));
        }
        name.trim().to_string()
    });
    let _ = write!(
        out,
        "<tr title=\"{}\"><td style=\"text-align:right;white-space:nowrap\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        html_escape(&t.text),
        html_escape(&t.display_value()),
        cell(t.subject.as_deref()),
        cell(t.criterion.as_deref()),
        cell(t.baseline.as_deref()),
        t.deadline_year
            .map_or_else(|| "–".to_string(), |y| y.to_string()),
        t.term.map_or_else(|| "–".to_string(), |t| t.to_string()),
        cell(resolution.as_deref().filter(|s| !s.is_empty())),
    );
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
