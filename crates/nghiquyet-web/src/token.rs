//! Secrets in links and forms: 128 random bits from the operating system's
//! CSPRNG, in hex, compared in constant time.

use subtle::ConstantTimeEq;

/// 128 random bits in hex; `None` when the system has no randomness.
pub(crate) fn random_token() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(hex(&bytes))
}

/// Whether two tokens are equal, in time that does not depend on where
/// they differ.
pub(crate) fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// Whether a string looks like a token at all (refused before any lookup).
pub(crate) fn well_formed(t: &str) -> bool {
    (32..=128).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

pub(crate) fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}
