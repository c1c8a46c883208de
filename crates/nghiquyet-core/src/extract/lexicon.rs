//! Every Vietnamese word the crate reads, and nowhere else (the test
//! `tests/lexicon_only.rs` fails on a word written in any other file). One
//! place per phrasing: a new phrasing is a new entry here, not a new branch
//! in a rule.
//!
//! First the lists the target grammar looks phrases up in ([`List`]s, each
//! indexed by the tagger), then the look-up functions, then, by section,
//! the words of the other readers: orthography, numbers, money, terms,
//! articles, dates and resolutions.

use super::tagger::WordId;
use super::token::{Kind, Tok};

/// A word list the rules look phrases up in, known to the tagger by its bit.
///
/// A new list takes the next free bit and joins [`INDEXED`]: the tagger marks
/// each token with the lists whose phrases start or end at it, so a look-up
/// ([`any_at`], [`any_ending_at`]) is a bit test before any comparison.
#[derive(Debug)]
pub(crate) struct List {
    /// `1 << n`, for the list's place `n` in [`INDEXED`].
    pub bit: u64,
    /// The phrases: words and single punctuation, lower case, separated by
    /// spaces; the first one that matches wins.
    pub phrases: &'static [&'static str],
}

impl List {
    const fn new(n: u32, phrases: &'static [&'static str]) -> List {
        List {
            bit: 1 << n,
            phrases,
        }
    }
}

impl std::ops::Deref for List {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.phrases
    }
}

impl<'l> IntoIterator for &'l List {
    type Item = &'l &'static str;
    type IntoIter = std::slice::Iter<'l, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.phrases.iter()
    }
}

/// Scale words that stay in the unit ("1,6 triệu lao động").
pub(crate) const SCALES: &List = &List::new(
    0,
    &[
        "triệu tỷ",
        "nghìn tỷ",
        "ngàn tỷ",
        "triệu tỉ",
        "nghìn tỉ",
        "ngàn tỉ",
        "nghìn",
        "ngàn",
        "triệu",
        "tỷ",
        "tỉ",
        "vạn",
    ],
);

/// The one currency table: currencies as written (lower case, longest
/// first) and their ISO codes. The money reader reads all of them; the
/// target reader the forms in [`CURRENCY_NAMES`].
pub(crate) const CURRENCIES: &[(&str, &str)] = &[
    ("đô la mỹ", "USD"),
    ("đô mỹ", "USD"),
    ("đô la", "USD"),
    // Written as one word ("604 triệu đôla Mỹ").
    ("đôla mỹ", "USD"),
    ("đôla", "USD"),
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
pub(crate) const CURRENCY_NAMES: &List = &List::new(
    1,
    &[
        "đô la mỹ",
        "đô la",
        "đôla mỹ",
        "đôla",
        "usd",
        "vnd",
        "vnđ",
        "đồng",
        ". đ",
        "đ",
        "euro",
    ],
);

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

/// A count noun and the word after it that make another word of it ("tổ
/// chức": to hold, as in "SEA Games 33 tổ chức tại ..."; "khu vực": a
/// sector, as in "3 khu vực kinh tế"; "xã hội": a society, as in "một xã
/// hội an toàn"): no unit.
pub(crate) static COUNT_NOUN_LOOKALIKES: &[(&str, &str)] =
    &[("tổ", "chức"), ("khu", "vực"), ("xã", "hội")];
/// A count noun, the word after it that its last word makes another word
/// with, and the noun that counts then ("7 tuyến đường sắt đô thị":
/// railway lines, counted by "tuyến").
pub(crate) static COUNT_NOUNS_CUT_SHORT: &[(&str, &str, &str)] = &[
    ("tuyến đường", "sắt", "tuyến"),
    ("tuyến đường", "bộ", "tuyến"),
    ("tuyến đường", "thủy", "tuyến"),
    ("tuyến đường", "thuỷ", "tuyến"),
];
/// Units of measure and the word after them that makes another word of
/// them: "lần lượt" (respectively), not "2024 lần".
pub(crate) static MEASURE_LOOKALIKES: &[(&str, &str)] = &[("lần", "lượt")];

/// Words after "đồng" that make a noun, not the currency ("đồng chí").
pub(crate) static DONG_COMPOUNDS: &[&str] = &[
    "chí", "bào", "hành", "thuận", "tình", "ý", "bộ", "đội", "hồ", "ruộng", "bằng", "thời",
    "nghiệp",
];

/// Units of measure, kept as printed (lower case).
pub(crate) const MEASURES: &List = &List::new(
    2,
    &[
        "lần",
        "ha",
        // Hectares spelt out ("75 nghìn héc ta", "2.000 hécta", "héc-ta").
        "héc ta",
        "hécta",
        "héc - ta",
        // Floor area keeps "sàn" as printed, as a count noun would ("28 m2
        // sàn/người"): readers of housing targets tell it from land area.
        "m2 sàn",
        "m2",
        "m3",
        "km2",
        "km",
        // Spelt out ("35 triệu mét khối (m3)", "20.000 mét vuông").
        "mét khối",
        "mét vuông",
        "ki lô mét",
        "kilômét",
        // Greenhouse gases in tonnes of CO2 or its equivalent ("không vượt
        // quá 77,9 triệu tấn CO2tđ", "giảm 5 triệu tấn CO2 tương đương"):
        // the gas is part of the unit.
        "tấn co2 tương đương",
        "tấn co2tđ",
        "tấn co2e",
        "tấn co2",
        "tấn",
        "tạ",
        "kg",
        "lít",
        "mwp",
        "mw",
        "gw",
        // Spelt out ("12 gigawatt (GW) công suất điện mặt trời").
        "megawatt",
        "gigawatt",
        "kwh",
        // Containers, also after a scale ("3,5-4 triệu TEU").
        "teu",
        // Tonnes of oil equivalent, energy at a country's scale ("150 - 170
        // triệu TOE").
        "toe",
        // Speeds of a network ("tốc độ ... trên 200 Mbps").
        "mbps",
        "gbps",
        // The same speeds written with a slash ("tối thiểu 1 Gb/s").
        "gb / s",
        "mb / s",
        // The capacity of transformer stations ("49.000 MVA").
        "mva",
        // Squares printed as superscripts, the same units as "m2", "km2".
        "m² sàn",
        "m²",
        "km²",
        "tuổi",
        "cm",
        // Concentrations in air and water, over the volume after the slash
        // ("bụi PM2.5 dưới 25 µg/m3"); the micro sign and the Greek mu look
        // alike and both are printed.
        "µg",
        "μg",
        "mg",
        // A change of a share in points of it ("giảm 1,5 điểm phần trăm").
        "điểm phần trăm",
        "điểm %",
    ],
);

/// Measures as printed and the unit they give: points of a share are one unit however printed; units of power, energy and speed
/// keep their capitals ("MW", "kWh", "Mbps").
pub(crate) static MEASURE_NAMES: &[(&str, &str)] = &[
    ("héc ta", "ha"),
    ("hécta", "ha"),
    ("héc - ta", "ha"),
    ("mét khối", "m3"),
    ("mét vuông", "m2"),
    ("ki lô mét", "km"),
    ("kilômét", "km"),
    ("điểm %", "điểm phần trăm"),
    ("toe", "TOE"),
    ("teu", "TEU"),
    ("tấn co2 tương đương", "tấn CO2 tương đương"),
    ("tấn co2tđ", "tấn CO2tđ"),
    ("tấn co2e", "tấn CO2e"),
    ("tấn co2", "tấn CO2"),
    ("mwp", "MWp"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("megawatt", "MW"),
    ("gigawatt", "GW"),
    ("kwh", "kWh"),
    ("mbps", "Mbps"),
    ("gbps", "Gbps"),
    ("gb / s", "Gb/s"),
    ("mb / s", "Mb/s"),
    ("mva", "MVA"),
    ("μg", "µg"),
    ("m² sàn", "m2 sàn"),
    ("m²", "m2"),
    ("km²", "km2"),
];

/// Units that count only after a measure named before them in the clause
/// (see `quantity::after_its_measure`).
pub(crate) struct MeasuredUnits {
    /// The units, as printed.
    pub(crate) units: &'static [&'static str],
    /// The measures that make them units.
    pub(crate) measures: &'static [&'static str],
    /// Whether the figures and the commas of a series on the measure may
    /// stand between it and the unit: an index's name leads a series of
    /// its figures, a while of the text is its own clause.
    pub(crate) across_commas: bool,
}

/// Units of time a target may set as a span ("thời gian chờ khám dưới
/// 60 phút", "số năm sống khỏe tối thiểu 68 năm"), after a measure of time.
/// Working days count in full ("không quá 5 ngày làm việc"). Not "thời
/// hạn", the term of a contract or a loan: a condition.
pub(crate) static DURATIONS: MeasuredUnits = MeasuredUnits {
    units: &["ngày làm việc", "năm", "tháng", "ngày", "giờ", "phút"],
    // A stay is a span ("lưu trú bình quân 4 - 5 ngày").
    measures: &[
        "thời gian",
        "số năm",
        "số tháng",
        "số ngày",
        "số giờ",
        "lưu trú",
    ],
    across_commas: false,
};

/// The points and the ranks of an index ("Chỉ số cải cách hành chính (PAR
/// Index) đạt từ 90 điểm trở lên", "PCI tăng ít nhất 3 bậc"), after the
/// index by its word or its initials; "điểm" alone is as often a mark in
/// an exam or a place ("điểm du lịch").
pub(crate) static INDEX_SCORES: MeasuredUnits = MeasuredUnits {
    units: &["điểm", "bậc", "hạng"],
    // Not "index" alone: a stock index's points ("VN-Index tăng 12,46
    // điểm") are a market's, never a target.
    measures: &[
        "chỉ số",
        "pci",
        "papi",
        "sipas",
        "dti",
        "ici",
        "pgi",
        "ddci",
        "par",
    ],
    across_commas: true,
};

/// Count nouns a target may count ("6.500 đảng viên", "2-3 xã").
pub(crate) const COUNT_NOUNS: &List = &List::new(
    3,
    &[
        "tổ chức cơ sở đảng",
        // Party organisations of any level, inspected or supervised ("kiểm
        // tra 5 tổ chức đảng"), not "tổ" (a team).
        "tổ chức đảng",
        // Local governments rated ("70% chính quyền đạt vững mạnh, không
        // có chính quyền yếu kém").
        "chính quyền",
        "tổ dân phố",
        "thị trấn",
        // Towns counted with the other units of a level ("10/15 huyện,
        // thành phố, thị xã đạt chuẩn").
        "thị xã",
        "hợp tác xã",
        "đảng viên",
        // Members counted as comrades ("trên 62.000 đồng chí", "dân quân
        // thường trực 12 đồng chí").
        "đồng chí",
        "lao động",
        "doanh nghiệp",
        "lượt khách",
        // Visitors not counted by visit ("đón 15 triệu khách du lịch").
        "khách du lịch",
        "khách quốc tế",
        "khách nội địa",
        "du khách",
        // Passengers carried ("88 triệu lượt hành khách").
        "lượt hành khách",
        "lượt lao động",
        "lượt hộ",
        // Visits by the public ("40 triệu lượt người dân sử dụng").
        "lượt người dân",
        "lượt người",
        // People named by a compound noun, counted in full ("việc làm cho
        // 1.000 người khuyết tật"); a verb after "người" is no part of the
        // unit ("4.500 người đi làm việc ở nước ngoài").
        "người lao động",
        "người khuyết tật",
        "người cao tuổi",
        "người dân",
        "người bệnh",
        "người nghiện",
        // Units of blood given ("25.000 đơn vị máu").
        "đơn vị máu",
        "hộ gia đình",
        // Households a plan moves or serves ("di dời 1.250 hộ dân").
        "hộ dân",
        // Households that trade, as against households that live ("150 hộ
        // kinh doanh chuyển lên doanh nghiệp").
        "hộ kinh doanh",
        "trường học",
        "giường bệnh",
        "giường",
        "bác sĩ",
        "bác sỹ",
        "công trình",
        "dự án",
        // Factories to build ("10 nhà máy đóng gói"), not houses.
        "nhà máy",
        // Economic zones, at a border gate or not ("2 khu kinh tế cửa khẩu").
        "khu kinh tế cửa khẩu",
        "khu kinh tế",
        "sản phẩm",
        "việc làm",
        // Jobs as places of work ("tạo ít nhất 30.000 chỗ làm việc mới").
        "chỗ làm việc",
        "đơn vị hành chính cấp huyện",
        "đơn vị hành chính cấp xã",
        "đơn vị cấp huyện",
        "đơn vị cấp xã",
        "cụm công nghiệp",
        // Clusters of any kind ("7 cụm liên kết ngành kinh tế biển").
        "cụm",
        "khu công nghiệp",
        "khu du lịch",
        "điểm du lịch cộng đồng",
        "điểm du lịch",
        "làng nghề",
        "trang trại",
        // Household farms ("có 21 gia trại đại gia súc").
        "gia trại",
        "tổ hợp tác",
        // Unions of cooperatives ("02 liên hiệp hợp tác xã với 10 hợp tác
        // xã thành viên"), not the cooperatives they join.
        "liên hiệp hợp tác xã",
        "thuê bao",
        "đô thị",
        "nhà văn hóa",
        "phòng học",
        "bệnh viện",
        "công dân",
        "trung tâm thương mại",
        "siêu thị",
        "chợ",
        "trạm y tế",
        "đơn vị",
        "chi bộ",
        // Branches of a union or an association, as "chi bộ" of the Party
        // ("6 chi Hội nông dân nghề nghiệp", "10 chi đoàn").
        "chi hội",
        "chi đoàn",
        // Kinds of "cơ sở" named in full: the unit is the whole name
        // ("8 cơ sở giáo dục đại học", "120 công đoàn cơ sở").
        "cơ sở giáo dục đại học",
        "cơ sở giáo dục nghề nghiệp",
        "cơ sở giáo dục phổ thông",
        "cơ sở giáo dục",
        "cơ sở y tế",
        // Hotels and guesthouses ("ít nhất 3 cơ sở lưu trú đạt chuẩn 5 sao").
        "cơ sở lưu trú",
        "công đoàn cơ sở",
        // Databases a plan builds ("01 cơ sở dữ liệu chuyên ngành").
        "cơ sở dữ liệu",
        "cơ sở",
        "học sinh",
        "phường",
        "huyện",
        // Provinces and cities counted ("5 tỉnh, thành phố được công
        // nhận").
        "tỉnh",
        "thành phố",
        "trường",
        "thôn",
        "làng",
        "ấp",
        // Copies of books a library holds per reader ("01 bản sách/người
        // dân"), before "bản" (a village).
        "bản sách",
        "bản",
        "xã",
        "hộ",
        // Those a school trains ("tuyển sinh 3.500 người học").
        "người học",
        "người",
        "con",
        "nhà",
        "xóm",
        "tổ",
        "khu phố",
        "căn hộ",
        // Houses counted by their classifier, as every blind annotator
        // labels them ("2.000 căn nhà tạm" counts "căn").
        "ngôi nhà",
        "căn",
        "lượt",
        // Health workers counted against a population ("15 bác sĩ, 3,2
        // dược sĩ và 33 điều dưỡng trên 10.000 dân").
        // Pharmacists by their degree, a health indicator of its own ("3
        // dược sĩ đại học/vạn dân").
        "dược sĩ đại học",
        "dược sĩ",
        "điều dưỡng",
        // Nurses by their other name ("21 bác sĩ và 35 y tá trên 10.000
        // dân").
        "y tá",
        // Members of the Youth Union, as "đảng viên" of the Party.
        "đoàn viên",
        // People by a role of three words, which "viên" after two words
        // does not tell ("đào tạo 2.000 vận động viên", "500 tuyên truyền
        // viên").
        "vận động viên",
        "huấn luyện viên",
        "hướng dẫn viên",
        "cộng tác viên",
        "tuyên truyền viên",
        "điều tra viên",
        "thanh tra viên",
        // Doctoral students ("có ít nhất 6.000 nghiên cứu sinh").
        "nghiên cứu sinh",
        // Those trained to join the Party ("bồi dưỡng trên 454 quần chúng
        // ưu tú cho Đảng"), and members of the public beside members.
        "quần chúng ưu tú",
        "quần chúng",
        // People a programme or a campaign reaches ("vận động khoảng 2.000
        // đối tượng tham gia BHXH tự nguyện"), as a police report counts
        // suspects.
        "đối tượng",
        // Young people a programme reaches ("thu hút 500 thanh niên tham
        // gia").
        "thanh niên",
        // Farmers a programme trains or honours ("tập huấn cho 1.300 nông
        // dân xuất sắc").
        "nông dân",
        // Works a plan builds or mends ("25 cầu yếu", "45 tuyến hẻm"),
        // rooms and fairs it adds ("1.500 phòng lưu trú", "2 hội chợ").
        "tuyến đường",
        "tuyến phố",
        "tuyến hẻm",
        "cầu",
        // Laboratories a plan equips ("10 phòng thí nghiệm dùng chung").
        "phòng thí nghiệm",
        "phòng",
        // Rooms of a hotel by their other name ("3.000 buồng lưu trú").
        "buồng lưu trú",
        "buồng",
        "hội chợ",
        // A bridge by its classifier ("hai cây cầu"), not trees.
        "cây cầu",
        // Trees planted ("15 triệu cây xanh", "3 triệu cây/năm").
        "cây xanh",
        "cây",
        // Eggs and fruit counted ("sản lượng trứng 420 triệu quả"), cages
        // of a fish farm ("2.000 lồng"), land titles granted ("cấp mới 800
        // giấy chứng nhận quyền sử dụng đất").
        "quả",
        "lồng",
        "giấy chứng nhận",
        // Housing blocks to renew ("40 khu chung cư cũ") or to build ("một
        // khu nhà ở công nhân"), models to build ("một mô hình kinh tế tập
        // thể"), tasks of research to apply ("30 nhiệm vụ khoa học và công
        // nghệ").
        "khu chung cư",
        "khu nhà ở",
        "chung cư",
        "mô hình",
        "nhiệm vụ",
        // Births by sex ("dưới 109 bé trai/100 bé gái", "109 trẻ
        // trai/100 trẻ gái", "105 - 106 trẻ sơ sinh trai/100 trẻ sơ sinh
        // gái").
        "bé trai",
        "bé gái",
        "trẻ sơ sinh trai",
        "trẻ sơ sinh gái",
        "trẻ trai",
        "trẻ gái",
        // Parks and gardens to build ("10 công viên, vườn hoa"), clubs to
        // found ("50 câu lạc bộ").
        "công viên",
        "vườn hoa",
        "câu lạc bộ",
        // Heritage to restore or digitise ("50 hiện vật, di tích").
        "di tích",
        "hiện vật",
        // Heritage a plan has inscribed ("hai di sản ... được UNESCO ghi danh").
        "di sản",
        // What plans build, hold and award, named by their head noun as
        // printed ("5 huy chương vàng", "30 cuộc thanh tra"); a noun of one
        // concept in full ("2 cảng cạn", "hai cây cầu", "4 cuốn sách", "5
        // trung tâm logistics cấp vùng").
        "trung tâm logistics",
        "trung tâm dữ liệu",
        "trung tâm",
        "cảng cạn",
        "cảng hàng không",
        // Sports a plan keeps ("25 môn thể thao trọng điểm"). Not athletes:
        // most counts of them are of an event's field ("thu hút hơn 1.500
        // vận động viên"), which the reader would take for goals.
        "môn thể thao",
        "huy chương vàng",
        "huy chương",
        "sáng kiến",
        "sáng chế",
        "đề tài",
        "cuốn sách",
        "đầu sách",
        "tác phẩm",
        // Authors a plan has win prizes ("có 02 tác giả đạt giải thưởng").
        "tác giả",
        "thư viện",
        "nhà thi đấu",
        "sân vận động",
        "trạm sạc",
        "trạm",
        "hồ chứa nước",
        "hồ chứa",
        // Accounts opened and agreements signed ("9 triệu tài khoản", "ký
        // kết thêm ba hiệp định"), banks of one kind ("ba ngân hàng
        // thương mại").
        "tài khoản",
        "hiệp định",
        "ngân hàng thương mại",
        // Cases of a disease ("dưới 100 ca/100.000 dân") and sets of a
        // thing ("lắp đặt 3.500 bộ đèn").
        "ca",
        "bộ",
        "tuyến xe buýt",
        "tuyến metro",
        "chuyến bay",
        "lớp học",
        "cuộc",
        "chiếc",
        "tàu cá",
        // Vessels and vehicles of a fleet ("tăng thêm 15.000 tàu", "đạt 924
        // phương tiện", "90.600 tàu, thuyền").
        "tàu",
        "thuyền",
        "phương tiện",
        "khu đô thị",
        "khu dân cư",
        "khu tái định cư",
        // A kind of "khu" named before, counted again alone ("50% khu dân
        // cư (18 khu)").
        "khu",
        // Zones of farming or of raw materials ("ít nhất 05 vùng nông
        // nghiệp ứng dụng công nghệ cao"): the noun is one word.
        "vùng",
        // Files and passengers, also after a scale ("12 triệu hồ sơ", "10
        // triệu hành khách/năm").
        "hồ sơ",
        "hành khách",
        "nhân viên y tế",
        // Posts a body is allotted ("chỉ tiêu biên chế ... là 2.148 biên
        // chế").
        "biên chế",
        // Houses a union or a fund builds, by the name printed ("xây dựng
        // 30 “Mái ấm tình thương”", "1.000 Mái ấm Công đoàn").
        "mái ấm công đoàn",
        "mái ấm tình thương",
        "mái ấm",
        // Hotels of a rating ("115 khách sạn đạt tiêu chuẩn từ 1 sao trở
        // lên").
        "khách sạn",
        // Roads and lines counted by route ("172 tuyến quốc lộ", "5 tuyến
        // xe buýt").
        "tuyến quốc lộ",
        "tuyến",
        "khách hàng",
        // Guests or visitors with no kind named ("đón 5 triệu khách").
        "khách",
    ],
);

/// Count nouns abbreviated in capitals, matched as printed ("15 HTX",
/// "500 DN", "20 CLB"): hợp tác xã, doanh nghiệp, câu lạc bộ, tổ hợp tác.
pub(crate) static ABBREVIATED_COUNT_NOUNS: &[&str] = &[
    "HTX", "DN", "CLB", "THT", "LĐ",
    // Medals, gold, silver and bronze ("phấn đấu giành khoảng 90 HCV").
    "HCV", "HCB", "HCĐ",
];

/// Nouns that count only with the denominator printed after them: the
/// criteria of new rural areas per commune ("bình quân 15 tiêu chí/xã"),
/// not "trên cả 3 tiêu chí" or "xã dưới 15 tiêu chí".
pub(crate) static RATED_NOUNS: &[&str] = &[CRITERIA];
/// "tiêu chí": criteria.
pub(crate) const CRITERIA: &str = "tiêu chí";

/// Nouns that count only joined to a count noun before them ("50 câu lạc
/// bộ, đội, nhóm khởi nghiệp"); alone they group other things ("3 nhóm
/// chỉ tiêu", "45 đội tham gia").
pub(crate) static JOINED_KINDS: &[&str] = &["đội", "nhóm"];

/// Last syllables of a noun of two words that names a person by role or
/// sex ("hội viên", "học viên", "kỹ sư", "y sĩ", "phụ nữ"): a count noun, whatever the
/// first word ("1.500 hội viên", "5.000 kỹ sư").
pub(crate) static PERSON_SUFFIXES: &[&str] = &["viên", "sĩ", "sư", "nữ"];

/// "lượt" alone: visits or times, a count after a scale word ("3 triệu
/// lượt"); a page's counter otherwise ("516 lượt", "1 triệu lượt xem").
pub(crate) const VISITS: &str = "lượt";
/// "cơ sở" alone: establishments, of the kind a count noun after it
/// names ("50 cơ sở khách sạn").
pub(crate) const ESTABLISHMENTS: &str = "cơ sở";
/// Those whose visits a bare "lượt" counts, named before the figure
/// ("khách", "du khách", "hành khách").
pub(crate) const VISITORS: &str = "khách";
/// Words after "lượt" of a page's counters, never a target's unit.
pub(crate) static PAGE_COUNTERS: &[&str] = &["xem", "truy", "đọc", "chia", "thích", "bình"];

/// A finish line or a mark reached ("cán đích 11 tỷ USD", "cán mốc 1
/// triệu lượt khách"): a report cue, unless a goal cue sets the mark to
/// reach ("Phấn đấu ... cán mốc 12 tỷ USD").
pub(crate) static MARKS_REACHED: &[&str] = &["cán đích", "cán mốc", "chạm mốc"];

/// Words a target set by a resolution stands behind.
pub(crate) const TARGET_CUES: &List = &List::new(
    4,
    &[
        "phấn đấu",
        "mục tiêu",
        "chỉ tiêu",
        "đề ra",
        "quyết nghị",
        // A council's decision ("HĐND tỉnh quyết định tổng chi ngân sách
        // ... là ..."); not a decision's name ("Quyết định số 1456").
        "quyết định",
        "nghị quyết",
        // A plan a company or a body sets itself ("TDC đặt kế hoạch tổng
        // doanh thu 3.100 tỷ đồng"), governing what follows as "mục tiêu".
        "đặt kế hoạch",
        "kế hoạch",
        // An expectation a sector sets itself ("ngành gỗ đặt kỳ vọng đạt tốc
        // độ tăng trưởng từ 7 - 9%"); not experts' hopes ("các chuyên gia kỳ
        // vọng ..."), nor a plan's bar measured against ("thấp hơn kỳ vọng").
        "đặt kỳ vọng",
        // Requirements a programme sets ("Chương trình ... đặt ra yêu cầu:
        // thu nhập ... tăng ít nhất 1,5 lần; có 12 xã đạt chuẩn ...").
        "đặt ra yêu cầu",
        // A task handed down ("Chính phủ giao nhiệm vụ cho tỉnh là đạt
        // mức tăng trưởng 13,6%").
        "giao nhiệm vụ",
        // A duty a body bears ("Hạt kiểm lâm có nhiệm vụ trồng 450 ha").
        "có nhiệm vụ",
        // A level a plan is to reach by the means after ("để đạt được tăng
        // trưởng trên 8% thì ...", "cần nỗ lực hơn nữa để đạt mức hài lòng
        // từ 80% trở lên"); see [`PURPOSES_OF_NO_GOAL`].
        "để đạt",
        "định hướng",
        // A level a measure is to bring a rate to ("..., nhằm đưa tỷ lệ lao
        // động qua đào tạo đạt 58,5%").
        "nhằm đưa",
        // A scenario proposed for the plan ("Theo kịch bản đề xuất, giá trị
        // gia tăng khu vực dịch vụ tăng khoảng 11,5-12,5%"), not one a
        // forecaster models ("Theo kịch bản biến đổi khí hậu, ...").
        "kịch bản đề xuất",
        "hướng tới",
        "xác định",
        // A leader's pledge before a council ("cam kết đến năm 2027 ...",
        // "huyện quyết tâm đến năm 2028 không còn hộ nghèo").
        "cam kết",
        "quyết tâm",
        // A budget's estimate ("năm 2026, dự toán thu 10.500 tỷ đồng"); a
        // share of it ("bằng 55% dự toán") measures a result instead.
        "dự toán",
        // A quota handed down ("tỉnh được giao tuyển chọn 1.950 công dân
        // nhập ngũ"); a share of it ("đạt 100% kế hoạch được giao") is
        // measured against the plan named before it.
        "được giao",
        // What must be reached for a goal ("để đạt mục tiêu cả năm, quý IV
        // phải tăng 9,2%", "cần thực hiện khoảng 45.400 tỷ đồng").
        "phải đạt",
        "phải tăng",
        "phải tăng trưởng",
        "phải thực hiện",
        "phải giải ngân",
        "cần đạt",
        "cần tăng",
        "cần tăng trưởng",
        "cần thực hiện",
        "cần giải ngân",
    ],
);

/// Words a share after an achieved/target pair opens on ("đạt 3.120/7.450
/// tỷ đồng kế hoạch năm, tỷ lệ 41,9%"): the pair's ratio, told again.
pub(crate) static RATIO_HEADS: &[&str] = &["tỷ lệ", "tỉ lệ", "đạt tỷ lệ", "đạt", "bằng"];

/// Goal cues after the plan a result is measured against that say it was
/// set ("vượt mục tiêu đề ra", "thấp hơn kế hoạch đề ra"): part of its
/// name, no goal cue of their own.
pub(crate) static SET_OUT: &[&str] = &["đề ra"];

/// Words that name a stated target value: a number after them, with a
/// reported number before, makes an achieved/target pair.
pub(crate) const STATED_TARGET: &List = &List::new(
    5,
    &[
        "mục tiêu",
        "chỉ tiêu",
        "nghị quyết",
        "kế hoạch",
        // The growth a period was planned at ("thấp hơn kịch bản tăng
        // trưởng quý I đề ra (8,5%)"); not a baseline scenario ("so với
        // kịch bản phát triển bình thường").
        "kịch bản tăng trưởng",
        // Or named by the scenario alone ("ước đạt 7,58%/kịch bản 7,61%",
        // "thấp hơn kịch bản đề ra (5,8%)"); see [`stated_target_at`].
        SCENARIO,
        // The plan abbreviated in a report's table ("ước tăng 8,31%/KH tăng
        // 3-4%", "16.133 con/KH 16.200-16.500 con", "(KH tăng 8-9%)").
        PLAN_ABBREVIATION,
        // The resolution abbreviated ("đạt 15,8% (NQ 12%)", "(NQ: 8-9%/năm)");
        // see [`stated_target_at`].
        RESOLUTION_ABBREVIATION,
        // The level a plan expected ("đạt 6,42% ... nhưng vẫn chưa chạm tới
        // ngưỡng kỳ vọng 7,5%").
        "ngưỡng kỳ vọng",
        "mức kỳ vọng",
    ],
);
/// Words before a plan's name after which the figure that follows is the
/// gap to it, not its value ("vượt kế hoạch 5%", "thấp hơn mục tiêu 2
/// điểm").
pub(crate) static PLAN_GAP_HEADS: &[&str] = &["vượt", "vượt xa", "vượt mức", "thấp hơn", "cao hơn"];
/// The plan's names whose value may follow them at once ("không đạt chỉ
/// tiêu 60%", "so với mục tiêu giảm 5 - 10%"); not a document's ("Nghị
/// quyết 57").
pub(crate) static PLANS_VALUED: &[&str] =
    &["mục tiêu", "chỉ tiêu", "kế hoạch", "kịch bản tăng trưởng"];
/// "KH": the plan (kế hoạch) abbreviated, as a report's tables print it;
/// no denominator after '/'.
pub(crate) const PLAN_ABBREVIATION: &str = "kh";
/// "NQ": the resolution (nghị quyết) abbreviated, as a review's asides
/// print the figure it set.
pub(crate) const RESOLUTION_ABBREVIATION: &str = "nq";

/// A target's name stated at `i` ([`STATED_TARGET`]), and where it ends.
/// "KH" glued to a dash or '&' is another abbreviation ("30 DN KH-CN",
/// "KH&CN": khoa học - công nghệ), no plan; "NQ" in a document's number
/// ("57-NQ/TW") names no figure set; nor is a scenario a
/// forecaster models or a baseline ("kịch bản biến đổi khí hậu", "kịch
/// bản phát triển bình thường").
pub(crate) fn stated_target_at(toks: &[Tok<'_>], i: usize) -> Option<(&'static str, usize)> {
    let found = any_at(toks, i, STATED_TARGET)?;
    let compound = found.0 == PLAN_ABBREVIATION
        && toks
            .get(i + 1)
            .is_some_and(|t| t.glued && (t.is_dash() || t.is_punct('&')));
    // "Nghị quyết số 57-NQ/TW", "NQ-CP": a document's number, no plan.
    let numbered = found.0 == RESOLUTION_ABBREVIATION
        && (toks[i].glued && i > 0 && toks[i - 1].is_dash()
            || toks
                .get(i + 1)
                .is_some_and(|t| t.glued && (t.is_dash() || t.is_punct('/'))));
    let modelled = found.0 == SCENARIO
        && MODELLED_SCENARIOS
            .iter()
            .any(|m| phrase_at(toks, found.1, m).is_some());
    (!compound && !numbered && !modelled).then_some(found)
}

/// "kịch bản": a scenario, the growth a plan is run by.
pub(crate) const SCENARIO: &str = "kịch bản";
/// What a scenario that sets no plan models ("kịch bản biến đổi khí hậu",
/// "kịch bản phát triển bình thường", "kịch bản cơ sở").
pub(crate) static MODELLED_SCENARIOS: &[&str] = &[
    "biến đổi khí hậu",
    "phát triển bình thường",
    "cơ sở",
    "thông thường",
    "nước biển dâng",
];

/// Words after a number that measure it against a target: it is a result.
pub(crate) const MET_TARGET: &List = &List::new(
    6,
    &[
        "vượt chỉ tiêu",
        "vượt kế hoạch",
        "vượt mục tiêu",
        "vượt mức chỉ tiêu",
        "vượt mức kế hoạch",
        // Far above it ("ở mức 17%, ..., vượt xa kế hoạch được giao").
        "vượt xa chỉ tiêu",
        "vượt xa kế hoạch",
        "vượt xa mục tiêu",
        // Short of the plan, or above it ("đạt 6,3%, thấp hơn mục tiêu đề
        // ra"), as "vượt" is.
        "thấp hơn mục tiêu",
        "thấp hơn kế hoạch",
        "thấp hơn chỉ tiêu",
        "cao hơn mục tiêu",
        "cao hơn kế hoạch",
        "cao hơn chỉ tiêu",
        // Set against what a plan expected ("vẫn thấp hơn kỳ vọng của
        // Nghị quyết", "vượt kỳ vọng").
        "thấp hơn kỳ vọng",
        "cao hơn kỳ vọng",
        "vượt kỳ vọng",
        // Near it ("đạt 69,7%, ... tiệm cận mục tiêu đề ra").
        "tiệm cận mục tiêu",
        "tiệm cận chỉ tiêu",
        // Close to it ("tăng bình quân 16,9%/năm, sát với mục tiêu của Nghị
        // quyết"); not "bám sát mục tiêu", a command to keep to it.
        "sát với mục tiêu",
        "sát với chỉ tiêu",
        "sát với kế hoạch",
        // All but met, or met in the main ("tăng 44%, gần hoàn thành kế
        // hoạch năm"): words only a report uses.
        "gần hoàn thành kế hoạch",
        "gần hoàn thành chỉ tiêu",
        "gần hoàn thành mục tiêu",
        "cơ bản hoàn thành kế hoạch",
        "cơ bản hoàn thành chỉ tiêu",
        "cơ bản hoàn thành mục tiêu",
        "đạt chỉ tiêu",
        "đạt và vượt",
        "so với cùng kỳ",
        // The same period, abbreviated ("tăng 34% so CK").
        "so ck",
        "so với ck",
        "cùng kỳ",
        // A stock counted at a date against the same date of the year
        // before ("đàn lợn tăng 3,4% so với cùng thời điểm năm trước").
        "so với cùng thời điểm",
        "so với vụ trước",
        "cùng vụ",
        "so với tháng trước",
        "so với tuần trước",
        "so với quý trước",
        // A stock against the end of the year before ("dư nợ tăng 9,1% so
        // với cuối năm trước"), as a flow against the same period.
        "so với cuối năm trước",
        "so với nghị quyết",
        "so với chỉ tiêu",
        "so với kế hoạch",
        "so với mục tiêu",
        "so với dự toán",
        // "so" alone, as tables and short reports print it ("tăng 2% so
        // kế hoạch năm", "đạt 96% so KH").
        "so kế hoạch",
        "so kh",
        "so chỉ tiêu",
        "so nghị quyết",
        "so dự toán",
        "vượt dự toán",
        // Reached the finish ("đạt 8,1%, về đích sớm mục tiêu đề ra").
        "về đích",
    ],
);

/// Last words of the phrases of [`MET_TARGET`] that set a change against
/// a past period, no plan ("tăng 140% so với cùng kỳ", "so với vụ
/// trước", "so với cùng thời điểm"): a goal's change may be so told too.
pub(crate) static PAST_PERIOD_TAILS: &[&str] = &["kỳ", "ck", "vụ", "điểm", "trước"];

/// The goal or the plan told met after a figure, its value not restated
/// ("bình quân 9,3%/năm, đạt mục tiêu nghị quyết đề ra"); before one they
/// name it ("đạt mục tiêu tăng trưởng 8%"), and after a purpose ("Để đạt
/// mục tiêu ...") they are none.
/// So is one completed ("đạt 10.452 tỷ đồng, hoàn thành chỉ tiêu Nghị
/// quyết ... trước 02 năm").
pub(crate) static GOALS_MET: &[&str] = &[
    "đạt mục tiêu",
    "đạt kế hoạch",
    "hoàn thành chỉ tiêu",
    "hoàn thành kế hoạch",
    "hoàn thành mục tiêu",
];
/// "hoàn": the first word of "hoàn thành" (see [`GOALS_MET`]).
pub(crate) const COMPLETE_HEAD: &str = "hoàn";

/// Judgements a review passes on how a sector fared: report cues, unless
/// a goal cue governs them ("Phấn đấu kinh tế tăng trưởng khá, ...").
pub(crate) static EVALUATIONS: &[&str] = &[
    "tăng trưởng khá",
    "phát triển khá",
    "có bước phát triển",
    "chuyển dịch đúng hướng",
    "dẫn đầu cả nước",
    // How high a result came ("hằng năm đạt khá cao khoảng 95%", "GRDP
    // tăng cao, bình quân 15,7%/năm", "đạt mức tăng khá", "tăng mạnh").
    "khá cao",
    "tăng cao",
    "tăng khá",
    "tăng mạnh",
    // A mark left ("Công tác an sinh xã hội tạo dấu ấn mạnh mẽ với việc
    // xóa hơn 7.000 căn nhà tạm").
    "tạo dấu ấn",
    // A change plain to see ("Công tác giảm nghèo đạt hiệu quả rõ rệt,
    // đến cuối nhiệm kỳ 100% hộ nghèo thoát nghèo").
    "rõ rệt",
    // A turn for the better ("Công tác cải cách hành chính có nhiều chuyển
    // biến tích cực, tỷ lệ ... đạt 100%"), a level found too low ("mật độ
    // bác sĩ ... rất thấp: Tây Ninh 4,3 bác sĩ, ...").
    "chuyển biến tích cực",
    "rất thấp",
];

/// A change brought about ("giảm được 3% hộ nghèo"): a report cue, but
/// the change a goal cue of the sentence sets out to bring ("Phấn đấu đến
/// năm 2025 giảm được 50% ngư cụ bị thải bỏ").
pub(crate) static CHANGES_MANAGED: &[&str] = &["giảm được", "tăng được"];

/// "tính chung": taken together, a report cue unless the span it sums is
/// still ahead ("tính chung cả giai đoạn 2021 - 2030 đạt gần 8%").
pub(crate) const SUMMED_UP: &str = "tính chung";
/// Words of a report on the past: the nearest cue before a number decides.
pub(crate) const REPORT_CUES: &List = &List::new(
    7,
    &[
        "đã",
        "đến nay",
        "năm qua",
        "vừa qua",
        "thời gian qua",
        "nhiệm kỳ qua",
        "nhìn lại",
        "tính đến",
        "tính chung",
        "lũy kế",
        "luỹ kế",
        "từ đầu nhiệm kỳ",
        // The year so far ("từ đầu năm đến ngày 16-4 đạt gần 1.100 tỷ
        // đồng"); not a year's span set ahead ("ngay từ đầu năm 2026").
        "từ đầu năm đến",
        "từ đầu năm tới",
        // A change brought about; see [`CHANGES_MANAGED`].
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
        // What actually came ("độ che phủ rừng thực tế năm 2020 (đạt hơn
        // 59,4%)", "thực tế đạt 6,2%"), against a plan; not the kind of a
        // check ("kiểm tra thực tế hàng hóa").
        "thực tế năm",
        "thực tế đạt",
        "thực tế (",
        "kết quả",
        "hiện nay có",
        "vẫn",
        // What has always been so ("tốc độ tăng trưởng ... luôn đạt trên
        // 12%"): a record looked back on; see [`ALWAYS_REACHED`].
        "luôn đạt",
        // Recent years looked back on ("những năm gần đây khoảng 6 - 7%/năm"),
        // a record set ("đạt kỷ lục 930 tỷ USD"), what an inspection found
        // ("Qua thanh tra, kiến nghị thu hồi ...").
        // A judgement a review passes ("Kinh tế tăng trưởng khá; ...",
        // "Nông nghiệp có bước phát triển"): see [`EVALUATIONS`].
        "tăng trưởng khá",
        "phát triển khá",
        "có bước phát triển",
        "chuyển dịch đúng hướng",
        "khá cao",
        "tăng cao",
        "tăng khá",
        "tăng mạnh",
        "tạo dấu ấn",
        "rõ rệt",
        "chuyển biến tích cực",
        "rất thấp",
        // Where the place stands among all ("một trong những tỉnh dẫn đầu
        // cả nước về độ che phủ rừng với tỷ lệ hơn 65%").
        "dẫn đầu cả nước",
        // A streak kept ("Đảng bộ 3 năm liền đạt trong sạch, vững mạnh",
        // "trong 4 năm liên tiếp, ... vượt mức thu ngân sách 100.000 tỷ
        // đồng"): years gone by; see [`STREAKS`].
        "năm liền",
        "năm liên tiếp",
        "những năm gần đây",
        "các năm gần đây",
        // Years before the time told ("Những năm trước đó, năng suất lao
        // động tăng trưởng dưới 5%", "những năm trước đây").
        "năm trước đó",
        "năm trước đây",
        // Also counted ("trong 10 năm gần đây, ... tăng bình quân 5%/năm").
        "năm gần đây",
        "thời gian gần đây",
        "kỷ lục",
        // Examples cited of what came ("Điển hình như Hà Giang chỉ thoát
        // 1/134 xã; Điện Biên thoát 7/101 xã"): a plan sets no examples.
        "điển hình như",
        "điển hình là",
        "chẳng hạn",
        // A finish line or a mark reached ("Xuất khẩu thủy sản cán đích 11
        // tỷ USD"): see `MARKS_REACHED`.
        "cán đích",
        "cán mốc",
        "chạm mốc",
        // The half of the year gone ("Ngay trong nửa đầu năm, tốc độ tăng
        // trưởng đạt 3,74%"), as "6 tháng đầu năm" is.
        "nửa đầu năm",
        "nửa năm đầu",
        "qua thanh tra",
        // What a survey or a review found ("Qua khảo sát sự hài lòng ...
        // đều đạt trên 80%", "qua bình xét có 97% ...").
        "qua khảo sát",
        "qua điều tra",
        "qua bình xét",
        "qua kiểm tra",
        "qua giám sát",
        // What a rating found ("Qua đánh giá, có 604 TCCSĐ hoàn thành tốt
        // nhiệm vụ, đạt 91,2%").
        "qua đánh giá",
        "sáp nhập",
        // The same merger in one word ("được thành lập trên cơ sở nhập 3
        // xã"), not an import ("nhập khẩu").
        "trên cơ sở nhập",
        "trên cơ sở hợp nhất",
        // Figures cited from a source of data ("Theo số liệu thống kê,
        // dân số ... là 3,6 triệu người"), not a plan ("Theo kế hoạch").
        "theo số liệu",
        // A scenario's forecast ("Theo kịch bản biến đổi khí hậu, đến năm
        // 2050 nhiệt độ ... có thể tăng 1,4-1,9°C").
        "theo kịch bản",
        // What may come, as experts expect it ("xuất khẩu dệt may năm 2026
        // có thể đạt 48-50 tỷ USD"): a forecast, not a goal.
        "có thể đạt",
        "có thể tăng",
        "có thể giảm",
        // What will hardly be reached ("đến năm 2030, tỷ lệ đô thị hóa rất
        // khó đạt 30%"): a judgement on the goal, no goal.
        "khó đạt",
        "theo thống kê",
        "theo báo cáo",
        "theo kết quả điều tra",
        "theo sách trắng",
        // The stock market's day ("Kết phiên, VN-Index tăng 12,46 điểm ...;
        // giá trị giao dịch đạt hơn 24.500 tỷ đồng", "khối ngoại bán ròng");
        // not "giá trị giao dịch" alone, which a plan may set for payments.
        "vn - index",
        "hnx - index",
        "bán ròng",
        "mua ròng",
        // Reported speech and the present state ("Ông A cho biết: ...",
        // "hiện nay", "mới chỉ đạt"): what is, not what is to be.
        "cho biết",
        "cho hay",
        "hiện nay",
        "hiện tại",
        "mới chỉ",
        // A review's count of targets met ("có 19/21 chỉ tiêu đạt và vượt;
        // thu ngân sách bình quân tăng ..."): the items after it are results.
        "đạt và vượt",
        // Statistics and their findings, casualties of what happened.
        // A table's column of results ("Thực hiện năm 2025: ..."); a plan
        // for the year ("Kế hoạch thực hiện năm 2026") governs it.
        "thực hiện năm",
        "theo điều tra",
        "theo khảo sát",
        "cho thấy",
        // What figures point out ("Số liệu từ Cục ... chỉ ra, ... mỗi năm
        // thải ra khoảng 1,8 triệu tấn rác thải nhựa").
        "chỉ ra",
        "làm chết",
        "làm bị thương",
        // The damage a disaster did ("làm tốc mái 2.316 ngôi nhà", "bị sạt
        // lở ... khoảng 15.000 m3").
        "làm tốc mái",
        "làm sập",
        "làm hư hỏng",
        "làm ngập",
        "bị sạt lở",
        "bị hư hỏng",
        "bị ngập",
        "bị thiệt hại",
        "bắt giữ",
        "thu giữ",
        // Sanctions imposed or laid down ("xử phạt 19 chủ tàu với tổng số
        // tiền 1,25 tỷ đồng", "bị phạt tiền từ 30 đến 40 triệu đồng").
        "xử phạt",
        "phạt tiền",
        // A policy's norms, not goals ("Mức hỗ trợ ... là 60 triệu đồng/căn",
        // "Mức lương cơ sở là 2,34 triệu đồng/tháng").
        "mức hỗ trợ",
        "mức trợ cấp",
        "mức lương",
        "định mức",
        // A cap or a standard rate ("Mức trần học phí ... là 1,69 triệu
        // đồng/sinh viên/tháng", "Mức chuẩn trợ giúp xã hội là 500.000 đồng").
        "mức trần",
        "mức chuẩn",
        // A loan's limit ("mức vốn cho vay tối đa bằng 80% giá trị hợp đồng").
        "mức cho vay",
        "mức vốn cho vay",
        // What an effort brought ("Nhờ vậy đến hết năm 2025, tỷ lệ gia đình
        // văn hóa đạt 96,3%"): a result told as the fruit of what was done.
        "nhờ vậy",
        "nhờ đó",
        "nhờ thế",
        // A limit allowed ("tốc độ tối đa cho phép là 120 km/h"); not what
        // a service allows to be done ("80% dịch vụ công cho phép thanh
        // toán trực tuyến, 90% hồ sơ ...").
        "tối đa cho phép",
        "tối thiểu cho phép",
        "cho phép là",
        // Those who took part in what was done ("với sự tham gia của 1.200 hộ").
        "với sự tham gia",
        "với sự tham dự",
        // Those met or given to at an event ("gặp mặt 52 hội viên", "tặng
        // quà 300 hộ"): counts of people at an occasion, as of delegates.
        "gặp mặt",
        "tặng quà",
        "thăm hỏi",
        // A market's swing ("giá ... dao động từ 300.000 đồng đến 2,5 triệu
        // đồng/cành", "dao động 6.800 - 7.200 đồng/kg"): what was observed;
        // a plan holds a level ("ổn định", "duy trì ở mức").
        "dao động",
    ],
);

/// Names of a period of years ("Nhiệm kỳ 2015-2020, ...", "Giai đoạn
/// 2021-2025, ..."): a period leading a sentence dates all of it.
pub(crate) const PERIODS: &List = &List::new(
    40,
    &["nhiệm kỳ", "giai đoạn", "thời kỳ", "năm học", "niên vụ"],
);
/// Words before a period that leads a sentence ("Trong nhiệm kỳ 2015-2020, ...").
pub(crate) const PERIOD_OPENERS: &List = &List::new(41, &["trong", "cả"]);

/// Terms ahead, named with no years ("Nhiệm kỳ mới, ...", "Trong nhiệm kỳ
/// tới, ..."): a sentence that opens on one moves on from the one before.
pub(crate) static TERMS_AHEAD: &[&str] = &[
    "nhiệm kỳ mới",
    "nhiệm kỳ tới",
    "nhiệm kỳ sau",
    "giai đoạn mới",
    "giai đoạn tới",
];

/// A term under review, named with no years, opening a sentence before
/// its comma ("Trong nhiệm kỳ, tỉnh thu hút ...", "Nhiệm kỳ qua, ..."):
/// with a subject after it, the sentence narrates what was done.
pub(crate) static TERMS_UNDER_REVIEW: &[&str] = &[
    "trong nhiệm kỳ qua",
    "trong nhiệm kỳ",
    "nhiệm kỳ qua",
    "trong giai đoạn qua",
    "giai đoạn qua",
];

/// Occasions and seasons a sentence may open on with their year ("Vụ Đông
/// Xuân 2024 - 2025, ...", "Lễ hội hoa năm 2025 thu hút ...", "Đợt rét
/// đậm năm 2024 ...", "Năm học 2024-2025, ..."): with no cue, what the
/// occasion brought is told.
pub(crate) static OCCASIONS: &[&str] = &[
    "vụ",
    "đợt",
    "mùa",
    "lễ hội",
    "kỳ thi",
    "hội chợ",
    "tuần lễ",
    "năm học",
];

/// "danh sách": a list drawn up, whose size a number after it gives
/// ("phê duyệt danh sách 128 xã").
pub(crate) const LIST_DRAWN_UP: &str = "danh sách";

/// "đạt và vượt": a count of targets met ("có 18/20 chỉ tiêu đạt và vượt
/// Nghị quyết đề ra"); the plan named after it is what was met, no cue.
pub(crate) const MET_IN_FULL: &str = "đạt và vượt";
/// Quantifiers of the targets met ("đạt và vượt hầu hết các chỉ tiêu",
/// "đã hoàn thành mọi chỉ tiêu"), indexed: the rules ask it at every cue
/// a verb of meeting may govern.
pub(crate) const MANY_OF: &List = &List::new(
    63,
    &[
        "hầu hết các",
        "hầu hết",
        "phần lớn các",
        "phần lớn",
        "nhiều",
        "tất cả các",
        "toàn bộ các",
        "toàn bộ",
        "mọi",
        "các",
    ],
);
/// Quantifiers that count targets as a report does ("Năm 2024, nhiều chỉ
/// tiêu ... tăng trưởng cao", "có một số chỉ tiêu đạt khá"): a count, no
/// cue, as a number before them is; not "các", which leads a plan's list
/// ("Các chỉ tiêu chủ yếu: ...").
pub(crate) static COUNTING_QUANTIFIERS: &[&str] = &[
    "hầu hết các",
    "hầu hết",
    "phần lớn các",
    "phần lớn",
    "đa số các",
    "đa số",
    "nhiều",
    "một số",
];
/// Words of effort between "đã" and "phấn đấu" ("đã nỗ lực phấn đấu"):
/// striving told in the past is a report.
pub(crate) static EFFORTS: &[&str] = &["nỗ lực", "tích cực", "không ngừng", "quyết tâm"];
/// "giao": assigned, closing the name of the plan with its giver ("vượt
/// chỉ tiêu Trung ương giao 22,2%").
pub(crate) const ASSIGNED: &str = "giao";

/// Sources cited after a comma, closing a sentence (", theo số liệu của
/// Tổng cục Thống kê", ", theo báo cáo của UBND tỉnh"): what comes before
/// was measured.
pub(crate) static CITED_SOURCES: &[&str] = &[
    "theo số liệu",
    "theo thống kê",
    "theo báo cáo",
    "theo kết quả điều tra",
    "theo kết quả khảo sát",
    "theo cục thống kê",
    "theo tổng cục thống kê",
];
/// Readings given of the figures before, after a comma (", phản ánh chất
/// lượng tăng trưởng ngày càng được cải thiện", ", cho thấy đà phục hồi
/// ..."): what was measured, as a source cited after them tells.
pub(crate) static READINGS_GIVEN: &[&str] = &["phản ánh", "cho thấy", "chứng tỏ"];

/// "dự toán": the budget's estimate; opening an aside after a result
/// ("đạt 1.240 tỷ đồng (dự toán giao 1.100 tỷ đồng)") it states the
/// target the result is measured against, as "(kế hoạch ...)" does.
pub(crate) const BUDGET_ESTIMATE: &str = "dự toán";
/// "số giao": the figure a plan assigns ("số giao thu ngân sách").
pub(crate) const ASSIGNED_FIGURE: &str = "số giao";

/// "dân": inhabitants, counted after a scale ("17 triệu dân").
pub(crate) const INHABITANTS: &str = "dân";

/// "hơn": more than, rounding what there is ("nơi có hơn 2 triệu dân",
/// "có 31 chi bộ, hơn 900 đảng viên"); a plan's floor says "trên", "ít
/// nhất" or "từ ... trở lên".
pub(crate) const MORE_THAN: &str = "hơn";

/// Provinces and cities, the country's units.
pub(crate) static PROVINCES: &[&str] = &["tỉnh", "thành phố"];
/// Prepositions of place or of whom before a count of provinces ("tại 34
/// tỉnh", "cho 34 tỉnh, thành phố", "trong 63 tỉnh").
pub(crate) static WHERE_OR_FOR: &[&str] = &["tại", "ở", "trong", "cho", "từ", "của", "trên"];

/// "cũ": former; after an administrative unit ("4 xã cũ", "xã Tân Hòa cũ",
/// "huyện Tân Kỳ (cũ)") it names a unit merged away, whose figures are
/// the past: no plan sets a goal for a unit that is no more.
pub(crate) const FORMER: &str = "cũ";
/// Administrative units: a merger leaves them as former ones ("xã", "thị
/// trấn"); joined by commas they count as one kind of place.
pub(crate) static ADMINISTRATIVE_UNITS: &[&str] = &[
    "xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "phố",
    "trấn",
    "thôn",
    "làng",
    "bản",
    "ấp",
    "xóm",
];

/// Words of an estimate or a forecast ("ước đạt 51 triệu đồng", "dự kiến
/// đạt 7,2%", "dự báo cả năm tăng 5%"): the figures of the sentence are
/// expected results, not goals (annotation rule 1), unless the plan's
/// future follows ("dự kiến sẽ đạt") or a target cue names it ("chỉ tiêu
/// dự kiến"). Preliminary figures are estimates too ("sản lượng ... sơ bộ
/// đạt 646.088 tấn").
pub(crate) const ESTIMATES: &List =
    &List::new(42, &["dự kiến", "dự báo", "dự đoán", "ước", "sơ bộ"]);
/// An estimate named between "so với" and the figure compared with ("cao
/// hơn so với ước đạt 7,85% của năm 2025").
pub(crate) static ESTIMATED_LEVELS: &[&str] = &[
    "ước đạt",
    "ước thực hiện",
    "ước tính",
    "mức ước đạt",
    "mức ước thực hiện",
];
/// "dự kiến": planned or expected; under a goal the sentence sets, planned.
pub(crate) const PLANNED: &str = "dự kiến";
/// Documents that plan ahead, whose expectations are their projections
/// ("Theo dự thảo Quy hoạch điện VIII, dự kiến tới năm 2030 ...").
pub(crate) static PLAN_DOCUMENTS: &[&str] = &[
    "quy hoạch",
    "kế hoạch",
    "chiến lược",
    "đề án",
    "dự thảo",
    "chương trình",
];
/// Words before "ước" that make another word of it ("quy ước", "hương
/// ước", "công ước", "hiệp ước", "mong ước", "thỏa ước lao động tập thể").
pub(crate) static ESTIMATE_LOOKALIKE_HEADS: &[&str] = &[
    "quy", "hương", "công", "hiệp", "mong", "giao", "cam", "khế", "điều", "thỏa", "thoả", "nguyện",
];
/// Words after "ước" that make another word of it ("ước mơ", "ước muốn").
pub(crate) static ESTIMATE_LOOKALIKE_TAILS: &[&str] = &["mơ", "muốn", "vọng", "nguyện", "ao"];
/// Verbs of reported speech ("Sở ... cho biết, ..."): a report cue, but
/// what is said goes by its own tense ("..., đến năm 2030 sẽ giảm 9%").
pub(crate) static SPEECH: &[&str] = &["cho biết", "cho hay"];
/// Words of a goal replaced by a new one ("..., thay cho mục tiêu 12% trước
/// đó"): the two are goals, no result against a plan.
pub(crate) static REPLACES: &[&str] = &["thay cho", "thay thế", "thay vì"];
/// "sẽ": will; after an estimate it makes a plan's figure for the future.
pub(crate) const FUTURE: &str = "sẽ";
/// "đã": the past tense marker.
pub(crate) const PAST: &str = "đã";

/// Quotas a share may be measured against ("đạt 112% chỉ tiêu").
pub(crate) const QUOTAS: &List = &List::new(43, &["chỉ tiêu", "mục tiêu"]);
/// "chỉ tiêu", the quota that may name an indicator ("chỉ tiêu tỷ lệ ...").
pub(crate) const INDICATOR_QUOTA: &str = "chỉ tiêu";
/// Words after "100% chỉ tiêu" that make the quota the plan's ("chỉ tiêu
/// nghị quyết", "chỉ tiêu đề ra"): reaching it is a result. Another noun
/// names a quota of its own ("100% chỉ tiêu tuyển quân"), often a goal.
pub(crate) const PLAN_AFTER_QUOTA: &List = &List::new(
    44,
    &[
        "nghị quyết",
        "kế hoạch",
        "đề ra",
        "được giao",
        // Handed down from the level above ("đạt 100% chỉ tiêu trên giao");
        // not "chỉ tiêu giao quân", a quota of its own.
        "trên giao",
        "của",
        "đại hội",
        "năm",
        // What the quota was met with ("đạt 100% chỉ tiêu với 2.150 thanh
        // niên nhập ngũ"): the figures that fill it, no name.
        "với",
    ],
);

/// Words that bring a total to a level ("kết nạp 326 đảng viên, nâng tổng
/// số đảng viên lên 8.450"): the figures of the sentence are results.
pub(crate) const TOTALS_BROUGHT: &List = &List::new(46, &["nâng tổng số", "nâng tổng"]);
/// "chiếm": takes up; ", chiếm 87,5%" after a count restates it as a share.
pub(crate) const TAKES_UP: &str = "chiếm";

/// Comparatives a gap is told with after a figure ("89%, cao hơn bình quân
/// cả nước 4,5 điểm phần trăm"); each a word and [`MORE_THAN`].
pub(crate) static GAPS: &[&str] = &["cao hơn", "thấp hơn", "nhiều hơn", "ít hơn"];

/// Whether a comparative of a gap opens at token `k` right after a comma
/// or in an aside ("đạt khoảng 7,38%, cao hơn 2,2% so với năm 2023", "(cao
/// hơn 1,25 lần bình quân cả nước)"): it tells how far a figure just told
/// stands from another, and bounds nothing.
pub(crate) fn gap_told_at(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && (toks[k - 1].is_punct(',') || toks[k - 1].is_punct('('))
        && GAPS.iter().any(|g| phrase_at(toks, k, g).is_some())
}

/// Ranks after a figure ("đạt 8,2%, đứng thứ 10 cả nước"): with a number
/// after them, a result placed among others.
pub(crate) const RANKS: &List = &List::new(45, &["đứng thứ", "xếp thứ", "xếp hạng"]);
/// "mà": which, opening a relative clause ("dữ liệu mà người dùng đã cung
/// cấp"); a past told inside it qualifies a noun, no report.
pub(crate) const RELATIVE: &str = "mà";
/// The most words between "mà" and the "đã" of its clause ("mà người dùng
/// đã").
pub(crate) const RELATIVE_SUBJECT_WORDS: usize = 3;
/// "hoặc": or; "bằng hoặc cao hơn mức trung bình" is a level to reach.
pub(crate) const OR: &str = "hoặc";
/// Results set against others' or the past's after a figure ("là 113,2,
/// cao hơn mức trung bình cả nước", "đạt 7,8%/năm, cao nhất từ trước đến
/// nay"): a result placed among others, with no number after.
pub(crate) const SET_AGAINST_OTHERS: &List = &List::new(
    51,
    &[
        "cao hơn mức trung bình",
        "thấp hơn mức trung bình",
        "cao hơn mức bình quân",
        "thấp hơn mức bình quân",
        "cao hơn trung bình",
        "thấp hơn trung bình",
        "cao hơn bình quân",
        "thấp hơn bình quân",
        // "..., cao hơn so với mức tăng bình quân chung của cả nước".
        "cao hơn mức tăng bình quân",
        "thấp hơn mức tăng bình quân",
        "cao hơn so với mức tăng bình quân",
        "thấp hơn so với mức tăng bình quân",
        "cao hơn so với mức trung bình",
        "thấp hơn so với mức trung bình",
        "cao hơn so với mức bình quân",
        "thấp hơn so với mức bình quân",
        "cao hơn so với bình quân",
        "thấp hơn so với bình quân",
        "cao hơn so với trung bình",
        "thấp hơn so với trung bình",
        "cao nhất từ trước",
        "cao nhất từ trước đến nay",
        "cao nhất từ trước tới nay",
    ],
);
/// "được giao": handed down; setting a quota ("tỉnh được giao tuyển chọn
/// ..."), or naming one after its noun ("vốn được giao với tổng số ...").
pub(crate) const QUOTA_HANDED: &str = "được giao";
/// Words after "được giao" that close the noun phrase it qualifies.
pub(crate) static RELATIVE_TAILS: &[&str] = &["với", "và", "là", "của", "cho", "trong", "năm"];
/// Goal nouns: a goal named, pointed back to ("Mục tiêu này ...") or
/// laid down by count ("quy định 26 chỉ tiêu").
static GOAL_NOUNS: &[&str] = &["mục tiêu", "chỉ tiêu"];

/// Where the goal noun starting at token `i` ends, if one does.
pub(crate) fn goal_noun_at(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    GOAL_NOUNS.iter().find_map(|g| phrase_at(toks, i, g))
}
/// Words after a goal noun that point back to a goal set before.
static POINTING_BACK: &[&str] = &["này", "đó", "ấy", "trên", "nói trên", "nêu trên"];

/// Where a goal noun that points back to a goal set before, starting at
/// token `i`, ends ("Mục tiêu này có cơ sở thực hiện ...", "chỉ tiêu nói
/// trên"): it names that goal, sets none. Not a floor ("chỉ tiêu trên
/// 90%").
pub(crate) fn goal_pointed_back_at(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let noun = goal_noun_at(toks, i)?;
    POINTING_BACK
        .iter()
        .find_map(|w| phrase_at(toks, noun, w))
        .filter(|&e| toks.get(e).is_none_or(|t| t.kind != Kind::Num))
}

/// "quyết tâm": resolve; a goal cue as a verb ("huyện quyết tâm đến năm
/// 2028 ..."), none as a noun ("với tinh thần quyết tâm cao").
pub(crate) const RESOLVE: &str = "quyết tâm";
/// Words before "quyết tâm" that make a noun of it.
pub(crate) static RESOLVE_NOUN_HEADS: &[&str] = &["tinh thần", "sự", "với", "lòng", "niềm"];
/// Words after "quyết tâm" that make a noun of it ("quyết tâm cao").
pub(crate) static RESOLVE_NOUN_TAILS: &[&str] = &["cao", "lớn", "chính"];
/// Words that link a clause of its own ("..., đồng thời bổ sung chỉ tiêu
/// ...", "..., để bám sát mục tiêu ..."): a target named after them is no
/// pair with a figure before them.
pub(crate) static CLAUSE_LINKS: &[&str] = &[
    "đồng thời",
    "để",
    "nhằm",
    // "..., tạo nền tảng cho mục tiêu tăng trưởng hai con số": the ground
    // a result lays for a goal to come, which it does not measure.
    "tạo nền tảng",
    "tạo tiền đề",
    "làm tiền đề",
    // What a result went to ("kết nạp 167 đảng viên, vượt chỉ tiêu giao,
    // góp phần nâng tổng số đảng viên lên 1.586"): no target of it.
    "góp phần",
];
/// Words that set a goal, before a figure ("đặt mục tiêu phấn đấu ... đạt
/// khoảng 11%, cao hơn mục tiêu Chính phủ giao (trên 10%)"): the figure is
/// a goal, and a target it is set against is another. So is what a body
/// requires ("Chính phủ yêu cầu ... tăng trưởng GDP năm 2025 đạt ít nhất
/// 8% ... (cao hơn mục tiêu Quốc hội đề ra là 6,5-7%)").
pub(crate) static GOAL_SETTERS: &[&str] = &["phấn đấu", "đặt mục tiêu", "yêu cầu"];
/// "mỗi": each; "mỗi xã một sản phẩm" gives each its share, no result
/// and no count.
pub(crate) const EACH_ONE: &str = "mỗi";
/// Words that set a result against the target before it ("mục tiêu ... là
/// 8% nhưng thực tế chỉ đạt 6,2%").
pub(crate) static CONTRASTS: &[&str] = &["nhưng", "song", "tuy nhiên", "trong khi"];
/// "hỗ trợ": to support; the sum or the share of a cost after it is what
/// a rule gives ("hỗ trợ 30 triệu đồng đối với ...", "hỗ trợ 100% kinh
/// phí").
pub(crate) const SUPPORT: &str = "hỗ trợ";
/// Words after a sum that give it for each of those named ("50 triệu đồng
/// đối với sản phẩm đạt 4 sao", "cho mỗi hộ").
pub(crate) const FOR_EACH: &List = &List::new(61, &["đối với", "cho mỗi", "mỗi"]);
/// Costs a share after "hỗ trợ" covers ("100% kinh phí", "50% học phí").
/// ("20% mức đóng" of a health insurance card, too).
pub(crate) const COSTS: &List = &List::new(
    62,
    &["kinh phí", "chi phí", "học phí", "lãi suất", "mức đóng"],
);
/// Words of need before a sum ("xã cần khoảng 40 tỷ đồng đầu tư"): what a
/// goal costs, not a goal.
pub(crate) static NEEDS: &[&str] = &["cần", "cần có", "cần thêm", "cần tới", "cần đến"];
/// "thêm": more; "có thêm 3 xã" is growth to reach, not what there is.
pub(crate) const MORE: &str = "thêm";
/// "của": of; "6,68% của năm 2015" is the figure a year recorded.
pub(crate) const OF: &str = "của";
/// "trước": before; "6,5% của năm trước" is the year before's figure.
pub(crate) const BEFORE: &str = "trước";
/// "toàn": the whole of a place ("Toàn huyện có 85% hộ ..."), a subject
/// whose state is described.
pub(crate) const WHOLE: &str = "toàn";
/// Places named by a word of more than one, or by a common noun, that may
/// stand as a subject after a year ("Năm 2025, thành phố có ...", "Năm
/// 2026 địa phương hoàn thành ...").
pub(crate) static PLACES_AS_ACTORS: &[&str] = &["thành phố", "thị xã", "địa phương", "toàn quốc"];
/// "cả": all of a place, as "toàn" ("cả nước có hơn 940.000 doanh nghiệp").
pub(crate) const ALL: &str = "cả";

/// "giao": to hand a task, a quota or a budget to the units named after it.
pub(crate) const HAND_OVER: &str = "giao";
/// "cho": to whom a task or a budget is handed ("giao dự toán ... cho 68 xã").
pub(crate) const TO_WHOM: &str = "cho";
/// Bodies besides places that a task, a quota or beds are handed to
/// ("giao thêm 165 giường bệnh kế hoạch cho 12 bệnh viện").
pub(crate) static HANDED_BODIES: &[&str] = &[
    "bệnh viện",
    "đơn vị",
    "cơ quan",
    "sở",
    "ngành",
    "địa phương",
    "trường",
    "doanh nghiệp",
    "bộ",
];

/// Modal verbs after a subject ("toàn tỉnh phải đạt ...", "toàn huyện sẽ
/// có ..."): what the subject must or will do, not what it did.
pub(crate) static MODALS: &[&str] = &["phải", "sẽ", "cần"];
/// Openers of a purpose ("Để đạt mục tiêu tăng trưởng 8%, quý IV phải tăng
/// 10,5%"): the goal they name is no result a later figure is measured
/// against.
pub(crate) static PURPOSES: &[&str] = &[
    "để đạt",
    "để thực hiện",
    "để hoàn thành",
    "nhằm đạt",
    "nhằm thực hiện",
    "nhằm hoàn thành",
    "để vượt",
    "nhằm vượt",
];
/// The most words between a modal and the figure it governs ("phải tăng
/// khoảng 10,5%", "phải thu tối thiểu").
pub(crate) const MODAL_REACH: usize = 2;

/// "được" right before a number after a verb: a resultative, the amount
/// achieved ("kết nạp được 245 đảng viên", "trồng được 1.850 ha").
pub(crate) const ACHIEVED: &str = "được";
/// Markers of the passive ("được phát hiện", "bị bắt giữ"): an act so told
/// may name what is counted rather than report it.
pub(crate) static PASSIVES: &[&str] = &["được", "bị"];
/// Verbs that open an item to command a change ("Giảm tỷ lệ hộ nghèo từ 5%
/// xuống 3%"): a goal's imperative, where a report states the subject first.
pub(crate) static CHANGE_COMMANDS: &[&str] = &["giảm", "tăng", "nâng", "đưa", "hạ", "kéo"];

/// Whether the token at `k` commands a change ([`CHANGE_COMMANDS`]), not
/// opens a noun the verb makes ("tăng trưởng", "hạ tầng"; see
/// [`VERB_NOUN_COMPOUNDS`]).
pub(crate) fn change_command_at(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        CHANGE_COMMANDS.contains(&t.low.as_ref())
            && !toks
                .get(k + 1)
                .is_some_and(|n| VERB_NOUN_COMPOUNDS.contains(&(t.low.as_ref(), n.low.as_ref())))
    })
}
/// Works done on land, whose area an item opening on them gives as the
/// work's size ("Trồng rừng tập trung ... diện tích 40.000 ha").
pub(crate) static AREA_WORKS: &[&str] = &[
    "trồng",
    "khoanh nuôi",
    "chăm sóc",
    "phục hồi",
    "cải tạo",
    "tưới",
    "chuyển đổi",
];
/// Verbs besides the counting ones ([`COUNTING_VERBS`]) that command
/// works counted right after them ("Hoàn thành 5 dự án nguồn điện với tổng
/// công suất 3.290 MW"), whose size told after "với" is theirs to reach.
pub(crate) static WORKS_COMMANDED: &[&str] = &["hoàn thành", "đầu tư"];
/// Verbs of restraint that open a goal's sentence as a command does
/// ("Kiềm chế tỷ lệ gia tăng người nghiện dưới 1%/năm").
pub(crate) static RESTRAINTS: &[&str] = &["kiềm chế", "kìm hãm", "ngăn chặn"];

/// First words of a parenthesis that make its figure a condition or a
/// comparison, not an item of its own ("(có công suất từ 10 m3 trở lên)",
/// "(tăng 0,5% so với kế hoạch)").
pub(crate) static CONDITION_HEADS: &[&str] = &[
    "có", "với", "từ", "so", "tăng", "giảm", "vượt", "bằng", "chiếm", "gồm", "tương", "khoảng",
    "gấp", "tức", "hay", "đạt", "là", "năm", "giai", "thời", "nhiệm",
];

/// Words a sentence opens with to go on with the previous one ("Cụ thể, ...",
/// or a bullet of the same list: "... đạt 10 doanh nghiệp. - Tỷ lệ ..."):
/// it reads as the previous sentence did, a goal or a report.
pub(crate) const CONTINUATIONS: &List =
    &List::new(16, &["cụ thể", "theo đó", "trong đó", "-", "–", "+", "•"]);

/// Verbs of carrying out a document ("Sau 5 năm thực hiện Nghị quyết"):
/// the document after them is what a report looks back on, not a goal cue.
pub(crate) const CARRIED_OUT: &List = &List::new(47, &["thực hiện", "triển khai"]);
/// A plan named with its year and no "năm" ("Kế hoạch 2026:", "KH 2027:"),
/// as a table's columns are: the year is the plan's deadline.
pub(crate) static PLAN_YEAR_HEADS: &[&str] = &["kế hoạch", "kh"];
/// The plan named between the two figures of an achieved/target pair
/// ("51%/ chỉ tiêu 50%", "1.250/KH 1.200 hộ").
pub(crate) static PLANS_AFTER_SLASH: &[&str] = &[
    "chỉ tiêu",
    "kế hoạch",
    "kh",
    "mục tiêu",
    "nghị quyết",
    "nq",
    SCENARIO,
];
/// How a document was carried out, between the verb and its name
/// ("triển khai hiệu quả nghị quyết", "thực hiện tốt Nghị quyết").
pub(crate) static MANNERS_CARRIED_OUT: &[&str] = &[
    "tốt",
    "hiệu quả",
    "có hiệu quả",
    "nghiêm túc",
    "nghiêm",
    "quyết liệt",
    "đồng bộ",
];
/// Documents listed before the one a cue names, all carried out alike
/// ("quán triệt, triển khai hiệu quả chỉ thị, hướng dẫn, kết luận, nghị
/// quyết chuyên đề").
pub(crate) static DOCUMENTS_LISTED: &[&str] = &[
    "chỉ thị",
    "hướng dẫn",
    "kết luận",
    "quyết định",
    "văn bản",
    "kế hoạch",
    "nghị quyết",
];
/// Documents that may be carried out ("nghị quyết", "kế hoạch").
pub(crate) static DOCUMENTS: &[&str] = &["nghị quyết", "kế hoạch"];
/// "nghị quyết": a resolution, whose carrying out a review tells of; a
/// plan carried out ("Thực hiện Kế hoạch số 88/KH-UBND, ...") lists what
/// is to be done.
pub(crate) const CARRIED_RESOLUTION: &str = "nghị quyết";

/// Words before a target cue that make it a measure of a result against
/// the target ("vượt chỉ tiêu", "thấp hơn mục tiêu", "so với nghị quyết").
pub(crate) const RESULT_AGAINST: &List = &List::new(
    17,
    &[
        "so với",
        "so",
        "vượt xa",
        // Above the level of the plan ("vượt mức chỉ tiêu Trung ương giao").
        "vượt mức",
        "vượt",
        "thấp hơn",
        "cao hơn",
        "không đạt được",
        "không đạt",
        // Short of it as yet ("đạt 9,1%, chưa đạt mục tiêu đề ra").
        "chưa đạt",
        "tiệm cận",
    ],
);

/// What a share measured against (after "X%"): the plan or the resolution,
/// so the share is a result ("đạt 96% nghị quyết", "bằng 108% dự toán",
/// "đạt 112% chỉ tiêu").
pub(crate) const SHARE_OF_PLAN: &List = &List::new(
    18,
    &[
        "chỉ tiêu",
        "mục tiêu",
        "kế hoạch",
        "dự toán",
        "nghị quyết",
        "so với nghị quyết",
        "so với kế hoạch",
        "so với dự toán",
        "so với chỉ tiêu",
        "so với mục tiêu",
        // The stretch goal beside the plan ("19% mức phấn đấu (15.500 tỷ
        // đồng)").
        "mức phấn đấu",
        "so với mức phấn đấu",
        // "so" alone, as "so với" ("đạt 86,5% so mục tiêu").
        "so nghị quyết",
        "so kế hoạch",
        "so dự toán",
        "so chỉ tiêu",
        "so mục tiêu",
        // The plan abbreviated ("đạt 54,8% KH năm", "vượt 50% so với KH").
        "kh",
        "so với kh",
        "so kh",
    ],
);

/// The funds an item opens on ("Tổng kinh phí thực hiện Đề án ... 2.500
/// tỷ đồng", "kinh phí dự kiến 1.250 tỷ đồng"): a programme's means, not
/// its goal.
pub(crate) const FUNDS: &List = &List::new(
    49,
    &[
        "tổng kinh phí",
        "kinh phí thực hiện",
        "kinh phí",
        "tổng vốn thực hiện",
    ],
);
/// "bố trí cho": allocated to; money so named before its figure is a
/// programme's means ("Tổng ngân sách nhà nước bố trí cho Chương trình ...
/// khoảng 423.000 tỷ đồng").
pub(crate) const ALLOCATED_TO: &str = "bố trí cho";

/// The whole of a place a share of it takes up ("Vùng ven biển chiếm 38%
/// diện tích tự nhiên và 52% dân số của tỉnh"): what the part is, a fact.
pub(crate) static PLACE_WHOLES: &[&str] =
    &["diện tích tự nhiên", "tổng diện tích tự nhiên", "dân số"];

/// Facts about a place, not goals: "diện tích tự nhiên 112 km2",
/// "dân số hơn 14 triệu người", "bờ biển dài 60 km"; and about a project
/// ("Dự án có tổng mức đầu tư 1.500 tỷ đồng").
pub(crate) const LOCALITY_FACTS: &List = &List::new(
    19,
    &[
        "tổng mức đầu tư",
        "tổng vốn đầu tư",
        "tổng kinh phí",
        "với kinh phí",
        "trị giá",
        "có quy mô",
        "công suất",
        "diện tích sàn",
        "diện tích tự nhiên",
        "quy mô dân số",
        "dân số",
        "diện tích",
        "bờ biển",
        "đường biên giới",
        "chiều dài",
        // A dimension told by its adjective ("Tuyến cao tốc dài 88 km").
        "dài",
        "mật độ dân số",
        "mật độ",
        // A work's or a thing's size ("Hồ chứa có dung tích 225 triệu m3",
        // "sân vận động có sức chứa 20.000 chỗ").
        "dung tích",
        "sức chứa",
        "chiều rộng",
        "độ sâu",
        "trọng tải",
    ],
);

/// "đơn vị": a unit ("trên đơn vị diện tích": per unit of area), before
/// a fact's name that it makes a denominator of.
pub(crate) const UNIT_OF: &str = "đơn vị";

/// What a place is, whatever stands between it and its number when "là"
/// states it ("Dân số trung bình năm 2025 của tỉnh là 3.217.450 người").
pub(crate) static PLACE_FACTS: &[&str] = &[
    "dân số",
    "quy mô dân số",
    "mật độ dân số",
    "diện tích tự nhiên",
    "bờ biển",
    "đường biên giới",
];

/// Verbs after a place's name that open what it is ("Xã có diện tích tự
/// nhiên ...", "Huyện nằm cách trung tâm tỉnh 45 km").
pub(crate) static PLACE_FACT_VERBS: &[&str] = &["có", "nằm"];
/// "nằm": lies; where a place lies is a fact of it, whatever follows.
pub(crate) const LIES: &str = "nằm";

/// Statistics of a place, named where their item opens ("Dân số trung
/// bình của tỉnh năm 2025 khoảng 3,35 triệu người"): a measure of the
/// year, which no plan sets.
pub(crate) static STATISTICS: &[&str] = &["dân số trung bình"];

/// Words opening a parenthesis that breaks the item down ("(trong đó: ...)",
/// "(riêng ...)"): its quantities are targets of their own.
pub(crate) const BREAKDOWNS: &List = &List::new(20, &["trong đó", "riêng"]);
/// Words a parenthesis lists the parts of the figure before it with, in
/// its unit ("15 thôn (gồm 9 thôn miền núi và 6 thôn đồng bằng)").
pub(crate) const PARTS_LISTED: &List = &List::new(60, &["gồm", "bao gồm"]);
/// "trong đó": of which, a breakdown of the whole before it.
pub(crate) const IN_WHICH: &str = "trong đó";
/// Whether "trong đó" opens at token `k`, told by the tag first.
pub(crate) fn in_which_at(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].starts & BREAKDOWNS.bit != 0 && phrase_at(toks, k, IN_WHICH).is_some()
}

/// Words after a number in the same item that report it as done
/// ("51% đã hoàn thành", "(30%) đã được công nhận").
pub(crate) const DONE_AFTER: &List = &List::new(21, &["đã"]);
/// What a plan named after a figure "đã" did: set it ("như Nghị quyết đã
/// đề ra"), which tells of the plan, not that the figure was reached.
pub(crate) static SETTING_A_PLAN: &[&str] = &["đề ra", "đặt ra", "xác định"];
/// A plan put forward by a body named before the verb ("mà NHNN đưa ra").
pub(crate) static PLANS_PUT_FORWARD: &[&str] = &["đưa ra"];

/// What a figure's things have gone through, or are, which names their
/// kind rather than tells what was done ("60% lao động đã qua đào tạo",
/// "nước thải đã qua xử lý"), and what their count leaves out or takes
/// in ("không còn hộ nghèo đã trừ đối tượng bảo trợ xã hội").
pub(crate) static KINDS_GONE_THROUGH: &[&str] = &[
    "đã qua đào tạo",
    "đã qua chế biến",
    "đã qua sơ chế",
    "đã qua xử lý",
    "đã trừ",
    "đã loại trừ",
    "đã bao gồm",
    // Decisions in force, a kind of decision ("thi hành trên 90% các quyết
    // định ... đã có hiệu lực pháp luật").
    "đã có hiệu lực",
];

/// Damage and loss, as the subject of a figure ("thiệt hại do thiên tai
/// lên tới 98,25 nghìn tỷ đồng"): suffered, told, unless lowered.
pub(crate) static DAMAGES: &[&str] = &["thiệt hại", "tổn thất"];

/// What befell those a figure counts, right after it ("khiến 5 hành khách
/// bị thương", "32 người tử vong"): casualties, which no plan sets.
pub(crate) const CASUALTIES: &List = &List::new(
    57,
    &[
        "bị thương",
        "tử vong",
        "thiệt mạng",
        "chết",
        "mất tích",
        "bị nạn",
        // Damage done to what a figure counts ("1.245 ha lúa bị ngập úng").
        "bị ngập",
        "bị thiệt hại",
        "bị hư hỏng",
        "bị sạt lở",
        "bị cuốn trôi",
        "bị tốc mái",
    ],
);

/// The aspect of what goes on now ("..., phát điện 90 MW, đang vận hành
/// ổn định"): a predicate of its own after a figure, it tells what the
/// figure's thing is.
pub(crate) const IN_PROGRESS: &str = "đang";

/// "giá trị gia": before "tăng", value added ("các sản phẩm có giá trị
/// gia tăng cao"), a noun's words, no rise told.
pub(crate) const VALUE_ADDED_HEAD: &str = "giá trị gia";

/// Adverbs of what happens as a rule ("hộ dân vùng thường xuyên bị sạt
/// lở"): before a report cue, they name a kind of place, not an event.
pub(crate) static HABITUAL: &[&str] = &["thường xuyên"];

/// Report cues that are nouns or acts a rate may count ("tỷ lệ thương mại
/// hóa kết quả nghiên cứu đạt 8 - 10%", "tỷ lệ cử tri đi bầu đạt trên
/// 99%"): the thing measured, not a review's "Kết quả, ..." or an
/// election held.
pub(crate) static COUNTED_RESULTS: &[&str] = &["kết quả", "bầu"];
/// "kết quả": results, a report cue unless a command keeps them ("Duy trì
/// vững chắc kết quả phổ cập giáo dục").
pub(crate) const RESULTS: &str = "kết quả";

/// Nouns of a population after "1 vạn" or "1 nghìn": a denominator
/// ("trên 1 vạn dân"), not a quantity.
pub(crate) const PER_POPULATION: &List = &List::new(22, &["dân", "người", "dân số"]);

/// Numerals in words that count a noun after them ("ba xã", "một đơn vị
/// cấp huyện"). "năm" is left out: it is far more often "year".
pub(crate) const NUMERAL_WORDS: &List = &List::new(
    48,
    &[
        "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "đôi",
    ],
);
/// "đôi": twice, as a multiple after [`TIMES`] ("gấp đôi").
pub(crate) const DOUBLE: &str = "đôi";

/// "năm": five, far more often a year ("năm 2026", "hằng năm"). It counts
/// a noun the lexicon knows only where a count stands, after a word of a
/// list or a bound ("..., năm xã đạt chuẩn", "ít nhất năm doanh nghiệp",
/// "có năm trường"). A list of its own, not [`NUMERAL_WORDS`]: the reader
/// reads it in a sentence with another quantity, as a goal with its year
/// is, and skips the many sentences that only name a year in words.
pub(crate) const FIVE: &List = &List::new(54, &["năm"]);
/// Words of a list before "năm" as five ("có năm trường", "và năm xã").
pub(crate) static FIVE_AFTER: &[&str] = &["có", "và", "gồm"];

/// Words that go on a numeral in words ("hai mươi", "một trăm", "mười
/// lăm"). "năm" is left out here too ("hai mươi năm" is most often years).
pub(crate) static NUMERAL_TAILS: &[&str] = &[
    "mươi", "mốt", "lăm", "nhăm", "trăm", "linh", "lẻ", "tư", "một", "hai", "ba", "bốn", "sáu",
    "bảy", "tám", "chín", "mười",
];

/// Nouns a number in words does not count in running prose ("một người").
/// People named by a compound noun too ("hai người dân").
pub(crate) static PROSE_NOUNS: &[&str] = &[
    "người",
    "con",
    "nhà",
    "hộ",
    "người lao động",
    "người khuyết tật",
    "người cao tuổi",
    "người dân",
    "người bệnh",
    "người nghiện",
];

/// Words that make a whole sentence a report, wherever they stand.
/// An election's words ("trúng cử", "100% phiếu bầu") too: its shares and
/// counts are of votes cast.
pub(crate) const SENTENCE_REPORT_CUES: &List = &List::new(
    8,
    &[
        "tán thành",
        "lần đầu tiên",
        "phiếu bầu",
        "số phiếu",
        "trúng cử",
        "đắc cử",
    ],
);

/// Words between a subject and its number that the bound reader may skip
/// or read ("đạt khoảng", "giảm xuống dưới", "từ ... trở lên").
pub(crate) const CHAIN: &List = &List::new(
    9,
    &[
        "không vượt quá",
        "không thấp hơn",
        "không dưới",
        "không quá",
        "≥",
        "≤",
        "> =",
        "< =",
        "<",
        ">",
        "tối đa",
        "tối thiểu",
        "tối thiếu",
        "ít nhất",
        "đạt và vượt",
        "cao hơn",
        "thấp hơn",
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
        // "điều tra đạt tỷ lệ 93,8%": the rate reached is the figure's;
        // so is "the figure" reached ("đạt con số 120 tỷ đồng").
        "đạt tỷ lệ",
        "đạt con số",
        "con số",
        "đạt",
        // "tối thiểu bằng 50% kế hoạch lợi nhuận": as much as, past a floor.
        "bằng",
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
        "lên",
        ":",
    ],
);

/// What a sentence opening on "Theo" cites when it states a norm ("Theo
/// khoản 6 Điều 7 Luật ..., ... không vượt quá 30%", "Theo quy định, ...
/// không quá 15%", "Theo Nghị định, mức đóng bằng 4,5% ..."): what is
/// allowed or due, not what is aimed at. Later in a sentence they qualify
/// a criterion ("đạt chuẩn theo quy định đạt 100%").
pub(crate) static NORM_SOURCES: &[&str] = &[
    "quy định",
    "luật",
    "nghị định",
    "thông tư",
    "khoản",
    "điều",
    // A fund's or a body's rules ("Theo quy chế quản lý, hội viên được vay
    // tối đa ...").
    "quy chế",
    // Technical standards ("Theo quy chuẩn kỹ thuật quốc gia, ... không
    // quá 300 con/m2").
    "quy chuẩn",
    "tiêu chuẩn",
    // National criteria every commune is held to ("Theo Bộ tiêu chí quốc
    // gia về xã nông thôn mới, ... phải từ 62 triệu đồng/người/năm trở
    // lên").
    "bộ tiêu chí",
];

/// Headings a rule's provisions open on ("Mức thu phí tham quan: người lớn
/// 40.000 đồng/lượt", "Đối tượng áp dụng: doanh nghiệp có ... không quá
/// 100 người", "Điều kiện được hỗ trợ: ..."): fees, rates and conditions,
/// not goals.
pub(crate) static NORM_HEADINGS: &[&str] = &[
    "mức thu",
    "mức phí",
    "mức chi",
    "mức hỗ trợ",
    "đối tượng áp dụng",
    "đối tượng được hỗ trợ",
    "điều kiện được hỗ trợ",
    "điều kiện hỗ trợ",
    "điều kiện áp dụng",
];

/// Norms a sentence may open on and then lay down ("Nghị định quy định lãi
/// suất ...", "Bộ luật Lao động quy định ...", "Nghị quyết số 05/2025/NQ-HĐND
/// quy định hộ nuôi tôm ... được hỗ trợ ..."): what follows "quy định" is
/// what the norm allows or requires.
pub(crate) const NORM_DOCUMENTS: &List = &List::new(
    58,
    &[
        "nghị quyết",
        "nghị định",
        "thông tư",
        "bộ luật",
        "luật",
        "quyết định",
        "quy chế",
        "điều lệ",
    ],
);

/// What a work, a project or an event is by design ("tổng mức đầu tư
/// 2.900 tỷ đồng", "tốc độ thiết kế 350 km/h", "thí sinh đến từ 48
/// trường", "tổng giá trị giải thưởng 300 triệu đồng"): the figure after it
/// describes the work or the event. A plan that caps it sets a goal
/// ("tổng mức đầu tư ... không quá 225.000 tỉ đồng").
pub(crate) const WORK_FACTS: &List = &List::new(
    59,
    &[
        "tổng mức đầu tư",
        "tổng đầu tư dự án",
        "tốc độ thiết kế",
        "vận tốc thiết kế",
        "công suất thiết kế",
        "đến từ",
        "giá trị giải thưởng",
    ],
);

/// Works a sentence may open on to describe ("Dự án ... có diện tích 620
/// ha, tổng vốn đầu tư ...", "Nhà máy điện gió ... có 24 tua-bin ...",
/// "Hồ chứa nước ... có dung tích ..."): with what a work is by design
/// named, and no goal cue, its figures are the work's.
pub(crate) static WORKS: &[&str] = &[
    "dự án",
    "nhà máy",
    "tuyến",
    "cao tốc",
    "hồ chứa",
    "cảng",
    "công trình",
    "khu công nghiệp",
    "bệnh viện",
    "cầu",
    "đường",
];

/// Words before a count that are no verb taking it as object: "có" (there
/// are), the end of a breakdown's "trong đó", "riêng".
pub(crate) static NOT_A_VERB_BEFORE_COUNT: &[&str] = &["có", "đó", "riêng"];

/// "quy định": lays down, after a norm's name (see [`NORM_DOCUMENTS`]).
pub(crate) const LAYS_DOWN: &str = "quy định";

/// Passive verbs of a benefit a rule grants ("mỗi căn được hỗ trợ 60 triệu
/// đồng", "được vay tối đa 100 triệu đồng/hộ", "được miễn 50% học phí"):
/// the sum, the share or the span of time they govern is granted, not aimed
/// at.
pub(crate) const GRANTED: &List = &List::new(
    56,
    &[
        "được hỗ trợ",
        "được vay",
        "được cho vay",
        "được miễn",
        "được giảm",
        "được hưởng",
        "được nhận",
        "được cấp",
    ],
);

/// "lãi suất": a loan's interest rate, which a rule sets at a level and a
/// plan may change ("giảm lãi suất cho vay 0,5-1%").
pub(crate) const INTEREST_RATE: &str = "lãi suất";

/// "phấn đấu": to strive, the cue that governs what follows it most
/// surely.
pub(crate) const STRIVE: &str = "phấn đấu";

/// Goal cues that set what follows, where a plan's name only cites it
/// ("Theo kế hoạch, ..."): a share of the plan they govern ("phấn đấu giải
/// ngân đạt trên 95% kế hoạch", "giao chỉ tiêu ...: hết năm đạt 100% kế
/// hoạch vốn") is the goal.
pub(crate) static GOVERNING_CUES: &[&str] = &[
    "phấn đấu",
    "chỉ tiêu",
    "mục tiêu",
    "đề ra",
    "quyết nghị",
    "cam kết",
    "đặt kế hoạch",
];

/// Words before a quarter that make it a milestone of a plan ("hết quý I
/// đạt tối thiểu 15%"), or the period a goal is for ("Phấn đấu trong quý
/// III giải ngân đạt 60%"), under a goal cue; a quarter alone tells a
/// period reported ("quý III, xuất khẩu tăng 4%").
pub(crate) static MILESTONE_HEADS: &[&str] =
    &["hết", "đến", "tới", "vào", "trước", "cuối", "trong"];
/// Goals a quarter may be the period of ("đề ra chỉ tiêu quý IV phải thu
/// tối thiểu 2.430 tỷ đồng"), under a goal cue; so is the growth named
/// for it ("phấn đấu ... cả năm trên 7%, tăng trưởng quý IV từ 7,5-8%").
pub(crate) static PLANNED_PERIOD_HEADS: &[&str] =
    &["chỉ tiêu", "kế hoạch", "mục tiêu", "tăng trưởng"];

/// "trên": above, or "on" before "khoảng" ("áp dụng trên khoảng 60% diện
/// tích").
pub(crate) const ABOVE: &str = "trên";

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
    // "đạt và vượt 10.012 tấn": reach and pass.
    ("đạt và vượt", crate::Bound::AtLeast),
    ("cao hơn", crate::Bound::Above),
    // Below too, but a fall to it is at most it (see `UNDER`).
    ("thấp hơn", crate::Bound::Below),
    // "trên dưới 1.000 tỷ": more or less, not below.
    ("trên dưới", crate::Bound::About),
    ("trên", crate::Bound::Above),
    ("hơn", crate::Bound::Above),
    ("dưới", crate::Bound::Below),
    // Signs, as tables and slides print bounds ("≥ 1,5 cm"), or as
    // typed in ASCII ("cổ tức: >=25%").
    ("≥", crate::Bound::AtLeast),
    ("≤", crate::Bound::AtMost),
    ("> =", crate::Bound::AtLeast),
    ("< =", crate::Bound::AtMost),
    // "phấn đấu ... thực hiện <2,87%".
    ("<", crate::Bound::Below),
    (">", crate::Bound::Above),
];
// The index tells a word's comparators by one bit each in a `u32`.
const _: () = assert!(COMPARATORS.len() <= u32::BITS as usize);
/// "phát thải": emissions, which a goal may bring to zero ("phát thải
/// ròng bằng 0 vào năm 2050").
pub(crate) const EMISSIONS: &str = "phát thải";
/// "bằng", "về": equal to, down to, before the zero of net-zero emissions.
pub(crate) static TO_ZERO: &[&str] = &["bằng", "về"];
/// Indices and ratios whose value is a number with no unit ("chỉ số HDI
/// đạt 0,8", "hệ số ICOR 4,5", "tuổi thọ trung bình 75,5").
pub(crate) static INDEX_NAMES: &[&str] = &["chỉ số", "hệ số", "hdi", "icor", "gini", "tuổi thọ"];
/// Words before "hệ số" that make it no ratio ("liên hệ số điện thoại").
pub(crate) static INDEX_LOOKALIKE_HEADS: &[&str] = &["liên"];
/// Words an index's value may go on to ("đạt 0,8 và ...", "0,8 trở lên",
/// "0,8 vào năm 2030").
pub(crate) static AFTER_INDEX_VALUE: &[&str] = &["và", "trở", "vào", "năm", "đến", "trong"];

/// The signs among [`COMPARATORS`].
pub(crate) static BOUND_SIGNS: &[char] = &['≥', '≤', '<', '>'];

/// The comparators starting at token `i`, in the order of [`COMPARATORS`],
/// each with its bound and the index after it.
///
/// Every comparator opens on a phrase of [`CHAIN`], so a token the tagger
/// did not mark for it costs no comparison: rules ask this of every word
/// before a figure.
///
/// A marked token is compared only with the comparators its word opens
/// (the index knows them by the word's id), in their order.
pub(crate) fn comparators_at<'a>(
    toks: &'a [Tok<'_>],
    i: usize,
) -> impl Iterator<Item = (crate::Bound, usize)> + 'a {
    let places = toks
        .get(i)
        .filter(|t| t.starts & CHAIN.bit != 0)
        .map_or(0, |t| super::tagger::index().comparators_starting(t.id));
    comparators_of(places)
        .filter_map(move |(p, bound)| phrase_at(toks, i, p).map(|end| (bound, end)))
}

/// The comparators of the bits `places` (see [`comparators_at`]), in the
/// order of [`COMPARATORS`].
fn comparators_of(mut places: u32) -> impl Iterator<Item = (&'static str, crate::Bound)> {
    std::iter::from_fn(move || {
        let place = places.trailing_zeros() as usize;
        places &= places.checked_sub(1)?;
        COMPARATORS.get(place).copied()
    })
}

/// The comparators ending at token `end` (exclusive), in the order of
/// [`COMPARATORS`], each with its bound and its start; as
/// [`comparators_at`], only a token marked for [`CHAIN`] is compared.
pub(crate) fn comparators_ending_at<'a>(
    toks: &'a [Tok<'_>],
    end: usize,
) -> impl Iterator<Item = (crate::Bound, usize)> + 'a {
    let places = end
        .checked_sub(1)
        .and_then(|last| toks.get(last))
        .filter(|t| t.ends & CHAIN.bit != 0)
        .map_or(0, |t| super::tagger::index().comparators_ending(t.id));
    comparators_of(places)
        .filter_map(move |(p, bound)| phrase_ending_at(toks, end, p).map(|st| (bound, st)))
}

/// Whether a comparator that sets a floor or a cap ("tối thiểu", "ít
/// nhất", "không quá", "≥") starts at token `i`: a plan's words, which a
/// report telling what came does not use.
pub(crate) fn floor_or_cap_at(toks: &[Tok<'_>], i: usize) -> bool {
    comparators_at(toks, i).any(|(b, _)| matches!(b, crate::Bound::AtLeast | crate::Bound::AtMost))
}

/// Whether a comparator that sets a floor or a cap ends at token `end`
/// (exclusive); see [`floor_or_cap_at`].
pub(crate) fn floor_or_cap_ending_at(toks: &[Tok<'_>], end: usize) -> bool {
    comparators_ending_at(toks, end)
        .any(|(b, _)| matches!(b, crate::Bound::AtLeast | crate::Bound::AtMost))
}

/// Letters as fonts of PDFs print them, and the letters meant: "ư" comes
/// out as the letter oi ("dƣới 5 tuổi").
pub(crate) static PDF_LETTERS: &[(char, char)] = &[('ƣ', 'ư'), ('Ƣ', 'Ư')];

/// Words of "about" ("khoảng 45%").
pub(crate) const ABOUT: &List = &List::new(10, &["khoảng", "gần", "xấp xỉ", "chừng"]);

/// Lead-ins after which the subject starts ("phấn đấu", "mục tiêu", "như",
/// "gồm").
pub(crate) const LEAD_INS: &List = &List::new(
    11,
    &[
        "phấn đấu",
        "mục tiêu",
        "chỉ tiêu",
        "quyết nghị",
        "xác định",
        "đề ra",
        "đặt kế hoạch",
        "trong đó có",
        "trong đó",
        "như",
        "gồm",
    ],
);

/// Filler words stripped from the start of a subject.
pub(crate) const LEADING_FILLER: &List = &List::new(
    12,
    &[
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
    ],
);

/// A person as the denominator of a standard ("60 lít/người/ngày", "25
/// m2 sàn/người").
pub(crate) static PERSONS: &[&str] = &["người", "người dân", "ng", "khẩu"];

/// Ratings "trở lên" may follow ("đạt danh hiệu khá trở lên", "xếp loại
/// tốt trở lên"): what was done is rated, no floor set on a count.
/// ("xuất sắc" by its last syllable.)
pub(crate) static RATINGS: &[&str] = &["khá", "tốt", "giỏi", "sắc", "loại"];

/// Predicates that split "[tỷ lệ] X [predicate ...]" into subject and criterion.
pub(crate) const PREDICATES: &List = &List::new(
    13,
    &[
        "đạt",
        // "lao động đã qua đào tạo": the aspect opens the predicate.
        "đã",
        "được",
        "tham gia",
        "có",
        "qua",
        "hoàn thành",
        "sử dụng",
        "suy dinh dưỡng",
        "bị",
        "theo",
    ],
);

/// Nouns of a population: "tỷ lệ" before them is dropped from the subject.
pub(crate) const POPULATIONS: &List = &List::new(
    14,
    &[
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
    ],
);

/// Endings of a left context that is an action on the counted noun
/// ("tạo việc làm cho 500 lao động"): the subject is then on the right.
pub(crate) const VERB_ENDINGS: &List = &List::new(
    15,
    &[
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
    ],
);

/// "ngày": a day of the month follows ("ngày 11/2/2026", "ngày 27 và 28/10").
pub(crate) const DAY_OF_MONTH: &str = "ngày";
/// "tính": reckoned; before "đến" a date is the one a count is told at
/// ("Tính đến ngày 30/9/2022, ..."), no deadline.
pub(crate) const COUNTED_AT: &str = "tính";
/// "nhất" of "chậm nhất" (at the latest), a deadline day's head.
pub(crate) const AT_THE_LATEST: &str = "nhất";
/// Words before "ngày" that make the day a deadline ("đến ngày 30/9",
/// "trước ngày 31/12", "chậm nhất ngày 30/6", "hết ngày"), not an event's.
pub(crate) static DAY_DEADLINE_HEADS: &[&str] = &["đến", "tới", "trước", "hết", "cuối", "nhất"];

/// Verbs that make, hold, train or serve what a number right after them
/// counts ("lắp mới 420 bóng đèn", "tổ chức 3 lễ hội", "hỗ trợ 500 thanh
/// niên"): the number counts the verb's object, a noun the lexicon may
/// lack (see `quantity::bounded_noun`). Verbs that name or choose ("xác
/// định 3 đột phá") count no object.
pub(crate) const COUNTING_VERBS: &List = &List::new(
    53,
    &[
        "lắp mới",
        "lắp đặt",
        "tổ chức",
        "hỗ trợ",
        "tiến hành",
        "tuyển",
        "đào tạo",
        "bồi dưỡng",
        "tập huấn",
        "xây mới",
        "xây dựng",
        "trồng mới",
        "cải tạo",
        "sửa chữa",
        "nâng cấp",
        "thành lập",
        "phát triển mới",
        "đón",
        "phục vụ",
        "trao tặng",
        "vận động",
        "bàn giao",
    ],
);

/// Words that are no part of a count noun the lexicon lacks (see
/// `quantity::shaped_noun`): function words, times, and the verbs and
/// adverbs a clause goes on with after its count ("trên 3 lần/năm", "dưới 2
/// ngày làm việc", "ít nhất 5 xã được công nhận").
pub(crate) static NOT_NOUN_WORDS: &[&str] = &[
    "được", "đạt", "trở", "có", "là", "và", "của", "trong", "trên", "dưới", "tại", "ở", "so",
    "với", "theo", "cho", "từ", "đến", "tới", "mỗi", "hơn", "nhất", "đã", "sẽ", "đang", "bị",
    "các", "những", "này", "đó", "thì", "mà", "để", "về", "như", "hoặc", "hay", "nữa", "vào", "ra",
    "lên", "xuống", "trước", "sau", "năm", "tháng", "ngày", "tuần", "giờ", "phút", "lần", "kỳ",
    "khóa", "khoá", "mới", "thêm", "không", "chưa", "cũng", "đều", "còn", "tăng", "giảm",
];

/// Words before a number that make it an ordinal, a date part or a code;
/// or the name of a group ranked at the top ("thuộc nhóm 200 trường đại học
/// hàng đầu châu Á").
pub(crate) static NOT_A_QUANTITY_BEFORE: &[&str] = &[
    "thứ", "khóa", "khoá", "số", "kỳ", "quý", "ngày", "mồng", "điều", "khoản", "lúc", "gmt",
    "tháng", "trang", "lần", "nhóm",
];

/// Words ending a compound whose last word would make a number after it an
/// ordinal: "chỉnh trang 12 tuyến phố" mends streets, it cites no page;
/// "thời trang", fashion; "đa số", most; "con số", the figure ("đạt con
/// số 120 tỷ đồng"); "chỉ số", "hệ số", an index or a coefficient and its
/// value ("đạt chỉ số 2,3-2,5 m2/người").
pub(crate) static NOT_AN_ORDINAL_COMPOUNDS: &[(&str, &str)] = &[
    ("chỉnh", "trang"),
    ("thời", "trang"),
    ("đa", "số"),
    ("con", "số"),
    ("chỉ", "số"),
    ("hệ", "số"),
];
/// Compounds that make the number after them a phase's, where their last
/// word alone counts ("giai đoạn 1 Cảng hàng không Long Thành"; "đoạn 12
/// km" is a length).
/// So do the verbs of ranking first among a group ("đứng đầu 6 thành phố
/// trực thuộc Trung ương", "dẫn đầu 63 tỉnh, thành"): the group is named,
/// no figure.
pub(crate) static ORDINAL_COMPOUNDS: &[(&str, &str)] =
    &[("giai", "đoạn"), ("đứng", "đầu"), ("dẫn", "đầu")];

// Single words and small sets the clause grammar reads by role. Rules name
// the role ("a year", "and"), never the word.

/// "để đạt": in order to reach, a goal cue ([`TARGET_CUES`]).
pub(crate) const TO_REACH: &str = "để đạt";
/// What "để đạt" may reach that is no goal: results a report looks back on
/// ("đã nỗ lực để đạt được nhiều kết quả nổi bật"), a norm's numbered
/// criterion ("để đạt tiêu chí số 10 về thu nhập, thu nhập ... phải ...").
pub(crate) static PURPOSES_OF_NO_GOAL: &[&str] = &[
    "được nhiều",
    "được những",
    "được kết quả",
    "được thành tích",
    "nhiều",
    "những",
    "kết quả",
    "thành tích",
    "tiêu chí số",
];

/// "không": negation ("không còn", "không quá").
pub(crate) const NOT: &str = "không";
/// Words "không" ends a noun after, where it negates nothing ("hàng
/// không": aviation, "vận tải hàng không đạt ...").
pub(crate) static NOT_AS_NOUN_TAIL_AFTER: &[&str] = &["hàng"];
/// "bằng": as much as, between a floor and its figure ("tối thiểu bằng
/// 50% kế hoạch lợi nhuận").
pub(crate) const EQUAL_TO: &str = "bằng";
/// "gấp": times as much ("gấp 1,7 lần").
pub(crate) const TIMES: &str = "gấp";
/// "lần": the unit of a multiple ("gấp 2 lần", "gấp đôi").
pub(crate) const TIMES_UNIT: &str = "lần";
/// "và": and; it joins items of a list.
pub(crate) const AND: &str = "và";
/// "nếu": if; "Nếu ... X thì ... Y" sets what was against what is.
pub(crate) const IF: &str = "nếu";
/// "thì": then, the second half of "nếu ... thì".
pub(crate) const THEN: &str = "thì";
/// "từ": from, the start of a change or a range.
pub(crate) const FROM: &str = "từ";
/// "từ nay": from now, the start of a span to a deadline ("Từ nay đến năm
/// 2030, ...").
pub(crate) const FROM_NOW: &str = "từ nay";
/// "xuống": down to.
pub(crate) const DOWN: &str = "xuống";
/// "lên": up to (and the end of "trở lên").
pub(crate) const UP: &str = "lên";
/// "trở": the head of "trở lên" / "trở xuống".
pub(crate) const ONWARD: &str = "trở";
/// "năm": year.
pub(crate) const YEAR: &str = "năm";
/// "một năm": a year, right after a figure its per ("8.500 USD một năm").
pub(crate) const A_YEAR: &str = "một năm";
/// A review table turned into text ("Chỉ tiêu 3: Tỷ lệ ... Kế hoạch: 75%.
/// Thực hiện: 78,4%. Đánh giá: vượt."): the label of its plan's column,
/// before ':' (a year may come between, "Kế hoạch năm 2025: 11 bác sĩ").
pub(crate) static REVIEW_PLAN: &[&str] = &["kế hoạch", "chỉ tiêu kế hoạch", "chỉ tiêu giao"];
/// The label of its result's column: the plan's figure's achieved value.
pub(crate) static REVIEW_RESULT: &[&str] =
    &["thực hiện", "kết quả thực hiện", "ước thực hiện", "kết quả"];
/// The label of its assessment: told, as the result is.
pub(crate) static REVIEW_ASSESSMENT: &[&str] = &["đánh giá", "đánh giá chung"];

/// "tháng": month.
pub(crate) const MONTH: &str = "tháng";
/// "quý": quarter.
pub(crate) const QUARTER: &str = "quý";
/// "còn": what is left, a level ("còn 2%").
pub(crate) const LEFT: &str = "còn";
/// "gồm": consists of, listing.
pub(crate) const LISTING: &str = "gồm";
/// Family names, lower case: the capitalised words after one are a
/// person's name ("Nguyễn Văn Được", "Trần Tiến Đạt") or a place's ("Lâm
/// Đồng", "Cao Bằng"), whose words are no verbs or units. Not "đoàn",
/// which heads "Đoàn Thanh niên", nor "triệu", a scale in a headline's
/// capitals ("1,6 Triệu Lao Động").
pub(crate) static FAMILY_NAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "trương", "đinh", "lâm", "tô", "trịnh", "lương", "cao", "hà",
    "đào", "mai", "tạ", "quách", "kiều",
];
/// The most words of a name after its family name ("Văn Được", "Thị Minh
/// Đạt").
pub(crate) const GIVEN_NAME_WORDS: u8 = 3;
/// "mỗi": each; "mỗi ban gồm 5 ủy viên" tells what each is made of, no
/// list of goals.
pub(crate) const EACH: &str = "mỗi";
/// The most words of the name of targets counted before "gồm" ("20 chỉ
/// tiêu phát triển kinh tế - xã hội, gồm: ...").
pub(crate) const COUNTED_NAME_WORDS: usize = 16;
/// The most words of what "mỗi" names before "gồm".
pub(crate) const EACH_NAME_WORDS: usize = 3;
/// "đạt": reaches.
pub(crate) const REACH: &str = "đạt";
/// "hoàn thành": completes.
pub(crate) const COMPLETE: &str = "hoàn thành";
/// "là": is.
pub(crate) const IS: &str = "là";
/// "so": compared, alone or in "so với".
pub(crate) const COMPARE: &str = "so";
/// "so với": compared with (a baseline).
pub(crate) const COMPARED_WITH: &str = "so với";
/// What a change is measured since that only a report looks back on: the
/// same period of the year before, the one before, the start of the year
/// ("tăng 9,8% so với đầu năm").
pub(crate) static PAST_BASES: &[&str] = &[
    "cùng kỳ",
    "năm trước",
    "năm ngoái",
    "năm học trước",
    "kỳ trước",
    "nhiệm kỳ trước",
    "quý trước",
    "tháng trước",
    "đầu năm",
];
/// "qua": through, opening a sentence on what was done to find its
/// figures ("Qua bình xét, ...", "Qua 5 năm thực hiện, ...").
pub(crate) const THROUGH: &str = "qua";
/// "qua đó": thereby, through what the sentence before told done.
pub(crate) const THEREBY: &str = "qua đó";
/// "tại": at, opening a sentence on the occasion where it happened.
pub(crate) const AT_OCCASION: &str = "tại";
/// Words of the days an event took place, after "Trong" ("Trong 7 ngày
/// diễn ra lễ hội, ...", "Trong dịp Tết, ...").
pub(crate) static EVENT_TIMES: &[&str] = &["diễn ra", "dịp"];
/// "trong": in, opening a sentence on the years it looks back on ("Trong
/// 5 năm, ...").
pub(crate) const WITHIN: &str = "trong";
/// "lần lượt": respectively.
pub(crate) const RESPECTIVELY: &str = "lần lượt";
/// "hướng": of "định hướng" before a year.
pub(crate) const TOWARDS: &str = "hướng";

/// Openers of a parenthesis that restates the quantity before it.
pub(crate) const RESTATES: &List = &List::new(
    23,
    &[
        "tương đương",
        // "(tương ứng 840 hộ)": the count a share of a whole comes to.
        "tương ứng với",
        "tương ứng",
        "tức",
        "khoảng",
        "hay",
    ],
);
/// Words that may stand between a bare value and its comma ("95% trở lên,").
pub(crate) const BARE_VALUE_WORDS: &List =
    &List::new(24, &["trở lên", "trở", "lên", "năm", "hằng", "hàng"]);
/// Dates on the start of a change that put it in the past.
pub(crate) const CHANGE_START_DATES: &List = &List::new(25, &["đầu nhiệm kỳ", "đầu kỳ"]);
/// "đầu nhiệm kỳ": the start of the term of office, which a report on the
/// term measures growth against ("tăng 1,6 lần so với đầu nhiệm kỳ").
pub(crate) const TERM_START: &str = "đầu nhiệm kỳ";
/// "nhóm": a group of targets, counted as they are ("18/18 nhóm chỉ tiêu").
pub(crate) const GROUP_OF: &str = "nhóm";
/// First words of the cues that a count before them turns into a count of
/// targets ("18 chỉ tiêu", "3 mục tiêu").
pub(crate) static COUNTED_CUE_HEADS: &[&str] = &["chỉ", "mục"];
/// Verbs that adopt targets counted after them ("đã thông qua 33 chỉ tiêu
/// chủ yếu", "thống nhất 15 mục tiêu").
pub(crate) static ADOPTS_COUNTED: &[&str] = &[
    "thông qua",
    "thống nhất",
    "đặt ra",
    // Set or laid down, however a report word before tells it ("tỉnh vẫn
    // đặt nhiều mục tiêu ở mức cao", "Đại hội xác định 17 chỉ tiêu", "tỉnh
    // xây dựng 36 chỉ tiêu tổng hợp").
    "đặt",
    "xây dựng",
    "đề ra",
    "xác định",
    "điều chỉnh",
    // Targets put forward, counted or not ("đã đưa ra nhiều chỉ tiêu như:
    // ..."), or proposed ("Dự kiến một số chỉ tiêu chủ yếu năm 2026: ...").
    "đưa ra",
    "dự kiến",
];
/// Words right after "chỉ tiêu" that open the list of the targets ("chỉ
/// tiêu như: ...", "chỉ tiêu gồm: ...", "chỉ tiêu sau: ..."), not an
/// indicator's name.
pub(crate) static LIST_FOLLOWS: &[&str] = &["như", "gồm", "sau"];
/// Words of what there is ("có 21 xã", "với 45.000 hộ", "gồm 12 xã").
pub(crate) static EXISTENTIALS: &[&str] = &["có", "với", "gồm"];
/// "có": to have; "100% các xã có từ 2 sản phẩm" says what the units of a
/// share have.
pub(crate) const HAS: &str = "có";
/// "với": with; "có 452 trường với hơn 310.000 học sinh" tells what there
/// is, and its "hơn" or "gần" rounds, it sets no threshold.
pub(crate) const WITH: &str = "với";
/// Words that make "với" part of a phrase of their own ("so với", "đối
/// với", "cùng với", "gắn với"), not what an indicator comes with.
pub(crate) static WITH_HEADS: &[&str] = &["so", "đối", "cùng", "gắn", "với", "tương", "đi"];
/// Names of indicators a figure comes with after "với" ("với tổng vốn",
/// "với GRDP bình quân đầu người", "với quy mô").
pub(crate) static WITH_INDICATORS: &[&str] = &[
    "tổng",
    "số",
    "tỷ lệ",
    "tỉ lệ",
    "quy mô",
    "gdp",
    "grdp",
    "mức",
    "diện tích",
    "vốn",
    "kinh phí",
    "giá trị",
    "doanh thu",
    "sản lượng",
];
/// "đối": "đối với" is towards ("kiểm tra đối với 5 tổ chức đảng"), not with.
pub(crate) const WITH_LOOKALIKE_HEAD: &str = "đối";
/// Words that open a sentence on those it goes on to deal with ("Đối
/// với đảng bộ 16 phường, ...", "Riêng đối với 5 xã còn lại, ...").
pub(crate) static SCOPE_OPENERS: &[&str] = &["đối với", "riêng đối với"];
/// Comparators that round a figure of what there is ("với hơn 4.000 đảng
/// viên") as often as they set a threshold.
pub(crate) static ROUNDING_COMPARATORS: &[&str] = &["hơn", "trên", "gần", "khoảng"];
/// A plan's outline counts its tasks beside its targets ("gồm 6 nhiệm vụ,
/// 35 chỉ tiêu"): "nhiệm vụ" then is a part of it too.
pub(crate) const TASKS: &str = "nhiệm vụ";
/// Parts of a plan counted in its outline ("gồm 6 nhiệm vụ cụ thể", "5
/// nhiệm vụ trọng tâm và 19 chỉ tiêu chủ yếu"): like a count of targets,
/// never a target.
pub(crate) static PLAN_PARTS: &[&str] = &[
    "nhiệm vụ trọng tâm",
    "nhiệm vụ cụ thể",
    "nhiệm vụ chủ yếu",
    "nhiệm vụ trọng yếu",
    "nhiệm vụ đột phá",
    "nhiệm vụ chiến lược",
    // Its key programmes ("4 chương trình trọng điểm và 4 nhiệm vụ đột
    // phá").
    "chương trình trọng điểm",
    "chương trình đột phá",
    // Its solutions ("8 giải pháp trọng tâm"), and the groups of its
    // tasks or solutions ("3 nhóm nhiệm vụ").
    "nhóm nhiệm vụ",
    "nhóm giải pháp",
    "giải pháp",
    // Its breakthroughs ("3 khâu đột phá", "3 đột phá chiến lược").
    "khâu đột phá",
    "đột phá",
];
/// "giải pháp": a plan's solutions; its tasks named with them ("đưa ra 8
/// nhiệm vụ, giải pháp") are a part of its outline too.
pub(crate) const SOLUTIONS: &str = "giải pháp";
/// "giao cho": handed to, after the tasks of a plan ("180 nhiệm vụ giao
/// cho các bộ, ngành").
pub(crate) const HANDED_TO: &str = "giao cho";

/// The middle of a term a review looks back from ("Đến giữa nhiệm kỳ, ...",
/// "Đánh giá giữa kỳ ..."): what it states was done, unless a goal cue
/// came first.
pub(crate) static MIDTERM: &[&str] = &["giữa nhiệm kỳ", "giữa kỳ"];
/// "kỳ": the word a mid-term phrase ends on.
pub(crate) const TERM_WORD: &str = "kỳ";

/// Verbs that carry out all of a plan right before "100% kế hoạch"
/// ("giải ngân 100% kế hoạch vốn"): the whole plan to do, not a share of
/// it measured. Not "hoàn thành", which reports it done as often.
pub(crate) static PLAN_ACTIONS: &[&str] = &["giải ngân", "thực hiện", "triển khai"];
/// Words before "đạt" that tell a result fell short ("chỉ tiêu trồng rừng
/// mới đạt 84% kế hoạch", "chỉ đạt 92% so với mục tiêu"): no goal to strive
/// for, whatever names the goal before.
pub(crate) static SHORTFALL: &[&str] = &["mới", "chỉ"];
/// "chứng": "chứng chỉ" is a certificate, no shortfall.
pub(crate) const SHORTFALL_LOOKALIKE_HEAD: &str = "chứng";
/// "kế hoạch": a plan.
pub(crate) const PLAN: &str = "kế hoạch";
/// "quyết định": decides, a goal cue; capitalised or before its number, a
/// decision's name ("Quyết định số 1456/QĐ-UBND").
pub(crate) const DECIDES: &str = "quyết định";
/// Words of tense between a body and its "quyết định" ("Quốc hội đã quyết
/// định ...").
pub(crate) static DECISION_TENSES: &[&str] = &["đã", "vừa", "sẽ"];
/// Verbs that hand a decision over, a noun then ("trao quyết định chủ
/// trương đầu tư", "ban hành quyết định").
pub(crate) static HANDED_OVER: &[&str] = &["trao", "ban", "hành", "ký", "nhận", "cấp"];
/// Acts a body's decision does to those it names, setting no figure
/// ("UBND thành phố quyết định công nhận 10.945 hộ ...", "quyết định khen
/// thưởng 25 tập thể"). Not "giao" or "phê duyệt": a decision assigns and
/// approves plans.
pub(crate) static DECISION_ACTS: &[&str] = &[
    "công nhận",
    "khen thưởng",
    "tặng",
    "thành lập",
    "bổ nhiệm",
    "kỷ luật",
    "xử phạt",
    "thu hồi",
];

/// Heads of a programme's name, which may hold a figure ("Đề án xây dựng
/// 1 triệu căn hộ", "Gói tín dụng 145.000 tỷ đồng"; see
/// `Sentence::in_a_programme_name`).
pub(crate) static PROGRAMME_NAMES: &[&str] = &["đề án", "chương trình", "gói tín dụng"];

/// Head words a programme's or a campaign's quoted name follows
/// ("Chương trình “Mỗi xã một sản phẩm”", "cuộc vận động “Mỗi người 1
/// cây xanh”"): a figure in the quotes is the name's.
pub(crate) static QUOTED_NAME_HEADS: &[&str] = &[
    "đề án",
    "chương trình",
    "cuộc vận động",
    "phong trào",
    "mô hình",
    "khẩu hiệu",
    "chủ đề",
    "phương châm",
    "cuộc thi",
    "giải thưởng",
];

/// "chương trình": a programme, whose name may hold a goal word that sets
/// no goal ("Chương trình mục tiêu quốc gia 1719").
pub(crate) const PROGRAMME: &str = "chương trình";

/// Heads of an office's name, which may hold a goal word that sets no goal
/// ("Sở Kế hoạch và Đầu tư", "Vụ Kế hoạch", "Phòng Tài chính - Kế hoạch").
pub(crate) static OFFICE_HEADS: &[&str] = &["sở", "bộ", "phòng", "vụ", "cục"];
/// The most words of an office's name before the goal word in it ("Phòng
/// Tài chính - Kế hoạch": three).
const OFFICE_NAME_WORDS: usize = 4;

/// Whether the word at `i` stands inside an office's name: capitalised, as
/// is every word back to a capitalised office head, a word's later
/// syllables and joiners aside ("Sở Kế hoạch và Đầu tư", "Phòng Tài
/// chính - Kế hoạch"). A plan's lower case ("toàn bộ kế hoạch", "nhiệm vụ
/// kế hoạch năm") names no office, nor does an office's plan ("Sở Y tế
/// ban hành Kế hoạch").
pub(crate) fn office_named_at(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].is_capitalised()
        && (i.saturating_sub(OFFICE_NAME_WORDS + 1)..i)
            .rev()
            .take_while(|&k| {
                toks[k].is_capitalised()
                    || toks[k].is_dash()
                    || toks[k].is_punct('&')
                    || toks[k].is_word(AND)
                    || toks[k].kind == Kind::Word && k > 0 && toks[k - 1].is_capitalised()
            })
            .any(|k| toks[k].is_capitalised() && OFFICE_HEADS.contains(&toks[k].low.as_ref()))
}

/// Words of the present ("hiện nay tỷ lệ ... là 68%"): a deadline after
/// them is ahead.
pub(crate) const PRESENT: &List = &List::new(55, &["hiện nay", "hiện tại", "đến nay"]);

/// Whether a comparison with the present opens at `k` ("so với hiện nay",
/// "so hiện tại"): what a figure is measured against then is now, which
/// only a goal looks ahead from ("thu nhập ... gấp 2 lần so với hiện
/// nay"); a report measures against the past.
pub(crate) fn compared_with_now_at(toks: &[Tok<'_>], k: usize) -> bool {
    phrase_at(toks, k, COMPARED_WITH)
        .or_else(|| toks[k].is_word(COMPARE).then_some(k + 1))
        .is_some_and(|b| b < toks.len() && any_at(toks, b, PRESENT).is_some())
}

/// "hiện": now; opening a clause ("Hiện toàn tỉnh có ...", "Giá lúa hiện
/// ở mức ...") it states the present, a report.
pub(crate) const NOW: &str = "hiện";
/// Words after "hiện" that make another word of it ("hiện đại", "hiện thực").
pub(crate) static NOW_LOOKALIKE_TAILS: &[&str] = &["đại", "thực", "hành", "diện", "tượng"];
/// Words those tails open with the word after them, leaving "hiện" now
/// ("Hiện diện tích nuôi tôm ... khoảng 278.000 ha", "Hiện thực hiện ...").
pub(crate) static NOW_BEFORE_WORDS: &[(&str, &str)] = &[("diện", "tích"), ("thực", "hiện")];
/// Words before "hiện" that make another word of it ("thực hiện", "thể
/// hiện", "xuất hiện", "phát hiện").
pub(crate) static NOW_LOOKALIKE_HEADS: &[&str] = &[
    "thực", "thể", "xuất", "phát", "biểu", "trình", "hiển", "tái",
];
/// Words after "hiện" that make a noun or an adverb of it ("hiện trạng",
/// "hiện vật", "hiện hữu", "hiện trường", "hiện nay", "hiện tại"): no
/// "now" before a verb.
pub(crate) static NOW_NOUN_TAILS: &[&str] =
    &["trạng", "vật", "hữu", "trường", "hình", "nay", "tại"];
/// Words opening the effect a thing done had, after a comma ("..., giúp
/// 6.400 hộ vay vốn").
pub(crate) static HELPED: &[&str] = &["giúp cho", "giúp"];
/// "năm liền", "năm liên tiếp": years in a row, a streak kept, unless a
/// goal cue sets it ("phấn đấu 5 năm liền đạt trong sạch, vững mạnh").
pub(crate) static STREAKS: &[&str] = &["năm liền", "năm liên tiếp"];
/// "lũy kế": the sum to a date, told as often as a plan sets it ("Dự thảo
/// đặt mục tiêu, lũy kế đến năm 2025, Việt Nam có hơn 2,1 triệu doanh
/// nghiệp"): a report cue unless a goal cue governs it.
pub(crate) static CUMULATIVE: &[&str] = &["lũy kế", "luỹ kế"];
/// Verbs right after a count of targets that tell them met or passed
/// ("9 chỉ tiêu vượt", "35 chỉ tiêu đạt", "2 chỉ tiêu không đạt").
pub(crate) static MET_BY_COUNT: &[&str] = &["đạt", "vượt", "hoàn thành", "không đạt", "chưa đạt"];
/// "cơ bản": for the most part, before a goal met ("cơ bản hoàn thành mục
/// tiêu"): met, as after "đã".
pub(crate) const FOR_THE_MOST_PART: &str = "cơ bản";
/// Beyond the level, between a verb of meeting and the plan met ("hoàn
/// thành vượt mức các chỉ tiêu").
pub(crate) const IN_EXCESS: &str = "vượt mức";
/// The excess told as a second verb after the verb of meeting ("đã hoàn
/// thành và vượt nhiều chỉ tiêu").
pub(crate) static AND_IN_EXCESS: &[&str] = &["và vượt mức", "và vượt"];
/// How well targets were met, between the verb and their name ("hoàn
/// thành toàn diện các mục tiêu", "hoàn thành xuất sắc các chỉ tiêu",
/// "hoàn thành cơ bản các mục tiêu").
pub(crate) static MET_MANNERS: &[&str] = &["toàn diện", "xuất sắc", "cơ bản"];
/// Verbs that tell a plan passed or missed, before its name ("vượt kế
/// hoạch", "đạt và vượt các chỉ tiêu", "chưa đạt mục tiêu").
pub(crate) static PLAN_PASSED: &[&str] = &[
    "vượt",
    "vượt mức",
    "vượt xa",
    "đạt và vượt",
    "chưa đạt",
    "không đạt",
];
pub(crate) static GOAL_MET_VERBS: &[&str] = &["hoàn thành", "đạt được", "đạt", "về đích"];
/// "thực hiện": carried out, before how far ("các chỉ tiêu ... thực hiện
/// đạt 95%"); the label of a result after its target ("chỉ tiêu ... 9,4
/// bác sĩ, thực hiện đạt 11,5 bác sĩ").
pub(crate) const CARRYING_OUT: &str = "thực hiện";
/// "luôn đạt": always reached, a record; under a goal, a level to keep
/// ("phấn đấu ... luôn đạt trên 12%").
pub(crate) const ALWAYS_REACHED: &str = "luôn đạt";
/// Verbs that tell a goal met with no "đã" ("... thực hiện thắng lợi các
/// mục tiêu Nghị quyết"), unless a goal sets them ("phấn đấu thực hiện
/// thắng lợi ...").
pub(crate) static GOAL_MET_OUTRIGHT: &[&str] = &["thực hiện thắng lợi", "hoàn thành thắng lợi"];
/// Words after a change that give its cause ("giảm 17% do giá xuất khẩu
/// giảm", "tăng 9% nhờ ..."): a result explained, which no plan does.
pub(crate) const CAUSES: &List = &List::new(52, &["do", "nhờ"]);
/// Verbs of what arises of itself ("Mỗi ngày phát sinh khoảng 1.450 tấn
/// rác"): a fact of the place, not a goal.
pub(crate) static ARISING: &[&str] = &["phát sinh"];
/// Verbs of being after "hiện" inside a clause ("hiện là", "hiện ở mức",
/// "hiện đang", "hiện chiếm"): the present state.
pub(crate) static NOW_BEING: &[&str] = &["là", "ở", "đang", "có", "chỉ", "đạt", "chiếm"];
/// "được": the passive; "được triển khai tại 4 huyện", "được đầu tư với
/// tổng kinh phí ...": an event told, its figures are no goals.
pub(crate) const PASSIVE: &str = "được";
/// "vừa": just; "Tỉnh vừa tổ chức ..., trao ... cho 12 dự án": done, a
/// report; but "vừa ... vừa ..." is "both ... and".
pub(crate) const JUST: &str = "vừa";
/// Sizes "vừa" (medium) goes with ("quy mô vừa và nhỏ").
pub(crate) static SIZES: &[&str] = &["nhỏ", "lớn"];
/// Verbs of issuing a document; after "vừa" they tell that a plan was
/// just issued ("Đề án ... do UBND tỉnh vừa ban hành, từ nay đến năm 2025,
/// tỉnh lập hồ sơ cho 293 di tích"), not what its figures are.
pub(crate) static ISSUED: &[&str] = &["ban hành", "phê duyệt", "ký ban hành"];
/// "nhỏ": small; "nhỏ và vừa" (small and medium) is one noun's words, its
/// "vừa" no "just" and its "và" no link of two items.
pub(crate) const SMALL: &str = "nhỏ";
/// "dưới": under; the one comparator that keeps a fall to a level below it
/// ("giảm xuống dưới 6%"); "xuống thấp hơn 6,5%" is at most (rule 3).
pub(crate) const UNDER: &str = "dưới";
/// Titles before a person's name ("ông Lò Văn Sơn", "bà Trần Thị Lan"): a
/// story of a person, not a resolution's goal.
pub(crate) static PERSON_TITLES: &[&str] = &["ông", "bà", "anh", "chị", "cụ"];
/// Where something is or is done ("sinh sống ở 9 thôn", "tại 4 huyện"): a
/// count after them places it, it sets no goal.
pub(crate) static LOCATIVES: &[&str] = &["ở", "tại"];
/// Words after a passive verb that tell where or with what it was done.
pub(crate) static PASSIVE_EVENT_TAILS: &[&str] = &["tại", "với"];
/// Denominators of a price ("7.500 đồng/kg", "152 triệu đồng/lượng"): money
/// per so much of a good is what it costs, not a goal.
/// What a sum of money a target sets is counted against ("triệu đồng/người/
/// năm", "USD/người", "triệu đồng/ha", "tỷ đồng/năm"): money per anything
/// else ("đồng/cành", "triệu đồng/kWp", "đồng/m2/tháng") is a price or a
/// unit cost.
pub(crate) static TARGET_DENOMINATORS: &[&str] = &[
    "người",
    "năm",
    "ha",
    "lao động",
    "hộ",
    "tháng",
    "dân",
    "vạn dân",
    "km2",
];
pub(crate) static PRICE_DENOMINATORS: &[&str] = &[
    "kg", "lượng", "chỉ", "lít", "tấn", "tạ", "yến", "m3", "kwh", "bao", "thùng", "usd", "m2",
];
/// Comparators after "còn" that make it a level to reach ("còn dưới 2%").
pub(crate) const LEVEL_AFTER_LEFT: &List = &List::new(26, &["dưới", "không quá", "tối đa"]);
/// Words before "còn" that make it part of a phrase ("xuống còn", "không còn").
pub(crate) static LEFT_PHRASE_HEADS: &[&str] = &["xuống", "không"];
/// Words after "còn" that make it part of a phrase: "còn lại", the rest
/// ("50% số xã còn lại"), which a goal names as well as a report.
pub(crate) static LEFT_PHRASE_TAILS: &[&str] = &["lại"];
/// Words before "quý" that make it the unit of a rate ("1 lần/quý", "mỗi
/// quý", "hằng quý") or quarters in general ("các quý còn lại"), not a
/// quarter reported.
pub(crate) static EACH_QUARTER_HEADS: &[&str] = &["/", "mỗi", "hằng", "hàng", "các", "những"];
/// Look-backs before "N năm" ("Qua 5 năm", "sau 10 năm").
pub(crate) static LOOK_BACK: &[&str] = &["qua", "sau"];
/// "thiếu": short of; right before a number it states a shortage ("thiếu
/// 1.150 giáo viên"), what there is not, not a goal.
pub(crate) const SHORT_OF: &str = "thiếu";
/// "chỉ": only; before "đạt" or "chiếm" a shortfall ("tỷ lệ ... chỉ đạt
/// 87,6%", "chỉ chiếm 0,5% thị phần"), which a goal never sets.
pub(crate) const ONLY: &str = "chỉ";
/// Words before "chỉ" that make another word of it ("chứng chỉ đạt 40%");
/// not "địa", which "nội địa chỉ chiếm" shares with an address.
pub(crate) static ONLY_LOOKALIKE_HEADS: &[&str] = &["chứng"];
/// Yearly words: the per of a target is "năm".
pub(crate) const YEARLY: &List = &List::new(29, &["hằng năm", "hàng năm", "mỗi năm"]);
/// Whether "hằng năm" at `k` means each year, not a kind of crop ("cây
/// hằng năm": annual crops, which the figure after counts no rate of).
pub(crate) fn each_year_at(toks: &[Tok<'_>], k: usize) -> bool {
    any_at(toks, k, YEARLY).is_some() && !(k > 0 && toks[k - 1].is_word(CROP))
}
/// "cây": a plant, the head of a kind of crop ("cây hằng năm").
pub(crate) const CROP: &str = "cây";
/// Words of an indicator's name before its number ("tỷ lệ", "số", "tổng";
/// "đàn lợn", a herd counted).
pub(crate) static INDICATOR_HEADS: &[&str] = &["tỷ", "tỉ", "số", "tổng", "lệ", "đàn"];
/// What makes a sum invested the economy's, no work's ("tổng vốn đầu tư
/// phát triển", "tổng vốn đầu tư toàn xã hội").
pub(crate) static OF_THE_ECONOMY: &[&str] = &["phát triển", "toàn xã hội"];
/// Aggregates a share is of ("4,8% GDP").
pub(crate) static AGGREGATES: &[&str] = &["gdp", "grdp"];
/// The lunar calendar's names of a year, stem then branch ("năm Quý Mão
/// 2023"): the stems, lower-cased.
pub(crate) static HEAVENLY_STEMS: &[&str] = &[
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];
/// The branches of a lunar year's name, after its stem.
pub(crate) static EARTHLY_BRANCHES: &[&str] = &[
    "tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất",
    "hợi",
];
/// Words before "năm 2020" that make the year no deadline: a baseline, a
/// start, a decade or a run of years ("những năm 1970", "các năm 2021"),
/// what comes after it ("giai đoạn sau năm 2020 bình quân khoảng 3% GDP").
pub(crate) static NOT_DEADLINE_BEFORE_YEAR: &[&str] = &[
    "so", "với", "sánh", "từ", "đầu", "giữa", "lần", "những", "các", "sau",
    // The comparable prices abbreviated ("theo giá SS năm 2010").
    "ss",
];
/// Verbs that date what a document or a body became before "năm 2016"
/// ("Quy hoạch ... ban hành năm 2016", "thành lập năm 1998"): the year
/// of an event gone by, no deadline.
pub(crate) static DATED_EVENTS: &[&str] =
    &["ban hành", "phê duyệt", "thông qua", "thành lập", "ra đời"];
/// "đến": by; before the end of a year ("đến hết năm 2025") it may date a
/// stock as well as set a deadline.
pub(crate) const BY_END_HEAD: &str = "đến";
/// "đầu": the start of ("đầu năm 2025"), where a stock is taken.
pub(crate) const START_OF: &str = "đầu";
/// "sau": after ("01 tháng sau sinh": a while after an event of a life).
pub(crate) const LATER: &str = "sau";
/// "cuối", "hết": the end of ("đến cuối năm 2025").
pub(crate) static END_OF: &[&str] = &["cuối", "hết"];
/// "đến", "tới": by.
pub(crate) static BY: &[&str] = &["đến", "tới"];
/// Words that make the year after them a deadline ("đến năm 2030", "vào
/// năm 2030"), not the whole of a year ("cả năm 2024").
pub(crate) static DEADLINE_HEADS: &[&str] = &["đến", "tới", "vào"];
/// Words right before "năm 2030" that make it a deadline.
pub(crate) static BY_YEAR: &[&str] = &["đến", "tới", "vào", "cả", "trước"];
/// Verbs that set what follows them for a year they name ("Chính phủ yêu
/// cầu năm 2026 kiểm soát lạm phát ...; bội chi ...", "Kế hoạch ... đặt ra
/// năm 2026 giảm ..."), as a goal cue does: the year leads the list.
pub(crate) static FRAMING_VERBS: &[&str] = &["yêu cầu", "đặt ra"];
/// Words between such a verb and its year ("yêu cầu trong năm 2026").
pub(crate) static FRAME_PREPOSITIONS: &[&str] = &["trong"];
/// "cho", "của": whom a goal is set for ("mục tiêu cho ngành y tế năm
/// 2024 ...", "chỉ tiêu của tỉnh năm 2026 ..."), named before its year.
pub(crate) static FOR_WHOM: &[&str] = &["cho", "của"];
/// Kinds of goals named right before their year ("Mục tiêu tổng quát năm
/// 2023 phấn đấu ...", "chỉ tiêu cụ thể năm 2026 ..."): the year leads them.
pub(crate) static GOAL_KINDS: &[&str] = &["tổng quát", "cụ thể", "chủ yếu", "chung"];

// Words of the quantity grammar.

/// "một": one in words, as "1" in a denominator ("trên một vạn dân").
pub(crate) const ONE_IN_WORDS: &str = "một";
/// Words before "1" that make it a denominator ("trên 1 ha", "mỗi 1 ha").
pub(crate) static PER_ONE: &[&str] = &["trên", "mỗi", "/"];
/// "bình quân": on average; before "1 vạn dân" a denominator too ("Bác sĩ
/// bình quân 1 vạn dân là 19,23"), not before a share ("bình quân 1 -
/// 1,5%/năm").
pub(crate) const ON_AVERAGE: &str = "bình quân";
/// Words before "một" that make it an article, not a count ("thời gian
/// mất điện của một khách hàng", "Bắc Kạn là một tỉnh miền núi").
pub(crate) static OF_ONE: &[&str] = &["của", "là"];
/// Areas a value is given per ("giá trị sản phẩm trên 1 ha đất trồng trọt
/// đạt 150 triệu đồng"): the denominator "ha".
pub(crate) static PER_AREA: &[&str] = &["ha", "km2"];
/// "đất": land; "1 ha đất" is the area a value is given per.
pub(crate) const LAND: &str = "đất";
/// "con số", "chữ số": digits, of "hai con số" (double-digit growth),
/// "hai chữ số" alike.
pub(crate) static DIGITS: &[&str] = &["con số", "chữ số"];
/// "hai": two, of "hai con số".
pub(crate) const TWO: &str = "hai";
/// Verbs that present figures ("Tổng Bí thư đưa ra hai con số ..."):
/// "hai con số" after them is two figures, no double-digit growth.
pub(crate) static PRESENTS: &[&str] = &["đưa ra", "nêu ra", "nêu", "công bố", "dẫn ra"];
/// "tuổi": years of age, a unit only for life expectancy.
pub(crate) const AGE: &str = "tuổi";
/// "cao tuổi": elderly; a number after it is no age.
pub(crate) const ELDERLY: &str = "cao";
/// "tuổi thọ": life expectancy.
pub(crate) const LIFE_EXPECTANCY: &str = "tuổi thọ";
/// "trở lên": or more.
pub(crate) const OR_MORE: &str = "trở lên";
/// "trở xuống": or less.
pub(crate) const OR_LESS: &str = "trở xuống";
/// Zero: "không còn", "không có" before a count noun, "không để xảy ra"
/// ("Không để xảy ra tổ chức cơ sở đảng yếu kém"): none to let happen, and
/// "không phát sinh" ("không phát sinh hộ nghèo"): none to arise.
pub(crate) const NONE_LEFT: &List = &List::new(
    27,
    &[
        "không còn",
        "không có",
        "không để xảy ra",
        "không phát sinh",
    ],
);
/// "thứ": makes the number after it an ordinal.
pub(crate) const ORDINAL: &str = "thứ";
/// Range separators in words ("từ 96 đến 97%").
pub(crate) const RANGE_WORDS: &List = &List::new(28, &["đến", "tới"]);
/// "phần trăm": per cent in words.
pub(crate) const PER_CENT: &str = "phần trăm";
/// Per mille in words ("giảm 0,25 phần nghìn mức sinh").
pub(crate) const PER_MILLE: &str = "phần nghìn";
/// Words after "tỷ" that make it a noun, not the scale ("tỷ lệ", "tỷ trọng").
pub(crate) static TY_NOUNS: &[&str] = &["lệ", "trọng", "suất", "giá"];
/// The scale "tỉ" as spelt, and its normal form.
pub(crate) static SCALE_SPELLINGS: &[(&str, &str)] = &[
    ("tỉ", "tỷ"),
    ("triệu tỉ", "triệu tỷ"),
    ("nghìn tỉ", "nghìn tỷ"),
    ("ngàn tỉ", "ngàn tỷ"),
];
/// "đồng": the currency, or the head of "đồng chí" and the like.
pub(crate) const DONG: &str = "đồng";
/// Scales that, bare and closing a figure, count dong ("đạt 72 triệu;").
pub(crate) static BARE_MONEY_SCALES: &[&str] = &[
    "triệu",
    "tỷ",
    "tỉ",
    "nghìn tỷ",
    "nghìn tỉ",
    "ngàn tỷ",
    "triệu tỷ",
    "triệu tỉ",
];
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
/// Direction verbs with the word after them that make a noun or another
/// verb of them ("tăng trưởng", "tăng cường", "giảm nghèo"); "giảm cường độ
/// năng lượng" still lowers.
pub(crate) static VERB_NOUN_COMPOUNDS: &[(&str, &str)] = &[
    ("tăng", "trưởng"),
    ("tăng", "trưởng,"),
    ("tăng", "cường"),
    // To speed up ("xác định tăng tốc phát triển với mục tiêu GRDP đạt từ
    // 9-10%"): no change the figure is.
    ("tăng", "tốc"),
    ("giảm", "nghèo"),
    // Infrastructure ("Hạ tầng được đầu tư ..."), no lowering.
    ("hạ", "tầng"),
];
/// Words before a direction verb that make it a noun ("tốc độ tăng", "tỷ lệ giảm").
/// So is "đà" ("Đà tăng của công nghiệp": the momentum of a rise).
pub(crate) static VERB_NOUN_HEADS: &[&str] = &["độ", "lệ", "mức", "đà"];
/// Prefixes of a direction verb that leave it a verb ("gia tăng"), and a
/// noun after a head ("tỷ lệ gia tăng dân số tự nhiên").
pub(crate) static VERB_PREFIXES: &[&str] = &["gia"];
/// "mức": a level, or a rate of change a plan keeps ("duy trì mức giảm").
pub(crate) const LEVEL: &str = "mức";
/// The prices a figure is told at ("theo giá hiện hành", "giá so sánh năm
/// 2010"), which may open an aside before its change.
pub(crate) static PRICE_BASES: &[&str] = &[
    "theo giá hiện hành",
    "theo giá so sánh",
    "theo giá ss",
    "giá hiện hành",
    "giá so sánh",
    "giá ss",
];
/// Whether the year at `k` is the one the prices of a figure are told at
/// ("giá so sánh năm 2010").
pub(crate) fn prices_of_year(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 1
        && toks[k - 1].is_word(YEAR)
        && PRICE_BASES
            .iter()
            .any(|p| phrase_ending_at(toks, k - 1, p).is_some())
}
/// Denominators of two words a space parts ("78.000 m3/ngày đêm", "7.000
/// đồng/cổ phần").
pub(crate) static PER_COMPOUNDS: &[(&str, &str)] =
    &[("ngày", "đêm"), ("cổ", "phần"), ("cổ", "phiếu")];
/// Kinds of place and titles abbreviated with a '.' before a name ("TP.
/// Trà Vinh", "TX. Duyên Hải", "TT. Cầu Kè", "PGS. TS. Lê Văn A"): the
/// '.' ends no sentence.
pub(crate) static NAME_ABBREVIATIONS: &[&str] = &["tp", "tx", "tt", "gs", "pgs", "ts", "ths"];
/// "về", "trở lại": back to, before "mức" ("đưa tỷ số này trở lại mức 105
/// - 106 trẻ trai/100 trẻ gái"): the level a change ends at.
pub(crate) static BACK_TO: &[&str] = &["về", "trở lại"];
/// Value added, a noun that ends on a direction verb ("giá trị tăng thêm
/// bình quân đạt 14 - 14,5%", "giá trị gia tăng bình quân đầu người").
pub(crate) static VALUE_ADDED: &[&str] = &["giá trị", "giá trị gia"];
/// Words after a direction verb that leave the subject before it ("giảm bình quân").
pub(crate) static FILLERS_AFTER_VERB: &[&str] = &[
    "dần", "bình", "quân", "thêm", "khoảng", "được", "hằng", "hàng", "mỗi", "năm",
];
/// Words after a direction verb that are dropped from its object.
pub(crate) const VERB_OBJECT_FILLERS: &List =
    &List::new(38, &["thêm", "dần", "bình quân", "hằng năm", "hàng năm"]);
/// Yearly words anywhere in a subject, dropped ("/ năm" too).
pub(crate) const YEARLY_ANYWHERE: &List =
    &List::new(30, &["hằng năm", "hàng năm", "mỗi năm", "/ năm"]);
/// Aspects of going on before a verb of keeping ("tiếp tục duy trì",
/// "vẫn giữ vững"): the verb's, no part of the indicator.
pub(crate) static GOING_ON: &[&str] = &["tiếp tục", "vẫn"];
/// Verbs that end an indicator ("tỷ lệ che phủ rừng duy trì ...").
pub(crate) const KEEP_VERBS: &List = &List::new(34, &["duy trì", "giữ vững", "ổn định"]);
/// Report cues that name people a share may count ("tỷ lệ nữ đại biểu HĐND
/// đạt trên 35%"): after "tỷ lệ", what is measured, not who attended.
pub(crate) static SHARED_PEOPLE: &[&str] = &["đại biểu", "đại diện"];
/// "nữ": women, whose share among such people a plan sets ("nữ đại biểu
/// ... từ 35% đến 40%").
pub(crate) const WOMEN: &str = "nữ";
/// Words after such people that make them an event's ("tỷ lệ đại biểu
/// tham dự đạt 98%" reports the attendance).
pub(crate) static ATTENDING: &[&str] = &["tham dự", "dự", "có mặt"];

/// Words of a vote by such people ("100% đại biểu HĐND quận biểu quyết
/// thông qua"): the share is the meeting's vote.
pub(crate) static VOTING: &[&str] = &["biểu quyết", "tán thành", "nhất trí", "bỏ phiếu"];

/// Words of attending an event, which those a count names did ("2.000
/// vận động viên ... tham dự Giải ...", "1.500 vận động viên đến từ 20
/// tỉnh"); not "dự" alone, which opens "dự án", "dự kiến".
pub(crate) static EVENT_ATTENDED: &[&str] = &["tham dự", "có mặt", "tranh tài", "đến từ"];

/// Whether words of attending ([`ATTENDING`]) start at token `k`.
pub(crate) fn attending_at(toks: &[Tok<'_>], k: usize) -> bool {
    ATTENDING.iter().any(|a| phrase_at(toks, k, a).is_some())
}
/// "tỷ lệ" as spelt.
pub(crate) const RATE: &List = &List::new(31, &["tỷ lệ", "tỉ lệ"]);
/// Nouns of a share a direction verb may raise or lower to a level
/// ("tăng tỷ trọng ... lên 55%").
pub(crate) static SHARE_NOUNS: &[&str] = &["tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng"];
/// "riêng": for ... alone; the subject refines the previous one.
pub(crate) const SEPARATELY: &List = &List::new(36, &["riêng"]);
/// Qualifiers a parallel item opens on to name another part of the same
/// indicator ("tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung
/// học cơ sở đạt 97%"): the item takes the indicator's head before it.
pub(crate) static PART_QUALIFIERS: &[&str] = &["cấp", "khu vực", "vùng", "bậc"];
/// "cơ cấu": a composition, whose parts a list after ':' names ("Cơ cấu
/// kinh tế: nông nghiệp 20%, dịch vụ 45%").
pub(crate) const COMPOSITION: &str = "cơ cấu";
/// Plural markers dropped from a subject.
pub(crate) const PLURALS: &List = &List::new(37, &["các", "những"]);
/// Plural markers and indicator heads dropped after a number.
pub(crate) const LEADING_AFTER_NUMBER: &List =
    &List::new(39, &["các", "những", "tỷ lệ", "tỉ lệ", "tổng số"]);
/// Heads of an indicator: "tỷ lệ" or "số", then X and its predicate.
pub(crate) const INDICATOR_PREFIXES: &List = &List::new(33, &["tỷ lệ", "tỉ lệ", "số lượng", "số"]);
/// "theo": a predicate that qualifies the indicator itself ("theo chuẩn mới").
pub(crate) const ACCORDING_TO: &str = "theo";
/// "hộ nghèo": poor households, an indicator, not a population.
pub(crate) const POOR_HOUSEHOLDS: &str = "hộ nghèo";
/// "số": "number of" at the head of a subject.
pub(crate) const NUMBER_OF_LIST: &List = &List::new(32, &["số"]);
/// "ở": "at", splits "tỷ lệ X ở Y".
pub(crate) const AT: &List = &List::new(35, &["ở"]);
/// Words right after a bar that grant a benefit to those above it ("từ đủ
/// 15 năm trở lên được hưởng lương hưu"): the bar is a rule's condition.
pub(crate) const ENTITLED: &List = &List::new(50, &["được hưởng", "thì được", "được nhận"]);

/// Extra predicates after a number: "đều"; for zero also "dưới", "không".
pub(crate) const ALL_ALIKE: &str = "đều";
/// How targets were met, all alike or in the main, before the verb that
/// tells it ("đều đạt", "cơ bản đạt").
pub(crate) static MET_ALIKE: &[&str] = &[ALL_ALIKE, "cơ bản", "căn bản"];
pub(crate) static ZERO_PREDICATES: &[&str] = &["dưới", "không"];

/// The single words the cue pass compares a token with one by one (see
/// `Sentence::cues`: a base compared with, what will be, [`report_word`]'s
/// words, an event done somewhere, a person's title, a mid-term, "vừa",
/// a multiple): the index gives each an id and marks it, so that a word
/// of none of them is passed over after one look-up, with no comparison.
/// A word the pass compares must be here.
///
/// [`report_word`]: super::modality::cues::report_word
pub(crate) static CUE_PASS_WORDS: &[&[&str]] = &[
    &[
        COMPARE, MORE_THAN, FUTURE, LEFT, MONTH, QUARTER, SHORT_OF, NOW, ONLY, TERM_WORD, JUST,
        TIMES_UNIT,
    ],
    LOOK_BACK,
    PASSIVE_EVENT_TAILS,
    PERSON_TITLES,
];

/// Every [`List`], in the order of their bits: what the tagger indexes.
pub(crate) const INDEXED: &[&List] = &[
    SCALES,
    CURRENCY_NAMES,
    MEASURES,
    COUNT_NOUNS,
    TARGET_CUES,
    STATED_TARGET,
    MET_TARGET,
    REPORT_CUES,
    SENTENCE_REPORT_CUES,
    CHAIN,
    ABOUT,
    LEAD_INS,
    LEADING_FILLER,
    PREDICATES,
    POPULATIONS,
    VERB_ENDINGS,
    CONTINUATIONS,
    RESULT_AGAINST,
    SHARE_OF_PLAN,
    LOCALITY_FACTS,
    BREAKDOWNS,
    DONE_AFTER,
    PER_POPULATION,
    RESTATES,
    BARE_VALUE_WORDS,
    CHANGE_START_DATES,
    LEVEL_AFTER_LEFT,
    NONE_LEFT,
    RANGE_WORDS,
    YEARLY,
    YEARLY_ANYWHERE,
    RATE,
    NUMBER_OF_LIST,
    INDICATOR_PREFIXES,
    KEEP_VERBS,
    AT,
    SEPARATELY,
    PLURALS,
    VERB_OBJECT_FILLERS,
    LEADING_AFTER_NUMBER,
    PERIODS,
    PERIOD_OPENERS,
    ESTIMATES,
    QUOTAS,
    PLAN_AFTER_QUOTA,
    RANKS,
    TOTALS_BROUGHT,
    CARRIED_OUT,
    NUMERAL_WORDS,
    FUNDS,
    ENTITLED,
    SET_AGAINST_OTHERS,
    CAUSES,
    COUNTING_VERBS,
    FIVE,
    PRESENT,
    GRANTED,
    CASUALTIES,
    NORM_DOCUMENTS,
    WORK_FACTS,
    PARTS_LISTED,
    FOR_EACH,
    COSTS,
    MANY_OF,
];

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
///
/// Only a token the tagger marked for `list` costs a phrase comparison: the
/// bit test is inlined into every rule, the comparison is not.
#[inline]
pub(crate) fn any_at(toks: &[Tok<'_>], i: usize, list: &List) -> Option<(&'static str, usize)> {
    debug_assert!(is_indexed(list), "a list missing from INDEXED");
    if toks.get(i)?.starts & list.bit == 0 {
        return None;
    }
    first_at(toks, i, list)
}

/// Compares the phrases of `list` by their words' ids (see [`ids_at`]),
/// as [`phrase_at`] compares them by their text.
fn first_at(toks: &[Tok<'_>], i: usize, list: &List) -> Option<(&'static str, usize)> {
    let index = super::tagger::index();
    let at = |p: usize| {
        let end = ids_at(toks, i, index.phrase_ids(list, p))?;
        Some((*list.phrases.get(p)?, end))
    };
    match index.phrases_starting(list, toks.get(i)?.id) {
        Some(places) => places.iter().find_map(|&p| at(usize::from(p))),
        None => (0..list.phrases.len()).find_map(at),
    }
}

/// Whether the words of `ids` are the tokens from `i`; gives the index
/// after them. A word's id stands for its text: a token has the id of its
/// lower-cased word (its text for punctuation), and a number or a word no
/// phrase holds has none ([`NO_WORD`](super::tagger::NO_WORD)), which no
/// phrase's word has. So this is [`phrase_at`] with no string compared.
#[inline]
fn ids_at(toks: &[Tok<'_>], i: usize, ids: &[WordId]) -> Option<usize> {
    let end = i.checked_add(ids.len()).filter(|_| !ids.is_empty())?;
    same_words(toks.get(i..end)?, ids).then_some(end)
}

/// [`ids_at`] back from `end` (exclusive); gives the phrase's start.
#[inline]
fn ids_ending_at(toks: &[Tok<'_>], end: usize, ids: &[WordId]) -> Option<usize> {
    let start = end.checked_sub(ids.len()).filter(|_| !ids.is_empty())?;
    same_words(toks.get(start..end)?, ids).then_some(start)
}

/// Whether the tokens `words` are the words of `ids`, one by one.
#[inline]
fn same_words(words: &[Tok<'_>], ids: &[WordId]) -> bool {
    words.iter().zip(ids).all(|(t, &id)| t.id == id)
}

/// Whether a phrase of `list` ends exactly at token `end` (exclusive); gives its start.
#[inline]
pub(crate) fn any_ending_at(toks: &[Tok<'_>], end: usize, list: &List) -> Option<usize> {
    debug_assert!(is_indexed(list), "a list missing from INDEXED");
    let last = toks.get(end.checked_sub(1)?)?;
    if last.ends & list.bit == 0 {
        return None;
    }
    first_ending_at(toks, end, list)
}

fn first_ending_at(toks: &[Tok<'_>], end: usize, list: &List) -> Option<usize> {
    let index = super::tagger::index();
    let at = |p: usize| ids_ending_at(toks, end, index.phrase_ids(list, p));
    match index.phrases_ending(list, toks.get(end.checked_sub(1)?)?.id) {
        Some(places) => places.iter().find_map(|&p| at(usize::from(p))),
        None => (0..list.phrases.len()).find_map(at),
    }
}

/// Whether `phrase` ends exactly at token `end` (exclusive); gives its start.
///
/// Marked inline: in the rules, a constant phrase's last byte and word count
/// fold away. Left to how the crate is split into codegen units, it was
/// inlined in one build and called in the next, at 8 instructions per byte.
#[inline]
pub(crate) fn phrase_ending_at(toks: &[Tok<'_>], end: usize, phrase: &str) -> Option<usize> {
    // Word by word from the back, as `phrase_at` does from the front: no
    // count of the phrase's words, no second pass.
    let mut rest = phrase;
    let mut k = end;
    loop {
        let t = toks.get(k.checked_sub(1)?)?;
        let word = match t.kind {
            Kind::Word => t.low.as_ref(),
            Kind::Punct => t.raw,
            Kind::Num => return None,
        };
        // Most phrases fail on their last word: test its last byte first.
        if rest.as_bytes().last() != word.as_bytes().last() {
            return None;
        }
        rest = rest.strip_suffix(word)?;
        k -= 1;
        if rest.is_empty() {
            return Some(k);
        }
        rest = rest.strip_suffix(' ')?;
    }
}

/// Whether `list` holds the bit of its place in [`INDEXED`].
fn is_indexed(list: &List) -> bool {
    INDEXED
        .get(list.bit.trailing_zeros() as usize)
        .is_some_and(|l| l.phrases == list.phrases)
}

// ---- orthography ----

/// Vowels "a" and "e" with a tone mark, either case: after "o" ("hoà",
/// "khoẻ") the old and the new spelling put the tone on different vowels.
pub(crate) const TONED_AE: &str = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ";
/// Vowel "y" with a tone mark, either case: after "u" ("thuỷ"), as [`TONED_AE`].
pub(crate) const TONED_Y: &str = "ỳýỷỹỵỲÝỶỸỴ";
/// The barred d and the letter it folds to: no canonical decomposition
/// takes "đ" to "d".
pub(crate) const BARRED_D: (char, char) = ('đ', 'd');

// ---- numbers ----

/// Numerals in words with the part they play in a number ("mốt" is the
/// one of "hai mốt", "lăm" the five of "mười lăm").
pub(crate) const NUMBER_WORDS: &[(&str, crate::number::NumWord)] = {
    use crate::number::NumWord::{Digit, Half, Hundred, Scale, Ten, Tens, Zero};
    &[
        ("không", Digit(0.0)),
        ("một", Digit(1.0)),
        ("mốt", Digit(1.0)),
        ("hai", Digit(2.0)),
        ("ba", Digit(3.0)),
        ("bốn", Digit(4.0)),
        ("tư", Digit(4.0)),
        ("năm", Digit(5.0)),
        ("lăm", Digit(5.0)),
        ("nhăm", Digit(5.0)),
        ("sáu", Digit(6.0)),
        ("bảy", Digit(7.0)),
        ("bẩy", Digit(7.0)),
        ("tám", Digit(8.0)),
        ("chín", Digit(9.0)),
        ("mười", Ten),
        ("mươi", Tens),
        ("chục", Tens),
        ("trăm", Hundred),
        ("linh", Zero),
        ("lẻ", Zero),
        ("nghìn", Scale(1e3)),
        ("ngàn", Scale(1e3)),
        ("vạn", Scale(1e4)),
        ("triệu", Scale(1e6)),
        ("tỷ", Scale(1e9)),
        ("tỉ", Scale(1e9)),
        ("rưỡi", Half),
    ]
};
/// Words of a negative number ("âm 5", "trừ 5").
pub(crate) static MINUS_WORDS: &[&str] = &["âm", "trừ"];
/// Words of the decimal point ("không phẩy năm", "một chấm hai").
pub(crate) static POINT_WORDS: &[&str] = &["phẩy", "chấm"];
/// "rưỡi": and a half ("hai đô rưỡi").
pub(crate) const HALF: &str = "rưỡi";
/// Scale suffixes glued to digits, as a whole ("100K", "3M", ",0012G").
pub(crate) static SCALE_SUFFIXES: &[(&str, f64)] =
    &[("K", 1e3), ("k", 1e3), ("M", 1e6), ("G", 1e9)];
/// Scale abbreviations glued to digits, with the next places after them
/// ("1tr2" is 1.2 million, "2t3" is 2.3 billion); first match wins.
pub(crate) static SCALE_ABBREVIATIONS: &[(&str, f64)] = &[("tr", 1e6), ("t", 1e9)];

// ---- money ----

/// Words before an amount that bound it from above ("không quá 9.000 đồng").
pub(crate) static MONEY_UPPER: &[&str] = &[
    "không cao hơn",
    "không hơn",
    "không quá",
    "không tới",
    "kém hơn",
    "ít hơn",
    "tối đa",
    "dưới",
];
/// Words before an amount that bound it from below ("ít nhất $3,5").
pub(crate) static MONEY_LOWER: &[&str] = &[
    "không ít hơn",
    "nhiều hơn",
    "cao hơn",
    "ít nhất",
    "tối thiểu",
    "hơn",
    "trên",
];
/// Words of "about" before an amount, dropped: an amount is read as exact.
pub(crate) static MONEY_ABOUT: &[&str] = &[
    "khoảng chừng",
    "tầm khoảng",
    "vào khoảng",
    "khoảng",
    "xấp xỉ",
    "chừng",
    "tầm",
];
/// "giữa": between, of "giữa 1,1 và 1,3 đô la".
pub(crate) const BETWEEN: &str = "giữa";
/// The code of the hundredth of a currency ("23 xen", "20 rupees 43").
pub(crate) const CENT: &str = "cent";
/// "vn$" as written, and as spacing out the "$" leaves it.
pub(crate) const VN_DOLLAR: (&str, &str) = ("vn$", "vn $");

// ---- terms ----

/// "đến": to, between the years of a term ("2020 đến 2025").
pub(crate) const TERM_TO: &str = "đến";
/// Words (folded) right before a year pair that make it a term
/// ("nhiệm kỳ 2020-2025", "giai đoạn 2021-2025").
pub(crate) static TERM_CONTEXTS: &[&str] = &[
    "nhiem ky",
    "giai doan",
    "thoi ky",
    "nam",
    "khoa",
    "ke hoach",
    "chien luoc",
    "tu",
];
/// "năm " (folded): a year pair after "năm" and a space is a term.
pub(crate) const TERM_AFTER_YEAR: &str = "nam ";
/// "nhiệm kỳ" (folded): a term of office.
pub(crate) const TERM_OF_OFFICE: &str = "nhiem ky";
/// "khóa" (folded): a numbered council's term ("khóa XV, 2021-2026").
pub(crate) const COUNCIL_TERM: &str = "khoa";

// ---- articles ----

/// Portal chrome (folded): lines that start with these, or short lines
/// that hold them, are navigation and counters, not the article.
pub(crate) static CHROME: &[&str] = &[
    "y kien ban doc",
    "gui y kien",
    "in trang nay",
    "tim kiem:",
    "luot xem",
    "so luot xem",
    "da truy cap",
    "dang truy cap",
    "chia se",
    "binh luan",
    "ban quyen thuoc",
    "tin lien quan",
    "tin khac",
    "quay lai",
    "ve dau trang",
    "gui cho ban be",
    "hits:",
    "online :",
    "online:",
    "luot truy cap",
];
/// A photo's credit (folded), which ends its caption ("Quang cảnh kỳ họp.
/// Ảnh: Q.H", "(Ảnh: TTXVN)").
pub(crate) const PHOTO_CREDIT: &str = "anh:";
/// "Theo ": "according to", before a byline's source ("Theo Báo Mẫu").
pub(crate) const BYLINE_SOURCE: &str = "Theo ";

// ---- dates ----
//
// Dates are read in folded text (no marks, "đ" as "d"): portals spell
// "thứ bảy" and "thứ bẩy", "Tháng" and "THÁNG".

/// "thứ": a weekday follows ("thứ 2", "thứ hai"), not a day of the month.
pub(crate) const WEEKDAY: &str = "thu";
/// "ngày": the day of the month follows ("ngày 17").
pub(crate) const DAY: &str = "ngay";
/// Words before a day of the month in running text ("ngày 12", "mồng 3").
pub(crate) static DAY_WORDS: &[&str] = &["ngay", "mong", "mung"];
/// "tháng": the month follows ("tháng 10", "tháng mười").
pub(crate) const MONTH_WORD: &str = "thang";
/// "năm": the year follows ("năm 2020").
pub(crate) const YEAR_WORD: &str = "nam";
/// Words that put a time after noon ("09:58 PM", "8:30 chiều", "tối").
pub(crate) static AFTERNOON: &[&str] = &["pm", "chieu", "toi"];
/// Month names with their numbers, two-word names first ("tháng mười
/// một" is November, "tháng giêng" January, "tháng chạp" December).
pub(crate) static MONTH_NAMES: &[(&[&str], i32)] = &[
    (&["muoi", "mot"], 11),
    (&["muoi", "hai"], 12),
    (&["gieng"], 1),
    (&["mot"], 1),
    (&["hai"], 2),
    (&["ba"], 3),
    (&["tu"], 4),
    (&["bon"], 4),
    (&["nam"], 5),
    (&["sau"], 6),
    (&["bay"], 7),
    (&["tam"], 8),
    (&["chin"], 9),
    (&["muoi"], 10),
    (&["chap"], 12),
];
/// Every word a portal's timestamp line may hold besides its numbers:
/// weekdays ("thứ bẩy", "chủ nhật", "CN"), labels ("Cập nhật", "Ngày
/// đăng", "Thời gian xuất bản"), zones and parts of the day.
pub(crate) static TIMESTAMP_WORDS: &[&str] = &[
    "thu",
    "thang",
    "hai",
    "ba",
    "tu",
    "nam",
    "sau",
    "bay",
    "bon",
    "chu",
    "nhat",
    "cn",
    "cap",
    "ngay",
    "dang",
    "luc",
    "gio",
    "gmt",
    "utc",
    "ict",
    "sang",
    "chieu",
    "toi",
    "am",
    "pm",
    "update",
    "updated",
    "published",
    "posted",
    "xuat",
    "ban",
    "thoi",
    "gian",
];

// ---- resolutions ----
//
// Mentions are read in folded words, like dates.

/// "nghị quyết": a resolution.
pub(crate) static RESOLUTION: &[&str] = &["nghi", "quyet"];
/// "NQ", the abbreviation: a mention when "số" or "Đại hội" follows it.
pub(crate) const RESOLUTION_SHORT: &str = "nq";
/// Words after "NQ" that make it a mention ("NQ số 10", "NQ Đại hội").
pub(crate) static AFTER_RESOLUTION_SHORT: &[&str] = &["so", "dai"];
/// "NQ" as printed in a document number ("10-NQ/TU", "95/2019/NQ-HĐND").
pub(crate) const DOCUMENT_MARK: &str = "NQ";
/// "Số", the label of a document's number in its own heading ("Số:
/// 35/2025/NQ-HĐND").
pub(crate) const NUMBER_LABEL: &str = "so";
/// "đại hội": a congress, whose targets are its resolution's.
pub(crate) static CONGRESS: &[&str] = &["dai", "hoi"];
/// Words the ordinal of a congress or council follows ("lần thứ XV",
/// "HĐND tỉnh khóa XX", "Đại hội XIV").
pub(crate) static ORDINAL_AFTER: &[&[&str]] = &[&["lan", "thu"], &["khoa"], &["dai", "hoi"]];
/// Words that end a resolution's name ("Nghị quyết ... đã đề ra").
pub(crate) static NAME_STOPS: &[&str] = &[
    "da", "de", "duoc", "va", "la", "trong", "voi", "nham", "ve", "ngay", "dat", "tai", "cua",
    "cho", "phan", "tiep", "tu", "tren", "theo", "thuc", "nay", "do", "khai", "be", "dien", "xac",
    "thong",
];
/// Words that end a name only with their tone, for their folded form is
/// also a name's ("thì", not "Thị ủy", "thị xã").
pub(crate) static NAME_STOPS_TONED: &[&str] = &["thì"];
/// Last words of a body named by its level alone ("HĐND tỉnh", "Đảng bộ
/// quận", "UBND thành phố", "Đảng ủy thị trấn").
pub(crate) static LEVEL_WORDS: &[&str] = &["tinh", "huyen", "quan", "xa", "phuong", "pho", "tran"];
/// Stop words that join the parts of one name between capitalised words
/// ("Khối Cơ quan và Doanh nghiệp", "Sở Giáo dục và Đào tạo").
pub(crate) static NAME_JOINS: &[&str] = &["va"];
/// Words after a comma that carry a name on: a term or a congress
/// ("..., nhiệm kỳ 2020-2025", "..., lần thứ XV").
pub(crate) static NAME_GOES_ON: &[&str] = &["nhiem", "khoa", "giai", "lan"];
/// Words that end an issuer's name inside a mention: a congress, a term,
/// a number ("Đảng bộ tỉnh Mẫu lần thứ XV").
pub(crate) static ISSUER_ENDS: &[&str] = &["lan", "khoa", "nhiem", "giai", ",", "so"];
/// "này" after "Nghị quyết": the text's own resolution ("Nghị quyết này
/// đã được HĐND tỉnh Mẫu ... thông qua").
pub(crate) const THIS_ONE: &str = "nay";
/// "được": the body that adopted a resolution follows it, in the passive.
pub(crate) const ADOPTED_BY: &str = "duoc";
/// "của": the body that owns a resolution follows it ("Nghị quyết số
/// 12-NQ/TU của Ban Thường vụ Tỉnh ủy Mẫu").
pub(crate) const OWNED_BY: &str = "cua";
/// Head words of organisation names ("Đảng bộ ...", "HĐND ...").
pub(crate) static ORG_HEADS: &[&[&str]] = &[
    &["dang", "bo"],
    &["chi", "bo"],
    &["dang", "uy"],
    &["tinh", "uy"],
    &["huyen", "uy"],
    &["thanh", "uy"],
    &["quan", "uy"],
    &["thi", "uy"],
    &["hdnd"],
    &["hoi", "dong", "nhan", "dan"],
    &["ubnd"],
    &["uy", "ban", "nhan", "dan"],
    &["ban", "chap", "hanh"],
    &["quoc", "hoi"],
    &["chinh", "phu"],
    &["bo", "chinh", "tri"],
];
/// What a body does to a resolution, between its name and the mention
/// ("HĐND tỉnh Mẫu đã thông qua Nghị quyết số ..."), or after its name in a
/// headline ("Tỉnh ủy Mẫu ban hành Nghị quyết ..."): it ends the name.
pub(crate) static ADOPTS: &[&[&str]] = &[
    &["ban", "hanh"],
    &["thong", "qua"],
    &["phe", "duyet"],
    &["quyet", "nghi"],
    &["trien", "khai"],
    &["to", "chuc"],
    &["sua", "doi"],
    &["ky"],
];
/// Words of tense and aspect before such a verb ("vừa ban hành", "đã
/// thông qua", "chính thức ban hành").
pub(crate) static ADOPTS_ASPECT: &[&[&str]] = &[&["vua"], &["da"], &["chinh", "thuc"], &["moi"]];
/// The verbs of ADOPTS that make a resolution, not carry one out: a
/// resolution named by its subject alone counts only when made ("HĐND tỉnh
/// thông qua Nghị quyết về ..."), for "triển khai Nghị quyết về ..." may
/// name a policy more than a document.
pub(crate) static MAKES: &[&[&str]] = &[
    &["ban", "hanh"],
    &["thong", "qua"],
    &["phe", "duyet"],
    &["quyet", "nghi"],
    &["sua", "doi"],
    &["ky"],
];
/// Words between a verb and the resolutions it makes, as a group: "thông
/// qua các nghị quyết: ...", "ban hành những nghị quyết sau". A number
/// does the same ("thông qua 15 nghị quyết, gồm: ...").
pub(crate) static GROUP_MARKS: &[&str] = &["cac", "nhung"];
/// Words that may stand between the resolutions of one list, besides its
/// punctuation and the numbers of its items: "và", "cùng", and what opens
/// the list after its group ("gồm", "sau đây", "như", "cụ thể là",
/// "quan trọng", "chuyên đề", "trong đó có").
pub(crate) static LIST_WORDS: &[&str] = &[
    "va", "cung", "gom", "sau", "day", "nhu", "la", "cu", "the", "quan", "trong", "chuyen", "de",
    "do", "co",
];
/// "về" opening a sentence on its topic, up to a comma or a colon ("Về
/// giáo dục đại học, số sinh viên ..."): the topic heads the figures, no
/// subject's part.
pub(crate) const TOPIC_HEAD: &str = "về";
/// The most tokens a topic opened by "về" runs to its comma or colon.
pub(crate) const TOPIC_WORDS: usize = 8;
/// "về", with its tone: what a resolution is about follows it ("Nghị quyết
/// số 45/NQ-HĐND về kế hoạch ..."). Folded, it is also "vệ", "vẽ".
pub(crate) const SUBJECT_OPENS: &str = "về";
/// Words after "về" that make it no subject: "về phía", "về cơ bản", "về đích".
pub(crate) static NOT_SUBJECT: &[&[&str]] = &[&["phia"], &["co", "ban"], &["dich"]];
/// "ngày": a mention's date follows it, between the mention and its subject
/// ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về ...").
pub(crate) const DATED: &str = "ngay";
/// Words of a date written out, besides its numbers ("ngày 10 tháng 12 năm 2019").
pub(crate) static DATE_WORDS: &[&str] = &["thang", "nam"];
/// Words, with their tones, that end what a resolution is about and start
/// what the sentence says of it ("... năm 2026 đã được thông qua", "...
/// nhằm ...", "..., trong đó ...").
pub(crate) static SUBJECT_ENDS: &[&[&str]] = &[
    &["đã"],
    &["được"],
    &["sẽ"],
    &["vừa"],
    &["đang"],
    &["là"],
    &["nhằm"],
    &["đề", "ra"],
    &["thông", "qua"],
    &["có", "hiệu", "lực"],
    &["trong", "đó"],
    &["theo", "đó"],
    &["đồng", "thời"],
    &["tại", "kỳ", "họp"],
    &["tại", "hội", "nghị"],
];
/// Words a subject does not end on ("... và", "... -").
pub(crate) static SUBJECT_TRAILERS: &[&str] = &["va", "-", ","];
/// First words of heads that name a place's body on their own ("Tỉnh
/// ủy" is an issuer; "Đảng bộ" needs the place after it).
pub(crate) static PLACE_HEADS: &[&str] = &["tinh", "huyen", "thanh", "quan", "thi"];
