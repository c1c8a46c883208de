//! Bytes to text in the charset a page declares: byte-order mark, then the
//! HTTP header, then `<meta charset>`, else UTF-8 or, failing that,
//! Windows-1258 (what browsers assume for Vietnamese pages). Bytes that
//! all read as UTF-8, some beyond ASCII, are UTF-8 whatever is declared.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1258};
use scraper::{Html, Selector};

use crate::{Error, ErrorKind};

/// How far into the page a `<meta charset>` is looked for (browsers look
/// at the first 1024 bytes; some portals put it later).
const PRESCAN: usize = 4096;

/// Decodes a page: `content_type` is the HTTP header, when there is one.
///
/// The text is in the charset's own form: Windows-1258 gives combining tone
/// marks, which [`nghiquyet_core::normalize`] turns into NFC later.
///
/// ```
/// use nghiquyet_ingest::decode_html;
///
/// // "Việt" in Windows-1258: "Vi", ê (0xEA), a combining dot below (0xF2), "t".
/// let page = b"<meta charset=windows-1258><p>Vi\xea\xf2t</p>";
/// let (text, charset) = decode_html(page, None)?;
/// assert_eq!(charset, "windows-1258");
/// assert!(nghiquyet_core::normalize(&text).contains("Việt"));
/// assert!(decode_html(b"<meta charset=x-klingon><p>a</p>", None).is_err());
/// assert!(decode_html(b"\x89PNG\r\n\x1a\n\x00\x00", None).is_err());
/// # Ok::<(), nghiquyet_ingest::Error>(())
/// ```
pub fn decode_html(
    bytes: &[u8],
    content_type: Option<&str>,
) -> Result<(String, &'static str), Error> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return decode_strict(&bytes[bom..], encoding, true);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::new(ErrorKind::Binary(at)));
    }
    let declared = content_type
        .and_then(charset_param)
        .or_else(|| meta_charset(bytes));
    match declared {
        Some(label) => {
            let encoding = Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| Error::new(ErrorKind::UnknownCharset(label.clone())))?;
            // A page cannot be UTF-16 once it has been read as ASCII (the HTML rule).
            let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding
            };
            // Pages made from a template often declare Latin-1 and hold
            // UTF-8. Bytes beyond ASCII that all read as UTF-8 are UTF-8:
            // Vietnamese in a legacy charset (a letter byte, then a letter
            // or a tone byte) never does.
            if encoding != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
                return decode_strict(bytes, UTF_8, false);
            }
            decode_strict(bytes, encoding, true)
        }
        // Undeclared: UTF-8 only if every byte is.
        None => {
            decode_strict(bytes, UTF_8, false).or_else(|_| decode_strict(bytes, WINDOWS_1258, true))
        }
    }
}

/// Decodes with replacement; refuses text where malformed sequences are
/// more than a stray byte or two (one in a thousand characters), or, when
/// not `tolerant`, any.
fn decode_strict(
    bytes: &[u8],
    encoding: &'static Encoding,
    tolerant: bool,
) -> Result<(String, &'static str), Error> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let errors = text.chars().filter(|&c| c == '\u{fffd}').count();
        if !tolerant || (errors > 2 && errors * 1000 > text.chars().count()) {
            return Err(Error::new(ErrorKind::Undecodable {
                charset: encoding.name(),
                errors,
            }));
        }
    }
    Ok((text.into_owned(), name(encoding)))
}

fn name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "utf-8",
        "windows-1258" => "windows-1258",
        other => other,
    }
}

/// The `charset` parameter of a Content-Type header value.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The charset a page's `<meta>` declares: the head is ASCII, so read the
/// first bytes as Windows-1252 and let the HTML parser find the tag.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(head);
    let doc = Html::parse_document(&text);
    let meta = Selector::parse("meta").ok()?;
    doc.select(&meta).find_map(|m| {
        let el = m.value();
        if let Some(cs) = el.attr("charset") {
            return Some(cs.trim().to_string()).filter(|c| !c.is_empty());
        }
        let is_content_type = el
            .attr("http-equiv")
            .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-type"));
        if is_content_type {
            return el.attr("content").and_then(charset_param);
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_wins_over_meta_and_bom_over_both() {
        let page = "<meta charset=windows-1258><p>Việt</p>".as_bytes();
        let (text, cs) = decode_html(page, Some("text/html; charset=UTF-8")).unwrap();
        assert_eq!(cs, "utf-8");
        assert!(text.contains("Việt"));
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(page);
        assert_eq!(
            decode_html(&bom, Some("text/html; charset=iso-8859-1"))
                .unwrap()
                .1,
            "utf-8"
        );
    }

    #[test]
    fn http_equiv_and_undeclared() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"><p>Vi\xea\xf2t</p>";
        assert_eq!(decode_html(page, None).unwrap().1, "windows-1258");
        // Undeclared and not UTF-8: read as Windows-1258.
        assert_eq!(
            decode_html(b"<p>Vi\xea\xf2t Nam</p>", None).unwrap().1,
            "windows-1258"
        );
        assert_eq!(
            decode_html("<p>Việt</p>".as_bytes(), None).unwrap().1,
            "utf-8"
        );
    }

    #[test]
    fn utf8_declared_as_latin1_is_utf8() {
        let page = "<meta charset=iso-8859-1><p>Huyện Đông Lâm đặt mục tiêu</p>".as_bytes();
        let (text, cs) = decode_html(page, None).unwrap();
        assert_eq!(cs, "utf-8");
        assert!(text.contains("Huyện Đông Lâm"), "{text}");
        let (_, cs) = decode_html(page, Some("text/html; charset=windows-1252")).unwrap();
        assert_eq!(cs, "utf-8");
        // Windows-1258 as declared stays so; ASCII is ASCII in either.
        let legacy = b"<meta charset=windows-1258><p>Vi\xea\xf2t Nam</p>";
        assert_eq!(decode_html(legacy, None).unwrap().1, "windows-1258");
        let ascii = b"<meta charset=iso-8859-1><p>Viet Nam</p>";
        assert_eq!(decode_html(ascii, None).unwrap().1, "windows-1252");
    }

    #[test]
    fn declared_utf8_that_is_not() {
        let page: Vec<u8> = b"<meta charset=utf-8><p>"
            .iter()
            .copied()
            .chain(std::iter::repeat_n(0xe0u8, 200))
            .collect();
        let err = decode_html(&page, None).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Undecodable { .. }), "{err}");
    }
}
