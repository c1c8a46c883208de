//! The lexicon (`src/extract/lexicon.rs`) is the only place in the crate's
//! code that holds Vietnamese words: a new phrasing is a new entry there,
//! never a literal in a rule. This test reads the sources and fails on any
//! string or char literal outside it, in code that is not a test or a
//! comment, that holds a Vietnamese letter or a folded Vietnamese word.

use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};

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

/// What one source file holds: its literals outside tests, doc comments and
/// attributes, with their lines, and the modules it declares as tests
/// (`#[cfg(test)] mod tests;`), whose files are tests too.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    literals: Vec<(usize, String)>,
    test_modules: Vec<String>,
}

/// Whether an item is only for tests: `#[cfg(test)]` or `#[test]`.
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test")
    })
}

impl<'ast> Visit<'ast> for Scan {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {
        // Doc comments and attributes hold prose and examples, not rules.
    }

    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs: &[syn::Attribute] = match item {
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            _ => &[],
        };
        if !is_test(attrs) {
            visit::visit_item(self, item);
        } else if let syn::Item::Mod(m) = item
            && m.content.is_none()
        {
            self.test_modules.push(m.ident.to_string());
        }
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if !is_test(&f.attrs) {
            visit::visit_impl_item_fn(self, f);
        }
    }

    fn visit_lit(&mut self, lit: &'ast syn::Lit) {
        let text = match lit {
            syn::Lit::Str(s) => s.value(),
            syn::Lit::Char(c) => c.value().to_string(),
            syn::Lit::ByteStr(b) => String::from_utf8_lossy(&b.value()).into_owned(),
            _ => return,
        };
        self.literals.push((lit.span().start().line, text));
    }

    /// A macro's arguments are tokens, not syntax: their literals are read
    /// one by one (`format!("{n} đồng")`, `matches!(w, "và" | "hoặc")`).
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        fn literals(tokens: proc_macro2::TokenStream, scan: &mut Scan) {
            for tree in tokens {
                match tree {
                    proc_macro2::TokenTree::Literal(l) => scan.visit_lit(&syn::Lit::new(l)),
                    proc_macro2::TokenTree::Group(g) => literals(g.stream(), scan),
                    _ => {}
                }
            }
        }
        literals(mac.tokens.clone(), self);
    }
}

/// Reads `src` as Rust (with `syn`) and collects what [`Scan`] holds.
fn scan(src: &str) -> Scan {
    let file = syn::parse_file(src).unwrap_or_else(|e| panic!("the source parses: {e}"));
    let mut out = Scan::default();
    out.visit_file(&file);
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
#[test]
fn g() { assert_eq!("một", "hai"); }
fn h() -> String { format!("{} đồng", 1) }
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
    assert_eq!(
        flagged,
        ["tăng", "đ", "giảm \"dần\"", "nhiem ky", "{} đồng"]
    );
    assert_eq!(s.test_modules, ["more"]);
    let sau = s.literals.iter().find(|(_, l)| l == "sau").map(|(n, _)| *n);
    assert_eq!(sau, Some(17), "line numbers count every line");
    assert!(!is_vietnamese("at_least") && !is_vietnamese("{kind}{}") && !is_vietnamese("VND"));
}
