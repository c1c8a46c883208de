//! Vietnamese numbers: decimal comma, dot thousands, Roman numerals.

/// Reads a number written the Vietnamese way: a comma is the decimal mark
/// and a dot groups thousands ("45.799" is 45799, "6,5" is 6.5,
/// "1.809,5" is 1809.5). Leading zeros are allowed ("05" is 5).
///
/// Returns `None` when `s` is not such a number.
///
/// ```
/// use nghiquyet_core::parse_number;
///
/// assert_eq!(parse_number("45.799"), Some(45799.0));
/// assert_eq!(parse_number("6,5"), Some(6.5));
/// assert_eq!(parse_number("1.809,5"), Some(1809.5));
/// assert_eq!(parse_number("7"), Some(7.0));
/// assert_eq!(parse_number("1,2,3"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int_part, frac_part) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut digits = String::with_capacity(s.len());
    let groups: Vec<&str> = int_part.split('.').collect();
    if groups.len() > 1 {
        // Thousands groups: the first 1-3 digits, then exactly 3 each.
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    for g in &groups {
        if g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(g);
    }
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    digits.parse().ok()
}

/// Reads a Roman numeral ("XIV" is 14), upper or lower case, from 1 to 3999.
///
/// ```
/// use nghiquyet_core::parse_roman;
///
/// assert_eq!(parse_roman("XIV"), Some(14));
/// assert_eq!(parse_roman("xx"), Some(20));
/// assert_eq!(parse_roman("IIII"), None);
/// assert_eq!(parse_roman("Khối"), None);
/// ```
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let vals: Option<Vec<u32>> = s.chars().map(value).collect();
    let vals = vals?;
    let mut total = 0;
    for (i, v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|next| next > v) {
            total -= *v as i64;
        } else {
            total += *v as i64;
        }
    }
    let total = u32::try_from(total)
        .ok()
        .filter(|t| (1..4000).contains(t))?;
    // Only the canonical spelling counts, so "IIII" or "VX" are not numerals.
    (to_roman(total).eq_ignore_ascii_case(s)).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Formats a number the Vietnamese way: "36.875", "6,5", "1.809,5".
pub(crate) fn format_vi(v: f64) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let rounded = (v * 1000.0).round() / 1000.0;
    let int = rounded.trunc() as u64;
    let frac = rounded - int as f64;
    let int_s = int.to_string();
    let mut grouped = String::new();
    for (i, c) in int_s.chars().enumerate() {
        if i > 0 && (int_s.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.3}");
        let f = f
            .trim_start_matches('0')
            .trim_start_matches('.')
            .trim_end_matches('0');
        if !f.is_empty() {
            grouped.push(',');
            grouped.push_str(f);
        }
    }
    if neg { format!("-{grouped}") } else { grouped }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_notation() {
        assert_eq!(parse_number("05"), Some(5.0));
        assert_eq!(parse_number("20.000"), Some(20000.0));
        assert_eq!(parse_number("0,5"), Some(0.5));
        assert_eq!(parse_number("1.2"), None);
        assert_eq!(parse_number(",5"), None);
        assert_eq!(parse_number("5,"), None);
    }

    #[test]
    fn formats_back() {
        assert_eq!(format_vi(36875.0), "36.875");
        assert_eq!(format_vi(6.5), "6,5");
        assert_eq!(format_vi(1809.5), "1.809,5");
        assert_eq!(format_vi(95.0), "95");
        assert_eq!(format_vi(14.22), "14,22");
    }

    #[test]
    fn roman_round_trip() {
        for n in 1..200 {
            assert_eq!(parse_roman(&to_roman(n)), Some(n));
        }
    }
}
