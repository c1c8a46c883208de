//! The lexicon (`src/extract/lexicon.rs`) is the only place in the crate's
//! code that holds Vietnamese words: a new phrasing is a new entry there,
//! never a literal in a rule. This test reads the sources and fails on any
//! string or char literal outside it, in code that is not a test or a
//! comment, that holds a Vietnamese letter or a folded Vietnamese word.

use std::path::{Path, PathBuf};

/// The file allowed to hold Vietnamese words.
const LEXICON: &str = "src/extract/lexicon.rs";

/// Folded (markless) Vietnamese words that are not also English or Rust
/// words: the letters with marks are the dependable signal, these catch
/// the folded forms the date and resolution readers use.
const FOLDED_WORDS: &[&str] = &[
    "nghi", "quyet", "nhiem", "ngay", "thang", "nam", "mong", "mung", "gieng", "chap", "chieu",
    "huyen", "tinh", "uy", "hdnd", "ubnd", "xuat", "giai", "doan", "thoi", "luot", "truy", "kien",
    "muoi", "trieu", "nghin", "ngan", "phay", "dong", "khoa", "hoi", "nhat", "dang",
];

/// Whether `c` is a letter of the Vietnamese alphabet outside ASCII (or
/// another Latin letter with a mark, which no rule should hold either).
fn is_marked_letter(c: char) -> bool {
    matches!(c as u32, 0xc0..=0x24f | 0x1e00..=0x1eff) && c.is_alphabetic()
}

fn is_vietnamese(literal: &str) -> bool {
    literal.chars().any(is_marked_letter)
        || literal
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| FOLDED_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// What one source file holds: its literals outside tests and comments,
/// with their lines, and the modules it declares as tests (`#[cfg(test)]
/// mod tests;`), whose files are tests too.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    literals: Vec<(usize, String)>,
    test_modules: Vec<String>,
}

/// Reads `src` as Rust tokens far enough to tell comments, strings, chars
/// and lifetimes apart, and skips the item after each `#[cfg(test)]`.
fn scan(src: &str) -> Scan {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Scan::default();
    let mut line = 1;
    let mut i = 0;
    // Inside an item under `#[cfg(test)]`: the brace depth it opened, and
    // the words it began with (to see `mod name;`).
    let mut pending_test = false;
    let mut test_depth: Option<usize> = None;
    let mut test_words: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        let skipping = test_depth.is_some() || pending_test;
        // Comments, doc comments included.
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && at(i + 1) == '*' {
            let mut nest = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    nest += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    nest -= 1;
                    i += 2;
                    if nest == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
            continue;
        }
        // Identifiers, and the raw strings their prefixes open.
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if matches!(word.as_str(), "r" | "br" | "cr") && matches!(at(i), '#' | '"') {
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                if at(i) == '"' {
                    let body_start = i + 1;
                    let mut k = body_start;
                    while k < chars.len()
                        && !(chars[k] == '"' && (1..=hashes).all(|h| at(k + h) == '#'))
                    {
                        k += 1;
                    }
                    let body: String = chars[body_start..k.min(chars.len())].iter().collect();
                    if !skipping {
                        out.literals.push((line, body.clone()));
                    }
                    line += body.matches('\n').count();
                    i = k + 1 + hashes;
                }
                continue;
            }
            if pending_test && test_depth.is_none() {
                test_words.push(word);
            }
            continue;
        }
        match c {
            '\n' => line += 1,
            '"' => {
                let mut k = i + 1;
                let mut body = String::new();
                while k < chars.len() && chars[k] != '"' {
                    if chars[k] == '\\' {
                        body.push(chars[k]);
                        k += 1;
                    }
                    if let Some(&ch) = chars.get(k) {
                        body.push(ch);
                    }
                    k += 1;
                }
                if !skipping {
                    out.literals.push((line, body.clone()));
                }
                line += body.matches('\n').count();
                i = k + 1;
                continue;
            }
            '\'' => {
                // A char literal ('x', '\n', '\u{301}'), or a lifetime ('a).
                let end = if at(i + 1) == '\\' {
                    (i + 3..chars.len()).find(|&k| chars[k] == '\'')
                } else if at(i + 2) == '\'' {
                    Some(i + 2)
                } else {
                    None
                };
                if let Some(end) = end {
                    if !skipping {
                        out.literals
                            .push((line, chars[i + 1..end].iter().collect()));
                    }
                    i = end + 1;
                    continue;
                }
            }
            // Other attributes are read on as code: their strings count.
            '#' if at(i + 1) == '[' => {
                let close = (i..chars.len()).find(|&k| chars[k] == ']');
                let attr: String = chars[i..close.unwrap_or(i)]
                    .iter()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                if let Some(close) = close
                    && attr == "#[cfg(test)"
                    && test_depth.is_none()
                {
                    pending_test = true;
                    test_words.clear();
                    i = close + 1;
                    continue;
                }
            }
            '{' => {
                if pending_test && test_depth.is_none() {
                    test_depth = Some(depth);
                    pending_test = false;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if test_depth == Some(depth) {
                    test_depth = None;
                }
            }
            ';' if pending_test && test_depth.is_none() => {
                if let [.., m, name] = test_words.as_slice()
                    && m == "mod"
                {
                    out.test_modules.push(name.clone());
                }
                pending_test = false;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The folder a file's child modules live in: `a/mod.rs` and `lib.rs` hold
/// theirs beside them, `a/b.rs` in `a/b/`.
fn module_dir(file: &Path) -> PathBuf {
    let parent = file.parent().unwrap_or(Path::new(""));
    match file.file_stem().and_then(|s| s.to_str()) {
        Some("mod" | "lib" | "main") | None => parent.to_path_buf(),
        Some(stem) => parent.join(stem),
    }
}

#[test]
fn vietnamese_words_live_only_in_the_lexicon() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    assert!(files.len() > 10, "the sources are where this test looks");
    let scans: Vec<(PathBuf, Scan)> = files
        .into_iter()
        .map(|f| {
            let src = std::fs::read_to_string(&f).unwrap();
            let s = scan(&src);
            (f, s)
        })
        .collect();
    let tests: Vec<PathBuf> = scans
        .iter()
        .flat_map(|(f, s)| {
            let dir = module_dir(f);
            s.test_modules
                .iter()
                .flat_map(move |m| [dir.join(format!("{m}.rs")), dir.join(m).join("mod.rs")])
        })
        .collect();
    let mut found = Vec::new();
    for (file, s) in &scans {
        if file.ends_with(LEXICON) || tests.contains(file) {
            continue;
        }
        for (line, literal) in &s.literals {
            if is_vietnamese(literal) {
                let name = file.strip_prefix(root).unwrap_or(file).display();
                found.push(format!("{name}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Vietnamese words outside {LEXICON} (move them into a named list there):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_code_and_skips_comments_and_tests() {
    let src = r##"
//! "Nghị quyết" in a doc comment.
/* "tỷ lệ" in /* a nested */ block */
fn read<'a>(w: &'a str) -> bool {
    let dash = '-';
    w == "tăng" || w.starts_with('đ') || w == r#"giảm "dần""# || w == "nhiem ky" || dash == '\''
}
#[cfg(test)]
mod tests {
    fn f() { let _ = "phấn đấu"; let _ = '{'; }
}
#[cfg(test)]
mod more;
const AFTER: &str = "sau";
"##;
    let s = scan(src);
    let flagged: Vec<&str> = s
        .literals
        .iter()
        .filter(|(_, l)| is_vietnamese(l))
        .map(|(_, l)| l.as_str())
        .collect();
    assert_eq!(flagged, ["tăng", "đ", "giảm \"dần\"", "nhiem ky"]);
    assert_eq!(s.test_modules, ["more"]);
    let sau = s.literals.iter().find(|(_, l)| l == "sau").map(|(n, _)| *n);
    assert_eq!(sau, Some(14), "line numbers count every line");
    assert!(!is_vietnamese("at_least") && !is_vietnamese("{kind}{}") && !is_vietnamese("VND"));
}
