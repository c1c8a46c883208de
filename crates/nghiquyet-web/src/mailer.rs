//! The mails of the front door: a confirmation link, or for an address
//! already subscribed a link to its preferences. Sent through the digest
//! service's transport (SMTP with timeouts, or an outbox).

use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use nghiquyet_digest::Transport;

use crate::Error;

/// Sends the front door's mails from one address through one transport.
#[derive(Clone, Debug)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

impl Mailer {
    /// A mailer sending as `from` through `transport`.
    ///
    /// ```
    /// let m = nghiquyet_web::Mailer::new(
    ///     "Bản tin <digest@example.vn>".parse()?,
    ///     nghiquyet_digest::Transport::stub(),
    /// );
    /// # let _ = m;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(from: Mailbox, transport: Transport) -> Self {
        Mailer { from, transport }
    }

    /// Sends one short message with a link, as text and HTML.
    pub(crate) async fn send_link(
        &self,
        to: &str,
        subject: &str,
        intro: &str,
        link: &str,
    ) -> Result<(), Error> {
        let to: Mailbox = to.parse().map_err(|e: lettre::address::AddressError| {
            nghiquyet_digest::Error::Address {
                address: to.to_string(),
                message: e.to_string(),
            }
        })?;
        let text = format!("{intro}\n\n{link}\n");
        let html = format!(
            "<!DOCTYPE html><html><body><p>{}</p><p><a href=\"{}\">{}</a></p></body></html>",
            escape(intro),
            escape(link),
            escape(link)
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| nghiquyet_digest::Error::Config(e.to_string()))?;
        let mut session = self.transport.session();
        let sent = session
            .send(message.envelope(), &message.formatted(), &[], async {
                true
            })
            .await;
        session.close().await;
        sent?;
        Ok(())
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
