//! An application using `nghiquyet-core`: read an article and print its
//! resolutions and a table of its targets.
//!
//! ```text
//! cargo run -p nghiquyet-core --example read_article -- path/to/article.txt
//! cargo run -p nghiquyet-core --example read_article     # a built-in sample
//! ```

use nghiquyet_core::{Article, parse_article_bytes};

const SAMPLE: &str = "Đảng bộ xã Tân Phú:\n\
Đại hội Đảng bộ xã lần thứ XII thành công tốt đẹp\n\
Cập nhật: Thứ Sáu 24/07/2020 - 15:30\n\
Nghị quyết Đại hội Đảng bộ xã Tân Phú lần thứ XII, nhiệm kỳ 2020-2025 đề ra mục tiêu: \
thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1%/năm; \
hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ.\n\
Lê Hoa\n";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let article = match std::env::args_os().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path)?;
            parse_article_bytes(&bytes).map_err(|e| format!("{}: {e}", path.to_string_lossy()))?
        }
        None => parse_article_bytes(SAMPLE.as_bytes())?,
    };
    print_article(&article);
    Ok(())
}

fn print_article(article: &Article) {
    println!("{}", article.title.as_deref().unwrap_or("(no title)"));
    if let Some(published) = article.published {
        println!("published {}", published.to_rfc3339());
    }
    for r in &article.resolutions {
        let term = r.term.map(|t| t.to_string()).unwrap_or_else(|| "?".into());
        let congress = r
            .congress
            .map(|c| format!(" congress {c}"))
            .unwrap_or_default();
        println!(
            "resolution: {}{congress}, term {term}",
            r.issuer.as_deref().unwrap_or("?")
        );
    }
    println!("{:<16} {:<45} criterion", "value", "subject");
    for t in &article.targets {
        println!(
            "{:<16} {:<45} {}",
            t.display_value(),
            t.subject.as_deref().unwrap_or("-"),
            t.criterion.as_deref().unwrap_or("-")
        );
    }
}
