import dataclasses
import re

import pytest

from kodoku_desk.models.codes import BUILTIN_CODE_LISTS, STOPPED_ATTENDING, Code, CodeList, code_list

# ---------------------------------------------------------------- Code / CodeList

SAMPLE = CodeList("sample", [
    Code("a", "あ", "A", group="g1"),
    Code("b", "い", "B", group="g2", sensitive=True),
    Code("c", "う", "C", group="g1"),
    Code("d", "え", "D"),
], ja="見本", en="Sample")


@pytest.mark.parametrize("bad", ["", "has space", "日本", "x" * 65, "a/b"])
def test_code_rejects_bad_codes(bad):
    with pytest.raises(ValueError):
        Code(bad, "あ", "A")


def test_code_requires_both_labels():
    with pytest.raises(ValueError):
        Code("a", "", "A")
    with pytest.raises(ValueError):
        Code("a", "あ", "")


def test_code_is_frozen_and_labelled():
    code = Code("x_1", "エックス", "Ex")
    assert code.group is None and code.sensitive is False
    assert code.label() == "エックス"
    assert code.label("en") == "Ex"
    with pytest.raises(ValueError):
        code.label("de")
    with pytest.raises(dataclasses.FrozenInstanceError):
        code.ja = "y"  # type: ignore[misc]


def test_code_list_lookup():
    assert SAMPLE.label("b") == "い"
    assert SAMPLE.label("b", lang="en") == "B"
    assert SAMPLE["c"] == Code("c", "う", "C", group="g1")
    assert SAMPLE.get("zz") is None
    with pytest.raises(KeyError, match="unknown code 'zz' in code list 'sample'"):
        SAMPLE.label("zz")
    with pytest.raises(ValueError):
        SAMPLE.label("a", lang="fr")


def test_code_list_container_protocol():
    assert "a" in SAMPLE
    assert "zz" not in SAMPLE
    assert 1 not in SAMPLE
    assert None not in SAMPLE
    assert SAMPLE.codes() == ("a", "b", "c", "d")
    assert [c.code for c in SAMPLE] == ["a", "b", "c", "d"]
    assert len(SAMPLE) == 4


def test_code_list_helpers():
    assert SAMPLE.title() == "見本"
    assert SAMPLE.title("en") == "Sample"
    assert CodeList("untitled", []).title() == "untitled"
    assert SAMPLE.choices() == [("a", "あ"), ("b", "い"), ("c", "う"), ("d", "え")]
    assert SAMPLE.choices("en")[0] == ("a", "A")
    assert [c.code for c in SAMPLE.in_group("g1")] == ["a", "c"]
    assert SAMPLE.in_group("none") == ()
    assert SAMPLE.groups() == ("g1", "g2")
    assert SAMPLE.sensitive_codes() == frozenset({"b"})


def test_code_list_extended_with_org_codes():
    extended = SAMPLE.extended([Code("org_1", "独自", "Custom")])
    assert extended.codes() == ("a", "b", "c", "d", "org_1")
    assert extended.name == "sample" and extended.title() == "見本"
    assert "org_1" not in SAMPLE  # original unchanged
    with pytest.raises(ValueError, match="duplicate code 'a'"):
        SAMPLE.extended([Code("a", "重複", "Dup")])


def test_code_list_validation():
    with pytest.raises(ValueError):
        CodeList("", [])
    with pytest.raises(ValueError):
        CodeList("x", [Code("a", "あ", "A"), Code("a", "い", "B")])
    with pytest.raises(TypeError):
        CodeList("x", [("a", "あ", "A")])  # type: ignore[list-item]


def test_code_list_equality():
    same = CodeList("sample", list(SAMPLE), ja="見本", en="Sample")
    assert same == SAMPLE
    assert hash(same) == hash(SAMPLE)
    assert SAMPLE != CodeList("sample", list(SAMPLE)[:2], ja="見本", en="Sample")
    assert repr(SAMPLE) == "CodeList('sample', 4 codes)"


# ---------------------------------------------------------------- built-in lists

EXPECTED = {
    "gender": [("female", "女性"), ("male", "男性"), ("other", "その他"), ("unanswered", "無回答")],
    "household_type": [("alone", "一人暮らし"), ("elderly_only", "高齢者のみ世帯"), ("alone_daytime", "日中独居"),
                       ("with_family", "家族と同居"), ("other", "その他")],
    "visit_frequency": [("daily", "毎日"), ("weekly", "週1回"), ("twice_monthly", "月2回"), ("monthly", "月1回"),
                        ("as_needed", "随時")],
    "visit_method": [("visit_met", "訪問（面会）"), ("visit_absent", "訪問（不在）"), ("exterior_check", "外観確認"),
                     ("phone", "電話"), ("community_greeting", "声かけ（地域で）"), ("place_meeting", "居場所で面会"),
                     ("sensor", "センサー・機器"), ("other", "その他")],
    "safety_check": [("confirmed", "本人確認できた"), ("not_confirmed", "確認できず")],
    "condition": [("no_change", "変わりない"), ("concern", "気になる点あり")],
    "response_level": [("0", "異常なし"), ("1", "経過観察"), ("2", "関係機関へ相談"), ("3", "緊急対応")],
    "contact_type": [("family", "家族・親族"), ("minsei_iin", "民生委員"), ("houkatsu", "地域包括支援センター"),
                     ("shakyo", "社会福祉協議会"), ("municipality", "市区町村"), ("police", "警察110"),
                     ("fire_ambulance", "消防・救急119"), ("other", "その他")],
    "emergency_outcome": [("safety_confirmed", "安否確認済"), ("ambulance", "救急搬送"), ("police", "警察対応"),
                          ("still_absent", "不在継続"), ("other", "その他")],
    "warning_sign_group": [("outside", "住まいの外から"), ("in_person", "本人に会って"), ("living", "暮らし"),
                           ("community", "地域の場で")],
    "support_category": [("elderly_alone", "高齢・一人暮らし"), ("child_rearing", "子育て"),
                         ("single_parent", "ひとり親"), ("financial_hardship", "生活困窮"),
                         ("hikikomori", "ひきこもり"), ("disability", "心身の障害"), ("illness", "病気・通院"),
                         ("dementia_concern", "認知症の心配"), ("caregiving", "介護"),
                         ("foreign_language", "外国籍・言語"), ("crime_dv", "犯罪被害・DV"),
                         ("loneliness", "孤独感"), ("other", "その他")],
    "person_status": [("active", "支援中"), ("paused", "休止"), ("closed", "終了")],
    "closure_reason": [("improved", "状況改善"), ("moved", "転居"), ("institution", "施設入所"), ("deceased", "死亡"),
                       ("own_wish", "本人の希望"), ("unreachable", "連絡不能"), ("other", "その他")],
    "consent_method": [("written", "書面"), ("oral", "口頭")],
    "consent_scope": [("records", "記録の保管・利用"),
                      ("share_local_support", "民生委員・地域包括支援センター等への情報提供"),
                      ("council_sharing", "孤独・孤立対策地域協議会での情報共有"),
                      ("sensitive_info", "要配慮個人情報の取得"), ("statistics", "統計（匿名化集計）への利用")],
    "place_kind": [("salon", "サロン"), ("kodomo_shokudo", "こども食堂"), ("ibasho_cafe", "居場所カフェ"),
                   ("food_pantry", "フードパントリー"), ("study_support", "学習支援"), ("online", "オンライン"),
                   ("other", "その他")],
    "activity_form": [("shared_meal", "会食"), ("bento_takeaway", "弁当持ち帰り"), ("food_pantry", "フードパントリー"),
                      ("delivery", "宅配"), ("salon", "サロン（交流）"), ("study_support", "学習支援"),
                      ("online", "オンライン"), ("other", "その他")],
    "participant_category": [("preschool", "未就学児"), ("elementary", "小学生"), ("junior_high", "中学生"),
                             ("high_school", "高校生世代"), ("guardian", "保護者"), ("adult", "大人"),
                             ("senior", "高齢者")],
    "attendance_role": [("participant", "参加者"), ("volunteer", "ボランティア"), ("staff", "スタッフ")],
    "org_kind": [("houkatsu", "地域包括支援センター"), ("shakyo", "社会福祉協議会"), ("municipality", "市区町村"),
                 ("minsei_iin", "民生委員"), ("medical", "医療機関"), ("welfare_provider", "福祉サービス事業所"),
                 ("consultation", "相談窓口"), ("npo", "NPO・市民団体"), ("police", "警察"), ("other", "その他")],
    "referral_outcome": [("in_progress", "紹介済み"), ("connected", "つながった"),
                         ("not_connected", "不成立")],
    "legal_basis": [("consent", "本人同意"), ("law", "法令に基づく求め"), ("life", "生命・身体の保護")],
    "role": [("admin", "管理者"), ("staff", "スタッフ"), ("volunteer", "ボランティア")],
    "ucla_answer": [("1", "決してない"), ("2", "ほとんどない"), ("3", "時々ある"), ("4", "常にある")],
    "ucla_band": [("3", "3点（決してない）"), ("4-6", "4～6点（ほとんどない）"), ("7-9", "7～9点（時々ある）"),
                  ("10-12", "10～12点（常にある）")],
    "direct_loneliness": [("1", "決してない"), ("2", "ほとんどない"), ("3", "たまにある"), ("4", "時々ある"),
                          ("5", "しばしばある・常にある")],
    "contact_frequency": [("1", "週４～５回以上"), ("2", "週２～３回程度"), ("3", "週１回程度"),
                          ("4", "２週間に１回程度"), ("5", "月１回程度"), ("6", "月１回未満"), ("7", "全くない"),
                          ("unanswered", "無回答")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_builtin_list_codes_and_labels(name):
    assert code_list(name).choices() == EXPECTED[name]


def test_registry_has_exactly_the_expected_lists():
    assert set(BUILTIN_CODE_LISTS) == set(EXPECTED) | {"warning_sign"}


@pytest.mark.parametrize("name", sorted(BUILTIN_CODE_LISTS))
def test_builtin_list_is_well_formed(name):
    cl = BUILTIN_CODE_LISTS[name]
    assert cl.name == name
    assert cl.title("ja") != name and cl.title("en") != name  # has real titles
    for code in cl:
        assert re.fullmatch(r"[a-z0-9_\-]+", code.code)
        assert code.en.isascii() or "–" in code.en
        assert code.ja and code.en
    assert len({c.ja for c in cl}) == len(cl), "duplicate Japanese label"
    assert len({c.en for c in cl}) == len(cl), "duplicate English label"


def test_code_list_unknown_name():
    with pytest.raises(KeyError, match="unknown code list 'nope'"):
        code_list("nope")


def test_sensitive_support_categories():
    assert code_list("support_category").sensitive_codes() == frozenset(
        {"disability", "illness", "dementia_concern", "crime_dv"})
    for name, cl in BUILTIN_CODE_LISTS.items():
        if name != "support_category":
            assert cl.sensitive_codes() == frozenset(), name


def test_participant_children_group():
    children = code_list("participant_category").in_group("child")
    assert [c.code for c in children] == ["preschool", "elementary", "junior_high", "high_school"]


def test_visit_frequency_codes_match_intervals():
    from kodoku_desk.models.frequency import INTERVAL_DAYS

    assert code_list("visit_frequency").codes() == tuple(INTERVAL_DAYS)


# ---------------------------------------------------------------- warning signs

def test_warning_sign_groups():
    signs = code_list("warning_sign")
    assert signs.groups() == code_list("warning_sign_group").codes()
    assert all(sign.group in code_list("warning_sign_group") for sign in signs)
    assert [len(signs.in_group(g)) for g in signs.groups()] == [10, 10, 7, 2]


def test_stopped_attending_sign_for_auto_suggest():
    sign = code_list("warning_sign")[STOPPED_ATTENDING]
    assert sign.code == "stopped_attending"
    assert sign.ja == "参加していたサークルや集まりに来なくなった"
    assert sign.group == "community"


def test_living_signs_keep_shikaoi_urgency_order():
    assert [c.ja for c in code_list("warning_sign").in_group("living")] == [
        "電話に出なくなった", "近所付き合いがなくなった", "庭の手入れをしなくなった", "食事を自分で用意できない",
        "家から異臭がする", "ごみがあふれている", "電気、ガス、電話が止められている"]


@pytest.mark.parametrize(("code", "label"), [
    ("not_seen_going_out", "（以前は頻繁だったが）最近は外出する姿を見ていない"),
    ("mail_piling_up", "新聞や郵便がたまっている"),
    ("lights_off_or_on_all_night", "暗くなっても電気が消えたまま、または夜中までつけっぱなしになっている"),
    ("lights_on_daytime", "昼でも電気がつけっぱなしになっている"),
    ("shouting_heard", "家の中から怒鳴り声や悲鳴が聞こえる"),
    ("confused_talk", "話がかみ合わない、同じ話を何度もされる"),
    ("unsuitable_clothes", "季節感のずれた服を着ている、最近同じ服ばかりを着ている"),
    ("payment_trouble", "お会計がうまくできない、買っているものが不自然"),
])
def test_warning_sign_wording(code, label):
    assert code_list("warning_sign").label(code) == label


@pytest.mark.parametrize("merged", [
    "郵便受けに郵便物がたまっている", "郵便物がたまっている", "新聞、郵便物がたまっている", "最近見かけなくなった",
    "ここ数日姿を見ていない気がする", "家から出てこない", "昼間なのに電気がついている",
    "夜になっても家に明かりがつかない",
    "老人会や趣味の会に来なくなった", "洗濯物が干したままになっていたりする",
])
def test_near_duplicate_signs_are_merged(merged):
    assert merged not in {c.ja for c in code_list("warning_sign")}


def test_district_list_is_titled_in_japanese_even_when_built_from_stored_rows():
    from kodoku_desk.models.checks import Checker

    districts = CodeList("district", [Code("north", "北部地区", "North")])
    assert (districts.title("ja"), districts.title("en")) == ("地区", "District")
    assert CodeList("district", [], ja="地域", en="Area").title() == "地域"  # explicit wins
    assert CodeList("own_list", []).title() == "own_list"  # unknown lists keep the fallback
    checker = Checker({"district": districts})
    checker.code("district_code", "南部地区", "district")
    [error] = checker.errors
    assert error.message_ja.startswith("地区「南部地区」は選択肢にありません")
    assert error.message_en.startswith("District '南部地区'")
