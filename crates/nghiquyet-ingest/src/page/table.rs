//! A data table read as sentences. Portals often print a resolution's
//! targets as a table (indicator, unit, plan); cell by cell, the numbers
//! would stand apart from what they measure, so each row becomes one
//! paragraph, led by its column's header: "Kế hoạch 2026: Tốc độ tăng
//! trưởng GRDP 8,5 - 9%."
//!
//! The columns are told apart by shape alone, never by their headers'
//! words: a column of numbers holds values, the first column of text
//! names the indicator, a later one of short text gives the unit, and a
//! first column of short marks ("1", "II", "a)") only numbers the rows.

use scraper::ElementRef;

/// Longest cell of a column that only numbers the rows.
const INDEX_CHARS: usize = 5;
/// Longest cell of a unit column.
const UNIT_CHARS: usize = 20;

/// The rows of a data table as sentences, or `None` for a table that lays
/// out the page (or a photo) rather than holding figures.
pub(crate) fn rows(table: ElementRef<'_>) -> Option<Vec<String>> {
    let nested = table
        .descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "table");
    if nested {
        return None;
    }
    let grid: Vec<Vec<String>> = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
        .map(|tr| {
            tr.children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .map(|c| c.text().collect::<Vec<_>>().join(" "))
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect()
        })
        .filter(|cells: &Vec<String>| cells.iter().any(|c| !c.is_empty()))
        .collect();
    let (header, body) = grid.split_first()?;
    let width = header.len();
    let full: Vec<&Vec<String>> = body.iter().filter(|r| r.len() == width).collect();
    if width < 2 || full.is_empty() {
        return None;
    }
    let column = |j: usize| {
        full.iter()
            .map(move |r| r[j].as_str())
            .filter(|c| !c.is_empty())
    };
    let numeric: Vec<bool> = (0..width)
        .map(|j| {
            let (n, all) =
                column(j).fold((0, 0), |(n, all), c| (n + is_figure(c) as usize, all + 1));
            all > 0 && 2 * n >= all
        })
        .collect();
    let texts_from = |first: usize| (first..width).filter(|&j| !numeric[j]).collect::<Vec<_>>();
    let mut index = !numeric[0] && column(0).all(|c| c.chars().count() <= INDEX_CHARS)
        || numeric[0] && column(0).all(|c| c.chars().all(|ch| ch.is_ascii_digit() || ch == '.'));
    let mut texts = texts_from(usize::from(index));
    if texts.is_empty() && index && !numeric[0] {
        // Short names ("GRDP", "FDI") rather than row numbers.
        index = false;
        texts = texts_from(0);
    }
    let (&label, rest) = texts.split_first()?;
    let unit = rest
        .iter()
        .copied()
        .find(|&j| column(j).all(|c| c.chars().count() <= UNIT_CHARS));
    let values: Vec<usize> = (0..width)
        .filter(|&j| numeric[j] && !(index && j == 0))
        .collect();
    if values.is_empty() {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for row in body {
        if row.len() != width {
            // A row that spans the table: a heading of the rows below it.
            out.push(as_text(row));
            continue;
        }
        let (name, unit) = match unit.map(|j| row[j].as_str()).filter(|u| !u.is_empty()) {
            Some(u) => (row[label].as_str(), u),
            None => unit_in_name(&row[label]),
        };
        let mut sentence = String::new();
        for &j in &values {
            let value = row[j].as_str();
            if value.is_empty() {
                continue;
            }
            if !sentence.is_empty() {
                sentence.push(' ');
            }
            // The column's header leads, as a list's lead does, so that
            // it sets the figure's year and modality ("Kế hoạch 2026",
            // "Ước thực hiện 2025") and the indicator stays its subject.
            if header[j].is_empty() {
                sentence.push_str(name);
                sentence.push(':');
            } else {
                sentence.push_str(&header[j]);
                sentence.push_str(": ");
                sentence.push_str(name);
            }
            sentence.push(' ');
            sentence.push_str(value);
            if !unit.is_empty() && !value.ends_with(['%', '‰']) {
                if !unit.starts_with(['%', '‰']) {
                    sentence.push(' ');
                }
                sentence.push_str(unit);
            }
            sentence.push('.');
        }
        if sentence.is_empty() {
            sentence = as_text(row);
        }
        out.push(sentence);
    }
    Some(out.into_iter().filter(|s| !s.is_empty()).collect())
}

/// A row's cells as plain text, when it reads as no figure.
fn as_text(row: &[String]) -> String {
    let cells: Vec<&str> = row
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    cells.join(" ")
}

/// Whether a cell holds a figure: digits with their separators, a range,
/// a sign or a percent, and nothing else.
fn is_figure(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || ".,-–/%‰≥≤<>~+".contains(c))
}

/// An indicator that gives its unit in parentheses at its end ("Tốc độ
/// tăng trưởng (%)"): the name without it, and the unit.
fn unit_in_name(name: &str) -> (&str, &str) {
    name.strip_suffix(')')
        .and_then(|n| n.rsplit_once('('))
        .filter(|(_, u)| !u.trim().is_empty() && u.chars().count() <= UNIT_CHARS)
        .map_or((name, ""), |(n, u)| (n.trim_end(), u.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn read(html: &str) -> Option<Vec<String>> {
        let doc = Html::parse_fragment(html);
        let sel = Selector::parse("table").expect("a selector");
        let table = doc.select(&sel).next().expect("a table");
        rows(table)
    }

    #[test]
    fn indicator_unit_and_plan_make_a_sentence() {
        let rows = read(
            "<table><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Kế hoạch 2026</th></tr>\
             <tr><td>1</td><td>Tốc độ tăng trưởng GRDP</td><td>%</td><td>8,5 - 9</td></tr>\
             <tr><td colspan=4>II. Xã hội</td></tr>\
             <tr><td>2</td><td>GRDP bình quân đầu người</td><td>triệu đồng</td><td>95</td></tr></table>",
        );
        assert_eq!(
            rows.expect("a data table"),
            [
                "Kế hoạch 2026: Tốc độ tăng trưởng GRDP 8,5 - 9%.",
                "II. Xã hội",
                "Kế hoạch 2026: GRDP bình quân đầu người 95 triệu đồng.",
            ]
        );
    }

    #[test]
    fn a_unit_in_the_name_and_two_value_columns() {
        let rows = read(
            "<table><tr><td>Chỉ tiêu</td><td>Năm 2025</td><td>Năm 2030</td></tr>\
             <tr><td>Tỷ lệ che phủ rừng (%)</td><td>42</td><td>45</td></tr></table>",
        );
        assert_eq!(
            rows.expect("a data table"),
            ["Năm 2025: Tỷ lệ che phủ rừng 42%. Năm 2030: Tỷ lệ che phủ rừng 45%."]
        );
    }

    #[test]
    fn layout_tables_are_left_to_the_page() {
        // No column of figures.
        assert_eq!(
            read("<table><tr><td>Trang chủ</td><td>Tin tức</td></tr></table>"),
            None
        );
        assert_eq!(
            read(
                "<table><tr><td>Ảnh</td><td>Chú thích</td></tr><tr><td>A</td><td>B</td></tr></table>"
            ),
            None
        );
        // A table holding another one lays out the page.
        assert_eq!(
            read("<table><tr><td><table><tr><td>1</td></tr></table></td><td>2</td></tr></table>"),
            None
        );
    }

    #[test]
    fn figures() {
        for c in ["8,5 - 9", "12.500", "≥ 95%", "1,2"] {
            assert!(is_figure(c), "{c}");
        }
        for c in ["Tỷ lệ", "", "-", "2 xã"] {
            assert!(!is_figure(c), "{c}");
        }
    }
}
