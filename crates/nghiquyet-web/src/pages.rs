//! The pages: handlebars templates (the digest's engine, strict mode) with
//! their words in Vietnamese or English.

use handlebars::Handlebars;
use serde::Serialize;

use crate::Error;

/// The templates, compiled once.
pub(crate) struct Pages {
    hb: Handlebars<'static>,
}

const TEMPLATES: [(&str, &str); 9] = [
    ("head", include_str!("../templates/head.hbs")),
    ("foot", include_str!("../templates/foot.hbs")),
    ("fields", include_str!("../templates/fields.hbs")),
    ("subscribe", include_str!("../templates/subscribe.hbs")),
    ("preferences", include_str!("../templates/preferences.hbs")),
    ("message", include_str!("../templates/message.hbs")),
    ("unsubscribe", include_str!("../templates/unsubscribe.hbs")),
    ("archive", include_str!("../templates/archive.hbs")),
    ("entry", include_str!("../templates/entry.hbs")),
];

/// The style sheet every page links (no inline styles: the CSP forbids them).
pub(crate) const STYLE: &str = include_str!("../templates/style.css");

impl Pages {
    pub(crate) fn new() -> Result<Self, Error> {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(false);
        for (name, src) in TEMPLATES {
            hb.register_template_string(name, src)
                .map_err(|e| Error::Template {
                    name: name.to_string(),
                    message: e.to_string(),
                })?;
        }
        Ok(Pages { hb })
    }

    /// Renders page `name` with `data`, whose fields sit beside `lang`,
    /// `t` (the words) and `title`.
    pub(crate) fn render<T: Serialize>(
        &self,
        name: &str,
        lang: PageLang,
        title: &str,
        data: &T,
    ) -> Result<String, Error> {
        let mut value = serde_json::to_value(data).map_err(|e| Error::Template {
            name: name.to_string(),
            message: e.to_string(),
        })?;
        if let Some(map) = value.as_object_mut() {
            map.insert("lang".into(), lang.code().into());
            map.insert("title".into(), title.into());
            map.insert(
                "t".into(),
                serde_json::to_value(lang.words()).unwrap_or_default(),
            );
        }
        self.hb.render(name, &value).map_err(|e| Error::Template {
            name: name.to_string(),
            message: e.to_string(),
        })
    }
}

/// The language of a page: `?lang=en`, else Vietnamese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum PageLang {
    #[default]
    Vi,
    En,
}

impl PageLang {
    pub(crate) fn from_query(lang: Option<&str>) -> Self {
        match lang.map(str::trim) {
            Some(l) if l.eq_ignore_ascii_case("en") => PageLang::En,
            _ => PageLang::Vi,
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            PageLang::Vi => "vi",
            PageLang::En => "en",
        }
    }

    pub(crate) fn words(self) -> &'static Words {
        match self {
            PageLang::Vi => &VI,
            PageLang::En => &EN,
        }
    }
}

/// The words of the pages in one language.
#[derive(Debug, Serialize)]
pub(crate) struct Words {
    pub site: &'static str,
    pub feed: &'static str,
    pub archive: &'static str,
    pub footer: &'static str,
    pub subscribe_title: &'static str,
    pub intro: &'static str,
    pub email: &'static str,
    pub name: &'static str,
    pub schedule: &'static str,
    pub schedule_hint: &'static str,
    pub tz: &'static str,
    pub lang: &'static str,
    pub issuer: &'static str,
    pub keywords: &'static str,
    pub keywords_hint: &'static str,
    pub subscribe: &'static str,
    pub check_inbox_title: &'static str,
    pub check_inbox: &'static str,
    pub confirmed_title: &'static str,
    pub confirmed: &'static str,
    pub manage: &'static str,
    pub bad_link_title: &'static str,
    pub bad_link: &'static str,
    pub preferences_title: &'static str,
    pub preferences_for: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub unsubscribe_title: &'static str,
    pub unsubscribe_ask: &'static str,
    pub unsubscribe: &'static str,
    pub unsubscribed_title: &'static str,
    pub unsubscribed: &'static str,
    pub too_many_title: &'static str,
    pub too_many: &'static str,
    pub forbidden_title: &'static str,
    pub forbidden: &'static str,
    pub invalid_title: &'static str,
    pub filter: &'static str,
    pub date: &'static str,
    pub issuer_col: &'static str,
    pub article: &'static str,
    pub targets: &'static str,
    pub source: &'static str,
    pub empty: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub target: &'static str,
    pub value: &'static str,
    pub deadline: &'static str,
    pub no_targets: &'static str,
    pub not_found_title: &'static str,
    pub not_found: &'static str,
    pub mail_confirm_subject: &'static str,
    pub mail_confirm: &'static str,
    pub mail_known_subject: &'static str,
    pub mail_known: &'static str,
}

static VI: Words = Words {
    site: "Bản tin nghị quyết",
    feed: "Nghị quyết mới (Atom)",
    archive: "Lưu trữ",
    footer: "nghiquyet: các nghị quyết và chỉ tiêu, theo lịch của bạn.",
    subscribe_title: "Đăng ký bản tin nghị quyết",
    intro: "Nhận các nghị quyết và chỉ tiêu mới qua email, theo lịch bạn chọn. Chúng tôi sẽ gửi một liên kết xác nhận.",
    email: "Email",
    name: "Họ tên (không bắt buộc)",
    schedule: "Lịch gửi",
    schedule_hint: "daily (7 giờ hằng ngày), weekly (7 giờ thứ Hai), monthly (7 giờ ngày 1) hoặc một dòng crontab như \"0 7 * * 1\".",
    tz: "Múi giờ",
    lang: "Ngôn ngữ của bản tin",
    issuer: "Cơ quan ban hành (không bắt buộc)",
    keywords: "Từ khóa (không bắt buộc)",
    keywords_hint: "Cách nhau bằng dấu phẩy; chỉ nhận các bài có ít nhất một từ khóa.",
    subscribe: "Đăng ký",
    check_inbox_title: "Hãy kiểm tra hộp thư",
    check_inbox: "Nếu địa chỉ này có thể nhận bản tin, chúng tôi đã gửi tới đó một email. Hãy mở liên kết trong thư trong vòng 7 ngày.",
    confirmed_title: "Đã xác nhận",
    confirmed: "Cảm ơn bạn. Bản tin đầu tiên sẽ đến theo lịch bạn đã chọn.",
    manage: "Thay đổi lựa chọn",
    bad_link_title: "Liên kết không còn hiệu lực",
    bad_link: "Liên kết này đã được dùng hoặc đã hết hạn. Bạn có thể đăng ký lại.",
    preferences_title: "Lựa chọn của bạn",
    preferences_for: "Bản tin gửi tới",
    save: "Lưu",
    saved: "Đã lưu.",
    unsubscribe_title: "Hủy đăng ký",
    unsubscribe_ask: "Bạn muốn ngừng nhận bản tin tại",
    unsubscribe: "Hủy đăng ký",
    unsubscribed_title: "Đã hủy đăng ký",
    unsubscribed: "Bạn sẽ không nhận bản tin nữa.",
    too_many_title: "Quá nhiều yêu cầu",
    too_many: "Vui lòng thử lại sau.",
    forbidden_title: "Biểu mẫu đã hết hạn",
    forbidden: "Biểu mẫu này đã hết hạn hoặc không đến từ trang của chúng tôi. Hãy tải lại trang và gửi lại.",
    invalid_title: "Thông tin chưa hợp lệ",
    filter: "Lọc",
    date: "Ngày",
    issuer_col: "Cơ quan",
    article: "Bài viết",
    targets: "Chỉ tiêu",
    source: "Nguồn",
    empty: "Chưa có nghị quyết nào.",
    newer: "← Mới hơn",
    older: "Cũ hơn →",
    target: "Chỉ tiêu",
    value: "Mức",
    deadline: "Đến năm",
    no_targets: "Bài viết không nêu chỉ tiêu.",
    not_found_title: "Không tìm thấy",
    not_found: "Không có trang này.",
    mail_confirm_subject: "Xác nhận đăng ký bản tin nghị quyết",
    mail_confirm: "Để nhận bản tin nghị quyết, hãy mở liên kết sau trong vòng 7 ngày:",
    mail_known_subject: "Bản tin nghị quyết của bạn",
    mail_known: "Địa chỉ này đã đăng ký bản tin. Để thay đổi lựa chọn, hãy mở liên kết sau:",
};

static EN: Words = Words {
    site: "Resolution digest",
    feed: "New resolutions (Atom)",
    archive: "Archive",
    footer: "nghiquyet: resolutions and their targets, on your schedule.",
    subscribe_title: "Subscribe to the resolution digest",
    intro: "Get new resolutions and their targets by email, on the schedule you choose. We will send you a confirmation link.",
    email: "Email",
    name: "Name (optional)",
    schedule: "Schedule",
    schedule_hint: "daily (07:00 every day), weekly (07:00 on Mondays), monthly (07:00 on the 1st) or a crontab line such as \"0 7 * * 1\".",
    tz: "Time zone",
    lang: "Language of the digest",
    issuer: "Issuer (optional)",
    keywords: "Keywords (optional)",
    keywords_hint: "Separated by commas; only articles with at least one of them.",
    subscribe: "Subscribe",
    check_inbox_title: "Check your inbox",
    check_inbox: "If this address can receive the digest, we have sent it an email. Open the link in it within 7 days.",
    confirmed_title: "Confirmed",
    confirmed: "Thank you. Your first digest comes on the schedule you chose.",
    manage: "Change your preferences",
    bad_link_title: "This link no longer works",
    bad_link: "The link was used already or has expired. You may subscribe again.",
    preferences_title: "Your preferences",
    preferences_for: "The digest goes to",
    save: "Save",
    saved: "Saved.",
    unsubscribe_title: "Unsubscribe",
    unsubscribe_ask: "Stop the digest sent to",
    unsubscribe: "Unsubscribe",
    unsubscribed_title: "Unsubscribed",
    unsubscribed: "You will get no more digests.",
    too_many_title: "Too many requests",
    too_many: "Please try again later.",
    forbidden_title: "This form has expired",
    forbidden: "The form expired or did not come from our site. Reload the page and send it again.",
    invalid_title: "Please check the form",
    filter: "Filter",
    date: "Date",
    issuer_col: "Issuer",
    article: "Article",
    targets: "Targets",
    source: "Source",
    empty: "No resolutions yet.",
    newer: "← Newer",
    older: "Older →",
    target: "Target",
    value: "Value",
    deadline: "By",
    no_targets: "The article states no targets.",
    not_found_title: "Not found",
    not_found: "There is no such page.",
    mail_confirm_subject: "Confirm your resolution digest subscription",
    mail_confirm: "To receive the resolution digest, open this link within 7 days:",
    mail_known_subject: "Your resolution digest",
    mail_known: "This address is subscribed already. To change your preferences, open this link:",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_renders_in_both_languages() {
        let pages = Pages::new().unwrap();
        for lang in [PageLang::Vi, PageLang::En] {
            for name in [
                "subscribe",
                "preferences",
                "message",
                "unsubscribe",
                "archive",
                "entry",
            ] {
                let html = pages
                    .render(
                        name,
                        lang,
                        "T",
                        &serde_json::json!({"token": "x", "form": {}}),
                    )
                    .unwrap();
                assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
                assert!(!html.contains("<script"), "{name}");
                assert!(
                    !html.contains("style="),
                    "{name}: inline styles break the CSP"
                );
            }
        }
    }
}
