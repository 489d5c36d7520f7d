"""The demo organisation's city: 地区 (districts), 町字 with postal codes, phone numbers.

One city, six 地区 of the kind an NPO uses for aggregation (小学校区, 民生委員
担当地区).  Town names and postal-code prefixes are those of the city; the
street numbers, buildings and phone numbers are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from kodoku_desk.models.contact import normalize_phone

PREFECTURE = "東京都"
MUNICIPALITY = "八王子市"
LG_CODE = "132012"  # 全国地方公共団体コード (with check digit)
AREA_CODE = "042"
COUNCIL_NAME = "八王子市孤独・孤立対策地域協議会"


@dataclass(frozen=True)
class Town:
    name: str
    postal: str  # 7 digits
    chome: int   # number of 丁目 (0: none)


@dataclass(frozen=True)
class District:
    code: str
    ja: str
    en: str
    towns: tuple[Town, ...]


DISTRICTS: tuple[District, ...] = (
    District("chuo", "中央地区", "Central district", (
        Town("本町", "1920066", 0), Town("八日町", "1920071", 0), Town("横山町", "1920081", 0),
        Town("八幡町", "1920084", 0))),
    District("higashi", "東地区", "East district", (
        Town("東町", "1920082", 0), Town("旭町", "1920083", 0), Town("明神町", "1920046", 4),
        Town("子安町", "1920904", 4))),
    District("kita_sho", "北小学校区", "North school district", (
        Town("元本郷町", "1920051", 4), Town("大横町", "1920065", 0), Town("平岡町", "1920061", 0),
        Town("本郷町", "1920052", 0))),
    District("minami_sho", "南小学校区", "South school district", (
        Town("寺町", "1920073", 0), Town("上野町", "1920902", 0), Town("台町", "1930931", 4))),
    District("nishi", "西地区", "West district", (
        Town("散田町", "1930834", 5), Town("長房町", "1930824", 0), Town("並木町", "1930835", 0))),
    District("danchi", "団地・みなみ野地区", "Housing estate district", (
        Town("みなみ野", "1920916", 6), Town("七国", "1920919", 6), Town("西片倉", "1920914", 3))),
)

# Emergency contacts: (relation to the person, same surname, years younger, gender)
RELATIVES_OF_OLDER = [("長男", True, 28, "male"), ("長女", False, 30, "female"),
                      ("次男", True, 32, "male"), ("次女", False, 33, "female"),
                      ("弟", True, 4, "male"), ("妹", False, 5, "female"), ("姪", False, 35, "female"),
                      ("甥", True, 33, "male"), ("長男の妻", True, 30, "female"),
                      ("友人", False, 0, "female")]
RELATIVES_OF_ADULT = [("母", True, -28, "female"), ("父", True, -30, "male"), ("兄", True, -3, "male"),
                      ("姉", False, -3, "female"), ("弟", True, 3, "male"), ("妹", False, 3, "female"),
                      ("友人", False, 0, "male")]
RELATIVES_OF_YOUNG = [("母", True, -28, "female"), ("父", True, -31, "male")]

OTHER_AREA_CODES = ["03", "045", "048", "044", "042"]


def landline(rng: random.Random) -> str:
    """A local landline number, written the ways people write it."""
    body = f"6{rng.randint(10, 99)}", f"{rng.randint(0, 9999):04d}"
    style = rng.random()
    if style < 0.70:
        text = f"{AREA_CODE}-{body[0]}-{body[1]}"
    elif style < 0.82:
        text = f"{AREA_CODE}({body[0]}){body[1]}"
    elif style < 0.88:
        text = f"０４２－{_wide(body[0])}－{_wide(body[1])}"
    else:
        text = f"{AREA_CODE}{body[0]}{body[1]}"
    return normalize_phone(text) or text


def mobile(rng: random.Random) -> str:
    prefix = rng.choice(("090", "090", "080", "070"))
    text = f"{prefix}{rng.randint(1000, 9999)}{rng.randint(0, 9999):04d}"
    if rng.random() < 0.7:
        text = f"{text[:3]}-{text[3:7]}-{text[7:]}"
    return normalize_phone(text) or text


def other_city_phone(rng: random.Random) -> str:
    code = rng.choice(OTHER_AREA_CODES)
    if len(code) == 2:
        return f"{code}-{rng.randint(3000, 6999)}-{rng.randint(0, 9999):04d}"
    return f"{code}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


def _wide(digits: str) -> str:
    return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


@dataclass(frozen=True)
class Address:
    postal_code: str
    town: str
    chome: str | None
    banchi: str
    building: str | None


def address(rng: random.Random, fake: Faker, district: District, *,
            apartment_share: float = 0.3) -> Address:
    town = rng.choice(district.towns)
    chome = f"{rng.randint(1, town.chome)}丁目" if town.chome else None
    if rng.random() < 0.8:
        banchi = f"{rng.randint(1, 40)}-{rng.randint(1, 30)}"
    else:
        banchi = f"{rng.randint(100, 2999)}番地{rng.randint(1, 20)}" if not town.chome else \
            f"{rng.randint(1, 30)}番{rng.randint(1, 25)}号"
    building = None
    if district.code == "danchi" and rng.random() < 0.7:
        building = f"{town.name}団地{rng.randint(1, 24)}号棟{rng.randint(1, 5)}0{rng.randint(1, 8)}号室"
    elif rng.random() < apartment_share:
        building = f"{fake.building_name()}{town.name} {rng.randint(1, 4)}0{rng.randint(1, 9)}"
    return Address(town.postal, town.name, chome, banchi, building)
