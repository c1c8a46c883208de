"""Fixtures shared by the tests: hand-written articles in the scraped-page
form (tests/data/*.txt) and a generator of many varied articles."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
VN = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def ven_song() -> str:
    """A district Party congress report with two resolutions."""
    return (DATA / "dang_bo_huyen_ven_song.txt").read_text(encoding="utf-8")


@pytest.fixture
def mien_nui() -> str:
    """A provincial People's Council report with a numbered resolution."""
    return (DATA / "hdnd_tinh_mien_nui.txt").read_text(encoding="utf-8")


PROVINCES = [
    "Bắc Ninh", "Hà Giang", "Lào Cai", "Yên Bái", "Thái Nguyên", "Phú Thọ",
    "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
    "Quảng Nam", "Bình Định", "Phú Yên", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng",
    "Bình Dương", "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre", "Cà Mau",
]
BODIES = ["Đảng bộ tỉnh", "Đảng bộ huyện", "Đảng bộ thành phố", "Đảng bộ thị xã"]
AUTHORS = ["Minh Khang", "Thu Hà", "Ngọc Lan", "Quốc Việt", "Hải Yến", "Văn Toàn"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ bẩy", "Chủ nhật"]
SUBJECTS = [
    "đảng viên hoàn thành tốt nhiệm vụ",
    "cơ quan, đơn vị hoàn thành tốt nhiệm vụ chính trị",
    "chi bộ, đảng bộ đạt hoàn thành tốt nhiệm vụ",
    "xã đạt chuẩn nông thôn mới",
    "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
]


def roman(n: int) -> str:
    out = []
    for value, digits in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


@dataclass(frozen=True)
class Generated:
    """One generated article and what a correct reading of it holds."""

    text: str
    kicker: str
    title: str
    published: datetime.datetime
    author: str
    paragraphs: int
    term: tuple[int, int]


def generate(i: int) -> Generated:
    """The i-th generated article: same i, same text."""
    rng = random.Random(i)
    body = rng.choice(BODIES)
    place = rng.choice(PROVINCES)
    issuer = f"{body} {place}"
    congress = rng.randint(12, 25)
    start = rng.choice([2015, 2020, 2025])
    end = start + 5
    when = datetime.datetime(
        start, rng.randint(6, 12), rng.randint(1, 28), rng.randint(6, 20), rng.randint(0, 59),
        tzinfo=VN,
    )
    author = rng.choice(AUTHORS)
    targets = "; ".join(
        f"{rng.randint(70, 99)}% trở lên {subject}"
        for subject in rng.sample(SUBJECTS, rng.randint(1, 4))
    )
    growth = f"{rng.randint(5, 9)},{rng.randint(1, 9)}"
    paragraphs = [
        f"Trong hai ngày {when.day} và {when.day + 1}/{when.month}, {issuer} tổ chức "
        f"Đại hội đại biểu lần thứ {roman(congress)}, nhiệm kỳ {start}-{end}. "
        f"Dự đại hội có {rng.randint(150, 350)} đại biểu.",
        f"Nghị quyết Đại hội {issuer} lần thứ {roman(congress)}, nhiệm kỳ {start}-{end} "
        f"đề ra mục tiêu phấn đấu: {targets}; tốc độ tăng trưởng bình quân {growth}%/năm.",
    ]
    if rng.random() < 0.5:
        paragraphs.append(
            f"Đại hội đã bầu Ban Chấp hành khóa {roman(congress)} gồm {rng.randint(25, 55)} đồng chí."
        )
    title = f"Đại hội {issuer} lần thứ {roman(congress)} (bài số {i})"
    weekday = WEEKDAYS[when.weekday()]
    text = "\n".join(
        [
            f"{issuer}:",
            title,
            "",
            f"Cập nhật: {weekday} {when:%d/%m/%Y - %H:%M}",
            "",
            *[p + "\n" for p in paragraphs],
            author,
            "Ý kiến bạn đọc Gửi ý kiến In trang này",
        ]
    )
    return Generated(text, issuer, title, when, author, len(paragraphs), (start, end))


@pytest.fixture(scope="session")
def generated() -> list[Generated]:
    """Three thousand varied articles."""
    return [generate(i) for i in range(3000)]
