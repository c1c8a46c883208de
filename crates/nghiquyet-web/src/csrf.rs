//! CSRF protection of the forms: a signed double-submit token. The page
//! sets a cookie and a hidden field to the same `NONCE.MAC` value; a POST
//! is accepted when both arrive, agree (compared in constant time) and the
//! MAC (HMAC-SHA-256 under the server's key) is right, so another site can
//! neither read nor forge them.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::token;

/// The cookie's name.
pub(crate) const COOKIE: &str = "nq_csrf";

/// A new token for a form.
pub(crate) fn issue(secret: &[u8; 32]) -> Option<String> {
    let nonce = token::random_token()?;
    Some(format!("{nonce}.{}", token::hex(&mac(secret, &nonce))))
}

/// Whether the form's field and the cookie carry the same valid token.
pub(crate) fn verify(secret: &[u8; 32], field: Option<&str>, cookie: Option<&str>) -> bool {
    let (Some(field), Some(cookie)) = (field, cookie) else {
        return false;
    };
    if !bool::from(field.as_bytes().ct_eq(cookie.as_bytes())) {
        return false;
    }
    let Some((nonce, sig)) = field.split_once('.') else {
        return false;
    };
    let Some(sig) = token::unhex(sig) else {
        return false;
    };
    let Ok(mut m) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    m.update(nonce.as_bytes());
    m.verify_slice(&sig).is_ok()
}

fn mac(secret: &[u8; 32], nonce: &str) -> Vec<u8> {
    match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mut m) => {
            m.update(nonce.as_bytes());
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// The `Set-Cookie` value for `token` (`Secure` over HTTPS).
pub(crate) fn cookie(token: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The value of cookie `name` in a `Cookie` header.
pub(crate) fn read_cookie<'a>(header: Option<&'a str>, name: &str) -> Option<&'a str> {
    header?.split(';').find_map(|kv| {
        let (k, v) = kv.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_signed_matching_pair_passes() {
        let key = [1u8; 32];
        let t = issue(&key).unwrap();
        assert!(verify(&key, Some(&t), Some(&t)));
        assert!(!verify(&key, Some(&t), None));
        assert!(!verify(&key, None, Some(&t)));
        let other = issue(&key).unwrap();
        assert!(!verify(&key, Some(&t), Some(&other)));
        assert!(!verify(&[2u8; 32], Some(&t), Some(&t)), "another key");
        let forged = format!("{}.{}", "a".repeat(32), "0".repeat(64));
        assert!(!verify(&key, Some(&forged), Some(&forged)));
        let header = format!("a=b; {COOKIE}={t}; c=d");
        assert_eq!(read_cookie(Some(&header), COOKIE), Some(t.as_str()));
    }
}
