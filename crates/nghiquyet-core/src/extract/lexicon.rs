//! The word lists the grammar reads with. One place per phrasing: a new
//! phrasing is a new entry here, not a new branch in the grammar.

use super::token::{Kind, Tok};

/// Scale words that stay in the unit ("1,6 triệu lao động").
pub(crate) static SCALES: &[&str] = &["nghìn tỷ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"];

/// The one currency table: currencies as written (lower case, longest
/// first) and their ISO codes. The money reader reads all of them; the
/// target reader the forms in [`CURRENCY_NAMES`].
pub(crate) const CURRENCIES: &[(&str, &str)] = &[
    ("đô la mỹ", "USD"),
    ("đô mỹ", "USD"),
    ("đô la", "USD"),
    ("ơ rô", "EUR"),
    ("bảng anh", "GBP"),
    ("yên nhật", "JPY"),
    ("vn$", "VND"),
    ("rs.", "INR"),
    ("đô", "USD"),
    ("usd", "USD"),
    ("$", "USD"),
    ("xen", "cent"),
    ("xu", "cent"),
    ("cent", "cent"),
    ("cents", "cent"),
    ("đồng", "VND"),
    ("vnd", "VND"),
    ("vnđ", "VND"),
    ("₫", "VND"),
    (". đ", "VND"),
    ("đ", "VND"),
    ("€", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("rs", "INR"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("inr", "INR"),
    ("₹", "INR"),
    ("£", "GBP"),
    ("pounds", "GBP"),
    ("gbp", "GBP"),
    ("aed", "AED"),
    ("dirham", "AED"),
    ("won", "KRW"),
    ("uôn", "KRW"),
    ("₩", "KRW"),
    ("ringgit", "MYR"),
    ("rm", "MYR"),
    ("yên", "JPY"),
    ("¥", "JPY"),
];

/// The printed currencies a target's unit may hold: forms that are not
/// also common words ("đô thị", "xu hướng").
pub(crate) static CURRENCY_NAMES: &[&str] = &[
    "đô la mỹ",
    "đô la",
    "usd",
    "vnd",
    "vnđ",
    "đồng",
    ". đ",
    "đ",
    "euro",
];

/// The code of a money unit printed without a currency ("tỷ.đ" aside).
pub(crate) const CURRENCIES_DEFAULT: &str = "VND";

/// A target's unit for a currency code: the đồng by its Vietnamese name
/// ("tỷ đồng"), others by code ("tỷ USD").
pub(crate) fn money_unit(code: &str) -> &str {
    if code == "VND" { "đồng" } else { code }
}

/// The code of a printed currency.
pub(crate) fn currency_code(printed: &str) -> Option<&'static str> {
    CURRENCIES.iter().find(|c| c.0 == printed).map(|c| c.1)
}

/// Words after "đồng" that make a noun, not the currency ("đồng chí").
pub(crate) static DONG_COMPOUNDS: &[&str] = &[
    "chí", "bào", "hành", "thuận", "tình", "ý", "bộ", "đội", "hồ", "ruộng", "bằng", "thời",
    "nghiệp",
];

/// Units of measure, kept as printed (lower case).
pub(crate) static MEASURES: &[&str] = &[
    "lần", "ha", "m2", "m3", "km2", "km", "tấn", "tạ", "kg", "lít", "mw", "kwh", "m²", "tuổi",
];

/// Count nouns a target may count ("6.500 đảng viên", "2-3 xã").
pub(crate) static COUNT_NOUNS: &[&str] = &[
    "tổ chức cơ sở đảng",
    "tổ dân phố",
    "thị trấn",
    "hợp tác xã",
    "đảng viên",
    "lao động",
    "doanh nghiệp",
    "lượt khách",
    "lượt lao động",
    "lượt hộ",
    "lượt người",
    "hộ gia đình",
    "trường học",
    "giường bệnh",
    "giường",
    "bác sĩ",
    "công trình",
    "dự án",
    "sản phẩm",
    "việc làm",
    "đơn vị cấp huyện",
    "đơn vị cấp xã",
    "đơn vị",
    "chi bộ",
    "cơ sở",
    "học sinh",
    "phường",
    "huyện",
    "trường",
    "thôn",
    "làng",
    "ấp",
    "bản",
    "xã",
    "hộ",
    "người",
    "con",
    "nhà",
    "xóm",
    "tổ",
    "khu phố",
    "căn hộ",
    "căn",
];

/// Words a target set by a resolution stands behind.
pub(crate) static TARGET_CUES: &[&str] = &[
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu",
    "đề ra",
    "quyết nghị",
    "nghị quyết",
    "kế hoạch",
    "định hướng",
    "hướng tới",
    "xác định",
];

/// Words that name a stated target value: a number after them, with a
/// reported number before, makes an achieved/target pair.
pub(crate) static STATED_TARGET: &[&str] = &["mục tiêu", "chỉ tiêu", "nghị quyết", "kế hoạch"];

/// Words after a number that measure it against a target: it is a result.
pub(crate) static MET_TARGET: &[&str] = &[
    "vượt chỉ tiêu",
    "vượt kế hoạch",
    "vượt mục tiêu",
    "đạt chỉ tiêu",
    "đạt và vượt",
    "so với cùng kỳ",
    "cùng kỳ",
    "so với nghị quyết",
    "so với chỉ tiêu",
    "so với kế hoạch",
    "so với mục tiêu",
];

/// Words of a report on the past: the nearest cue before a number decides.
pub(crate) static REPORT_CUES: &[&str] = &[
    "đã",
    "đến nay",
    "năm qua",
    "vừa qua",
    "thời gian qua",
    "nhiệm kỳ qua",
    "nhìn lại",
    "tính đến",
    "giảm được",
    "tăng được",
    "đại diện",
    "thay mặt",
    "đại biểu",
    "gồm",
    "bầu",
    "khen thưởng",
    "biểu dương",
    "dự ước",
    "kết quả",
    "hiện có",
    "hiện nay có",
    "vẫn",
    "sáp nhập",
    "thành lập",
];

/// Names of a period of years ("Nhiệm kỳ 2015-2020, ...", "Giai đoạn
/// 2021-2025, ..."): a period leading a sentence dates all of it.
pub(crate) static PERIODS: &[&str] = &["nhiệm kỳ", "giai đoạn", "thời kỳ"];
/// Words before a period that leads a sentence ("Trong nhiệm kỳ 2015-2020, ...").
pub(crate) static PERIOD_OPENERS: &[&str] = &["trong", "cả"];

/// Words a sentence opens with to go on with the previous one ("Cụ thể, ..."):
/// it reads as the previous sentence did, a goal or a report.
pub(crate) static CONTINUATIONS: &[&str] = &["cụ thể", "theo đó", "trong đó"];

/// Words before a target cue that make it a measure of a result against
/// the target ("vượt chỉ tiêu", "thấp hơn mục tiêu", "so với nghị quyết").
pub(crate) static RESULT_AGAINST: &[&str] = &[
    "so",
    "vượt",
    "vượt xa",
    "thấp hơn",
    "cao hơn",
    "so với",
    "không đạt",
    "không đạt được",
];

/// What a share measured against (after "X%"): the plan or the resolution,
/// so the share is a result ("đạt 96% nghị quyết", "bằng 108% dự toán").
pub(crate) static SHARE_OF_PLAN: &[&str] = &[
    "kế hoạch",
    "dự toán",
    "nghị quyết",
    "so với nghị quyết",
    "so với kế hoạch",
    "so với dự toán",
    "so với chỉ tiêu",
    "so với mục tiêu",
];

/// Facts about a place, not goals: "diện tích tự nhiên 112 km2",
/// "dân số hơn 14 triệu người", "bờ biển dài 60 km".
pub(crate) static LOCALITY_FACTS: &[&str] = &[
    "diện tích tự nhiên",
    "quy mô dân số",
    "dân số",
    "diện tích",
    "bờ biển",
    "chiều dài",
];

/// Words opening a parenthesis that breaks the item down ("(trong đó: ...)",
/// "(riêng ...)"): its quantities are targets of their own.
pub(crate) static BREAKDOWNS: &[&str] = &["trong đó", "riêng"];

/// Words after a number in the same item that report it as done
/// ("51% đã hoàn thành", "(30%) đã được công nhận").
pub(crate) static DONE_AFTER: &[&str] = &["đã"];

/// Nouns of a population after "1 vạn" or "1 nghìn": a denominator
/// ("trên 1 vạn dân"), not a quantity.
pub(crate) static PER_POPULATION: &[&str] = &["dân", "người", "dân số"];

/// Numerals in words that count a noun after them ("ba xã", "một đơn vị
/// cấp huyện"). "năm" is left out: it is far more often "year".
pub(crate) static NUMERAL_WORDS: &[&str] = &[
    "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười",
];

/// Nouns a number in words does not count in running prose ("một người").
pub(crate) static PROSE_NOUNS: &[&str] = &["người", "con", "nhà", "hộ"];

/// Words that make a whole sentence a report, wherever they stand.
pub(crate) static SENTENCE_REPORT_CUES: &[&str] = &["ước", "tán thành", "lần đầu tiên"];

/// Words between a subject and its number that the bound reader may skip
/// or read ("đạt khoảng", "giảm xuống dưới", "từ ... trở lên").
pub(crate) static CHAIN: &[&str] = &[
    "không vượt quá",
    "không thấp hơn",
    "không dưới",
    "không quá",
    "tối đa",
    "tối thiểu",
    "tối thiếu",
    "ít nhất",
    "cao hơn",
    "xấp xỉ",
    "ở mức",
    "dự kiến",
    "trên",
    "hơn",
    "dưới",
    "từ",
    "khoảng",
    "chừng",
    "gần",
    "đạt",
    "là",
    "được",
    "xuống",
    "còn",
    "mức",
    "chiếm",
    "thêm",
    "tăng",
    "giảm",
    "sẽ",
    "duy trì",
    ":",
];

/// Comparators, with the bound they set ("trên" is above).
pub(crate) const COMPARATORS: &[(&str, crate::Bound)] = &[
    ("không vượt quá", crate::Bound::AtMost),
    ("không thấp hơn", crate::Bound::AtLeast),
    ("không dưới", crate::Bound::AtLeast),
    ("không quá", crate::Bound::AtMost),
    ("tối đa", crate::Bound::AtMost),
    ("tối thiểu", crate::Bound::AtLeast),
    // A common misspelling of "tối thiểu".
    ("tối thiếu", crate::Bound::AtLeast),
    ("ít nhất", crate::Bound::AtLeast),
    ("cao hơn", crate::Bound::Above),
    ("trên", crate::Bound::Above),
    ("hơn", crate::Bound::Above),
    ("dưới", crate::Bound::Below),
];

/// Words of "about" ("khoảng 45%").
pub(crate) static ABOUT: &[&str] = &["khoảng", "gần", "xấp xỉ", "chừng"];

/// Lead-ins after which the subject starts ("phấn đấu", "mục tiêu", "như").
pub(crate) static LEAD_INS: &[&str] = &[
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu",
    "quyết nghị",
    "xác định",
    "đề ra",
    "trong đó có",
    "trong đó",
    "như",
];

/// Filler words stripped from the start of a subject.
pub(crate) static LEADING_FILLER: &[&str] = &[
    "đến cuối nhiệm kỳ",
    "đến hết nhiệm kỳ",
    "cuối nhiệm kỳ",
    "phấn đấu",
    "giữ vững",
    "bình quân hằng năm",
    "bình quân hàng năm",
    "đạt",
    "duy trì",
    "bảo đảm",
    "đảm bảo",
    "đưa",
    "với",
    "là",
    "và",
    "có",
    "cả",
    ",",
    ":",
    "-",
];

/// Predicates that split "[tỷ lệ] X [predicate ...]" into subject and criterion.
pub(crate) static PREDICATES: &[&str] = &[
    "đạt",
    "được",
    "tham gia",
    "có",
    "qua",
    "hoàn thành",
    "sử dụng",
    "suy dinh dưỡng",
    "bị",
    "theo",
];

/// Nouns of a population: "tỷ lệ" before them is dropped from the subject.
pub(crate) static POPULATIONS: &[&str] = &[
    "gia đình",
    "thôn",
    "làng",
    "hộ dân",
    "người dân",
    "lao động",
    "xã",
    "phường",
    "chi bộ",
    "đảng viên",
    "dân số",
    "trường",
    "trẻ",
    "hồ sơ",
    "tổ dân phố",
];

/// Endings of a left context that is an action on the counted noun
/// ("tạo việc làm cho 500 lao động"): the subject is then on the right.
pub(crate) static VERB_ENDINGS: &[&str] = &[
    "có",
    "cho",
    "được",
    "thêm",
    "xóa",
    "hoàn thành",
    "kết nạp",
    "và",
    "việc làm",
    "duy trì",
];

/// Words before a number that make it an ordinal, a date part or a code.
pub(crate) static NOT_A_QUANTITY_BEFORE: &[&str] = &[
    "thứ", "khóa", "khoá", "số", "kỳ", "quý", "ngày", "mồng", "điều", "khoản", "lúc", "gmt",
    "tháng", "trang", "lần",
];

// Single words and small sets the clause grammar reads by role. Rules name
// the role ("a year", "and"), never the word.

/// "không": negation ("không còn", "không quá").
pub(crate) const NOT: &str = "không";
/// "gấp": times as much ("gấp 1,7 lần").
pub(crate) const TIMES: &str = "gấp";
/// "và": and; it joins items of a list.
pub(crate) const AND: &str = "và";
/// "từ": from, the start of a change or a range.
pub(crate) const FROM: &str = "từ";
/// "xuống": down to.
pub(crate) const DOWN: &str = "xuống";
/// "lên": up to (and the end of "trở lên").
pub(crate) const UP: &str = "lên";
/// "trở": the head of "trở lên" / "trở xuống".
pub(crate) const ONWARD: &str = "trở";
/// "năm": year.
pub(crate) const YEAR: &str = "năm";
/// "tháng": month.
pub(crate) const MONTH: &str = "tháng";
/// "quý": quarter.
pub(crate) const QUARTER: &str = "quý";
/// "còn": what is left, a level ("còn 2%").
pub(crate) const LEFT: &str = "còn";
/// "gồm": consists of, listing.
pub(crate) const LISTING: &str = "gồm";
/// "đạt": reaches.
pub(crate) const REACH: &str = "đạt";
/// "là": is.
pub(crate) const IS: &str = "là";
/// "so": compared, alone or in "so với".
pub(crate) const COMPARE: &str = "so";
/// "so với": compared with (a baseline).
pub(crate) const COMPARED_WITH: &str = "so với";
/// "lần lượt": respectively.
pub(crate) const RESPECTIVELY: &str = "lần lượt";
/// "hướng": of "định hướng" before a year.
pub(crate) const TOWARDS: &str = "hướng";

/// Openers of a parenthesis that restates the quantity before it.
pub(crate) static RESTATES: &[&str] = &["tương đương", "tức", "khoảng", "hay"];
/// Words that may stand between a bare value and its comma ("95% trở lên,").
pub(crate) static BARE_VALUE_WORDS: &[&str] = &["trở lên", "trở", "lên", "năm", "hằng", "hàng"];
/// Dates on the start of a change that put it in the past.
pub(crate) static CHANGE_START_DATES: &[&str] = &["đầu nhiệm kỳ", "đầu kỳ"];
/// First words of the cues that a count before them turns into a count of
/// targets ("18 chỉ tiêu", "3 mục tiêu").
pub(crate) static COUNTED_CUE_HEADS: &[&str] = &["chỉ", "mục"];
/// Words of what there is ("có 21 xã", "với 45.000 hộ", "gồm 12 xã").
pub(crate) static EXISTENTIALS: &[&str] = &["có", "với", "gồm"];
/// Comparators after "còn" that make it a level to reach ("còn dưới 2%").
pub(crate) static LEVEL_AFTER_LEFT: &[&str] = &["dưới", "không quá", "tối đa"];
/// Words before "còn" that make it part of a phrase ("xuống còn", "không còn").
pub(crate) static LEFT_PHRASE_HEADS: &[&str] = &["xuống", "không"];
/// Look-backs before "N năm" ("Qua 5 năm", "sau 10 năm").
pub(crate) static LOOK_BACK: &[&str] = &["qua", "sau"];
/// Yearly words: the per of a target is "năm".
pub(crate) static YEARLY: &[&str] = &["hằng năm", "hàng năm", "mỗi năm"];
/// Words of an indicator's name before its number ("tỷ lệ", "số", "tổng").
pub(crate) static INDICATOR_HEADS: &[&str] = &["tỷ", "tỉ", "số", "tổng", "lệ"];
/// Aggregates a share is of ("4,8% GDP").
pub(crate) static AGGREGATES: &[&str] = &["gdp", "grdp"];
/// Words before "năm 2020" that make the year no deadline (a baseline, a start).
pub(crate) static NOT_DEADLINE_BEFORE_YEAR: &[&str] = &["so", "với", "sánh", "từ", "đầu", "giữa"];
/// "cuối", "hết": the end of ("đến cuối năm 2025").
pub(crate) static END_OF: &[&str] = &["cuối", "hết"];
/// "đến", "tới": by.
pub(crate) static BY: &[&str] = &["đến", "tới"];
/// Words right before "năm 2030" that make it a deadline.
pub(crate) static BY_YEAR: &[&str] = &["đến", "tới", "vào", "cả"];

// Words of the quantity grammar.

/// Words before "1" that make it a denominator ("trên 1 ha", "mỗi 1 ha").
pub(crate) static PER_ONE: &[&str] = &["trên", "mỗi", "/"];
/// "con số": digits, of "hai con số" (double-digit growth).
pub(crate) const DIGITS: &str = "con số";
/// "hai": two, of "hai con số".
pub(crate) const TWO: &str = "hai";
/// "tuổi": years of age, a unit only for life expectancy.
pub(crate) const AGE: &str = "tuổi";
/// "tuổi thọ": life expectancy.
pub(crate) const LIFE_EXPECTANCY: &str = "tuổi thọ";
/// "trở lên": or more.
pub(crate) const OR_MORE: &str = "trở lên";
/// "trở xuống": or less.
pub(crate) const OR_LESS: &str = "trở xuống";
/// Zero: "không còn", "không có" before a count noun.
pub(crate) static NONE_LEFT: &[&str] = &["không còn", "không có"];
/// "thứ": makes the number after it an ordinal.
pub(crate) const ORDINAL: &str = "thứ";
/// Range separators in words ("từ 96 đến 97%").
pub(crate) static RANGE_WORDS: &[&str] = &["đến", "tới"];
/// "phần trăm": per cent in words.
pub(crate) const PER_CENT: &str = "phần trăm";
/// Words after "tỷ" that make it a noun, not the scale ("tỷ lệ", "tỷ trọng").
pub(crate) static TY_NOUNS: &[&str] = &["lệ", "trọng", "suất", "giá"];
/// The scale "tỉ" as spelt, and its normal form.
pub(crate) static SCALE_SPELLINGS: &[(&str, &str)] = &[("tỉ", "tỷ")];
/// "đồng": the currency, or the head of "đồng chí" and the like.
pub(crate) const DONG: &str = "đồng";
/// "số": number of ("380 số hộ nghèo").
pub(crate) const NUMBER_OF: &str = "số";
/// "mới": new, belongs to the counted noun ("đảng viên mới").
pub(crate) const NEW: &str = "mới";
/// "tổng": a total after "/" is no denominator ("/tổng số").
pub(crate) const TOTAL: &str = "tổng";

// Words of the subject reader.

/// Direction verbs: up ("tăng", "vượt") and down ("giảm").
pub(crate) static UP_VERBS: &[&str] = &["tăng", "vượt"];
pub(crate) static DOWN_VERBS: &[&str] = &["giảm"];
/// "vượt": exceed; its object is the plan, not the indicator.
pub(crate) const EXCEED: &str = "vượt";
/// Words after a direction verb that make it a noun ("tăng trưởng", "giảm nghèo").
pub(crate) static VERB_NOUN_TAILS: &[&str] = &["trưởng", "cường", "nghèo", "trưởng,"];
/// Words before a direction verb that make it a noun ("tốc độ tăng", "tỷ lệ giảm").
pub(crate) static VERB_NOUN_HEADS: &[&str] = &["độ", "lệ", "mức"];
/// Words after a direction verb that leave the subject before it ("giảm bình quân").
pub(crate) static FILLERS_AFTER_VERB: &[&str] = &[
    "dần", "bình", "quân", "thêm", "khoảng", "được", "hằng", "hàng", "mỗi", "năm",
];
/// Words after a direction verb that are dropped from its object.
pub(crate) static VERB_OBJECT_FILLERS: &[&str] =
    &["thêm", "dần", "bình quân", "hằng năm", "hàng năm"];
/// Yearly words anywhere in a subject, dropped ("/ năm" too).
pub(crate) static YEARLY_ANYWHERE: &[&str] = &["hằng năm", "hàng năm", "mỗi năm", "/ năm"];
/// Verbs that end an indicator ("tỷ lệ che phủ rừng duy trì ...").
pub(crate) static KEEP_VERBS: &[&str] = &["duy trì", "giữ vững", "ổn định"];
/// "tỷ lệ" as spelt.
pub(crate) static RATE: &[&str] = &["tỷ lệ", "tỉ lệ"];
/// "riêng": for ... alone; the subject refines the previous one.
pub(crate) static SEPARATELY: &[&str] = &["riêng"];
/// Plural markers dropped from a subject.
pub(crate) static PLURALS: &[&str] = &["các", "những"];
/// Plural markers and indicator heads dropped after a number.
pub(crate) static LEADING_AFTER_NUMBER: &[&str] = &["các", "những", "tỷ lệ", "tỉ lệ", "tổng số"];
/// Heads of an indicator "[tỷ lệ | số] X [predicate]".
pub(crate) static INDICATOR_PREFIXES: &[&str] = &["tỷ lệ", "tỉ lệ", "số lượng", "số"];
/// "theo": a predicate that qualifies the indicator itself ("theo chuẩn mới").
pub(crate) const ACCORDING_TO: &str = "theo";
/// "hộ nghèo": poor households, an indicator, not a population.
pub(crate) const POOR_HOUSEHOLDS: &str = "hộ nghèo";
/// "số": "number of" at the head of a subject.
pub(crate) static NUMBER_OF_LIST: &[&str] = &["số"];
/// "ở": "at", splits "tỷ lệ X ở Y".
pub(crate) static AT: &[&str] = &["ở"];
/// Extra predicates after a number: "đều"; for zero also "dưới", "không".
pub(crate) const ALL_ALIKE: &str = "đều";
pub(crate) static ZERO_PREDICATES: &[&str] = &["dưới", "không"];

/// Whether the words starting at token `i` spell `phrase` (words and single
/// punctuation separated by spaces, lower case); gives the index after it.
///
/// The hot path of the whole reader: every rule asks it, so it compares
/// word by word with prefix stripping instead of splitting the phrase.
pub(crate) fn phrase_at(toks: &[Tok<'_>], i: usize, phrase: &str) -> Option<usize> {
    let mut rest = phrase;
    let mut k = i;
    loop {
        let t = toks.get(k)?;
        let word = match t.kind {
            Kind::Word => t.low.as_ref(),
            Kind::Punct => t.raw,
            Kind::Num => return None,
        };
        // Most comparisons fail on the first byte: test it before a memcmp.
        if rest.as_bytes().first() != word.as_bytes().first() {
            return None;
        }
        rest = rest.strip_prefix(word)?;
        k += 1;
        if rest.is_empty() {
            return Some(k);
        }
        rest = rest.strip_prefix(' ')?;
    }
}

/// The first phrase of `list` that starts at token `i`, and the index after it.
pub(crate) fn any_at<'l>(toks: &[Tok<'_>], i: usize, list: &[&'l str]) -> Option<(&'l str, usize)> {
    if let Some(bit) = super::tagger::bit_of(list)
        && toks.get(i)?.starts & bit == 0
    {
        return None;
    }
    list.iter()
        .find_map(|p| phrase_at(toks, i, p).map(|end| (*p, end)))
}

/// Whether a phrase of `list` ends exactly at token `end` (exclusive); gives its start.
pub(crate) fn any_ending_at(toks: &[Tok<'_>], end: usize, list: &[&str]) -> Option<usize> {
    let last = toks.get(end.checked_sub(1)?)?;
    if let Some(bit) = super::tagger::bit_of(list)
        && last.ends & bit == 0
    {
        return None;
    }
    // Most phrases fail on their last word: test it before counting words.
    let word = match last.kind {
        Kind::Word => last.low.as_ref(),
        Kind::Punct => last.raw,
        Kind::Num => return None,
    };
    list.iter().find_map(|p| {
        if p.as_bytes().last() != word.as_bytes().last() || !p.ends_with(word) {
            return None;
        }
        let n = p.bytes().filter(|&b| b == b' ').count() + 1;
        let start = end.checked_sub(n)?;
        (phrase_at(toks, start, p) == Some(end)).then_some(start)
    })
}
