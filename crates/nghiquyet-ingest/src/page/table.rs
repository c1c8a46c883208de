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
    let laid = lay_out(table);
    let heads = laid.iter().take_while(|r| r.head).count().max(1);
    let header = column_names(&laid[..heads.min(laid.len())])?;
    let body = &laid[heads.min(laid.len())..];
    let width = header.len();
    let full: Vec<&Vec<String>> = body
        .iter()
        .filter(|r| !r.spanning && r.cells.len() == width)
        .map(|r| &r.cells)
        .collect();
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
    for laid in body {
        let row = &laid.cells;
        if laid.spanning || row.len() != width {
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
            // The unit goes after the figure, before any words that
            // follow it ("Giảm 1 trở lên": "Giảm 1% trở lên").
            let figure_end = value
                .rfind(|c: char| c.is_ascii_digit())
                .map_or(value.len(), |p| p + 1);
            let (figure, after) = value.split_at(figure_end);
            sentence.push_str(figure);
            if !unit.is_empty() && !after.starts_with(['%', '‰']) {
                if !unit.starts_with(['%', '‰']) {
                    sentence.push(' ');
                }
                sentence.push_str(unit);
            }
            sentence.push_str(after);
            sentence.push('.');
        }
        if sentence.is_empty() {
            sentence = as_text(row);
        }
        out.push(sentence);
    }
    Some(out.into_iter().filter(|s| !s.is_empty()).collect())
}

/// The most columns or rows one cell may span: more is a broken page.
const MAX_SPAN: usize = 64;
/// The most columns a row is laid out on.
const MAX_COLUMNS: usize = 64;
/// The longest text a spanning cell repeats in each column or row it
/// covers: a header's or a unit's, never a page's worth.
const MAX_REPEATED_CHARS: usize = 200;
/// The most cells a table is laid out on: a larger one is read as the
/// page's text, not as rows of figures, so that a hostile page's spans
/// cannot multiply its size.
const MAX_CELLS: usize = 100_000;

/// A row of the table with a cell for each column it covers.
struct LaidRow {
    cells: Vec<String>,
    /// A row of column headers: in `<thead>`, or all `<th>`.
    head: bool,
    /// One cell across several columns: a heading of the rows below it.
    spanning: bool,
}

/// The table's rows on its grid of columns. A cell that spans rows stands
/// in each of them, as does a header cell that spans columns ("Năm 2025"
/// over "Kế hoạch" and "Ước thực hiện"); a figure that spans columns
/// stands once.
fn lay_out(table: ElementRef<'_>) -> Vec<LaidRow> {
    // Per column, a cell from a row above that still spans down: how many
    // rows it has left, and its text.
    let mut above: Vec<(usize, String)> = Vec::new();
    let mut out = Vec::new();
    let mut laid_cells = 0usize;
    let rows = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr");
    for tr in rows {
        let in_thead = tr
            .parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|p| p.value().name() == "thead");
        let cells: Vec<ElementRef<'_>> = tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .collect();
        let head = in_thead || !cells.is_empty() && cells.iter().all(|c| c.value().name() == "th");
        let span = |c: &ElementRef<'_>, name: &str| {
            c.value()
                .attr(name)
                .and_then(|v| v.trim().parse::<usize>().ok())
                .map_or(1, |n| n.clamp(1, MAX_SPAN))
        };
        let spanning = cells.len() == 1 && span(&cells[0], "colspan") > 1;
        let mut row: Vec<String> = Vec::new();
        let mut real = cells.iter();
        while row.len() < MAX_COLUMNS {
            let col = row.len();
            if let Some((left, text)) = above.get_mut(col).filter(|(left, _)| *left > 0) {
                *left -= 1;
                row.push(text.clone());
                continue;
            }
            let Some(cell) = real.next() else { break };
            let text = cell.text().collect::<Vec<_>>().join(" ");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let repeat = text.chars().count() <= MAX_REPEATED_CHARS;
            let down = if repeat { span(cell, "rowspan") - 1 } else { 0 };
            for k in 0..span(cell, "colspan").min(MAX_COLUMNS - row.len()) {
                let here = if k == 0 || head && repeat {
                    text.clone()
                } else {
                    String::new()
                };
                let col = row.len();
                if above.len() <= col {
                    above.resize(col + 1, (0, String::new()));
                }
                above[col] = (down, here.clone());
                row.push(here);
            }
        }
        laid_cells += row.len();
        if laid_cells > MAX_CELLS {
            return Vec::new();
        }
        if row.iter().any(|c| !c.is_empty()) {
            out.push(LaidRow {
                cells: row,
                head,
                spanning,
            });
        }
    }
    out
}

/// Each column's name from the header rows: the names stacked over it,
/// the narrower first when the wider one holds the year ("Kế hoạch" under
/// "Năm 2025" is "Kế hoạch Năm 2025"), as a lead names a plan's year.
fn column_names(heads: &[LaidRow]) -> Option<Vec<String>> {
    let width = heads.iter().map(|r| r.cells.len()).max()?;
    let names = (0..width)
        .map(|j| {
            let mut stack: Vec<&str> = Vec::new();
            for r in heads {
                let name = r.cells.get(j).map_or("", String::as_str);
                if !name.is_empty() && !stack.contains(&name) {
                    stack.push(name);
                }
            }
            let dated = |n: &str| n.chars().any(|c| c.is_ascii_digit());
            if let [wide, narrow] = stack[..]
                && dated(wide)
                && !dated(narrow)
            {
                let mut chars = wide.chars();
                let wide: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_lowercase)
                    .chain(chars)
                    .collect();
                return format!("{narrow} {wide}");
            }
            stack.join(" ")
        })
        .collect();
    Some(names)
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
    fn two_header_rows_and_cells_that_span() {
        let rows = read(
            "<table><thead><tr><th rowspan=2>TT</th><th rowspan=2>Chỉ tiêu</th><th rowspan=2>Đơn vị</th>\
             <th colspan=2>Năm 2025</th><th rowspan=2>Kế hoạch 2026</th></tr>\
             <tr><th>Kế hoạch</th><th>Ước thực hiện</th></tr></thead>\
             <tr><td colspan=6>I. Kinh tế</td></tr>\
             <tr><td>1</td><td>Thu ngân sách</td><td rowspan=2>tỷ đồng</td><td>900</td><td>950</td><td>1.000</td></tr>\
             <tr><td>2</td><td>Vốn đầu tư</td><td>5.000</td><td>5.200</td><td>Tăng 10 trở lên</td></tr>\
             </table>",
        );
        assert_eq!(
            rows.expect("a data table"),
            [
                "I. Kinh tế",
                "Kế hoạch năm 2025: Thu ngân sách 900 tỷ đồng. \
                 Ước thực hiện năm 2025: Thu ngân sách 950 tỷ đồng. \
                 Kế hoạch 2026: Thu ngân sách 1.000 tỷ đồng.",
                "Kế hoạch năm 2025: Vốn đầu tư 5.000 tỷ đồng. \
                 Ước thực hiện năm 2025: Vốn đầu tư 5.200 tỷ đồng. \
                 Kế hoạch 2026: Vốn đầu tư Tăng 10 tỷ đồng trở lên.",
            ]
        );
    }

    #[test]
    fn spans_cannot_multiply_a_page() {
        // A long header spanning many columns is not repeated in each, nor
        // a long cell down many rows; a row has at most MAX_COLUMNS cells.
        let long = "x".repeat(10_000);
        let table = format!(
            "<table><tr><th colspan=64>{long}</th><th colspan=64>B</th></tr>\
             <tr><td rowspan=64>{long}</td><td>1</td></tr><tr><td>2</td></tr></table>"
        );
        let doc = Html::parse_fragment(&table);
        let sel = Selector::parse("table").expect("a selector");
        let laid = lay_out(doc.select(&sel).next().expect("a table"));
        let chars: usize = laid
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.chars().count())
            .sum();
        assert!(chars <= 3 * long.len(), "{chars}");
        assert!(laid.iter().all(|r| r.cells.len() <= MAX_COLUMNS));
        // Too many cells: read as the page's text.
        let rows = "<tr><td>a</td><td>1</td></tr>".repeat(MAX_CELLS / 2 + 1);
        assert_eq!(read(&format!("<table>{rows}</table>")), None);
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
