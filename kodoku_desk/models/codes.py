"""Built-in code lists (labels as in DOMAIN.md) and their registry.

``BUILTIN_CODE_LISTS[name]`` gives a :class:`CodeList`; codes are stable ASCII
and are what the database stores.  Survey answer lists come from
:mod:`.survey` and are registered here too.
"""

from __future__ import annotations

from .codelist import LIST_TITLES, Code, CodeList
from .survey import CONTACT_FREQUENCY_ANSWERS, DIRECT_ANSWERS, UCLA_ANSWERS, UCLA_BANDS

__all__ = ["BUILTIN_CODE_LISTS", "LIST_TITLES", "STOPPED_ATTENDING", "Code", "CodeList",
           "code_list"]

#: Warning sign the app suggests when a regular 居場所 attendee stops coming.
STOPPED_ATTENDING = "stopped_attending"

Row = tuple[str, str, str] | tuple[str, str, str, str | None] | tuple[str, str, str, str | None, bool]


def _list(name: str, ja: str, en: str, rows: list[Row]) -> CodeList:
    return CodeList(name, [Code(*row) for row in rows], ja=ja, en=en)


_LISTS: list[CodeList] = [
    _list("gender", "性別", "Gender", [
        ("female", "女性", "Female"),
        ("male", "男性", "Male"),
        ("other", "その他", "Other"),
        ("unanswered", "無回答", "No answer"),
    ]),
    _list("household_type", "世帯類型", "Household type", [
        ("alone", "一人暮らし", "Lives alone"),
        ("elderly_only", "高齢者のみ世帯", "Elderly-only household"),
        ("alone_daytime", "日中独居", "Alone during the day"),
        ("with_family", "家族と同居", "Lives with family"),
        ("other", "その他", "Other"),
    ]),
    _list("visit_frequency", "見守り頻度", "Check-in frequency", [
        ("daily", "毎日", "Daily"),
        ("weekly", "週1回", "Weekly"),
        ("twice_monthly", "月2回", "Twice a month"),
        ("monthly", "月1回", "Monthly"),
        ("as_needed", "随時", "As needed"),
    ]),
    _list("visit_method", "見守り方法", "Check-in method", [
        ("visit_met", "訪問（面会）", "Home visit (met)"),
        ("visit_absent", "訪問（不在）", "Home visit (not at home)"),
        ("exterior_check", "外観確認", "Checked from outside"),
        ("phone", "電話", "Phone"),
        ("community_greeting", "声かけ（地域で）", "Greeting in the neighbourhood"),
        ("place_meeting", "居場所で面会", "Met at a drop-in place"),
        ("sensor", "センサー・機器", "Sensor / device"),
        ("other", "その他", "Other"),
    ]),
    _list("safety_check", "安否確認", "Safety check", [
        ("confirmed", "本人確認できた", "Person confirmed safe"),
        ("not_confirmed", "確認できず", "Could not confirm"),
    ]),
    _list("condition", "本人の様子", "Person's condition", [
        ("no_change", "変わりない", "No change"),
        ("concern", "気になる点あり", "Something of concern"),
    ]),
    _list("response_level", "対応区分", "Response level", [
        ("0", "異常なし", "Nothing unusual"),
        ("1", "経過観察", "Keep an eye on"),
        ("2", "関係機関へ相談", "Consult an agency"),
        ("3", "緊急対応", "Emergency response"),
    ]),
    _list("contact_type", "連絡先種別", "Contacted party", [
        ("family", "家族・親族", "Family / relatives"),
        ("minsei_iin", "民生委員", "Minsei-iin (welfare commissioner)"),
        ("houkatsu", "地域包括支援センター", "Community general support center"),
        ("shakyo", "社会福祉協議会", "Council of social welfare"),
        ("municipality", "市区町村", "Municipality"),
        ("police", "警察110", "Police (110)"),
        ("fire_ambulance", "消防・救急119", "Fire / ambulance (119)"),
        ("other", "その他", "Other"),
    ]),
    _list("emergency_outcome", "緊急対応の結果", "Emergency outcome", [
        ("safety_confirmed", "安否確認済", "Safety confirmed"),
        ("ambulance", "救急搬送", "Taken to hospital by ambulance"),
        ("police", "警察対応", "Handled by police"),
        ("still_absent", "不在継続", "Still not found at home"),
        ("other", "その他", "Other"),
    ]),
    _list("warning_sign_group", "異変のサインの分類", "Warning sign group", [
        ("outside", "住まいの外から", "Seen from outside the home"),
        ("in_person", "本人に会って", "On meeting the person"),
        ("living", "暮らし", "Daily life"),
        ("community", "地域の場で", "Out in the community"),
    ]),
    # One wording per sign; near-identical signs from other leaflets are merged
    # into the entry noted in the comment.  Sources: DOMAIN.md §2.4.
    _list("warning_sign", "気づき（異変のサイン）", "Warning signs", [
        # + 能代「家から出てこない」, 港区「ここ数日姿を見ていない気がする」, 鹿追「最近見かけなくなった」
        ("not_seen_going_out", "（以前は頻繁だったが）最近は外出する姿を見ていない",
         "Not seen going out lately (used to go out often)", "outside"),
        # + 能代「郵便受けに郵便物がたまっている」, 港区「郵便物がたまっている」, 鹿追「新聞、郵便物がたまっている」
        ("mail_piling_up", "新聞や郵便がたまっている", "Newspapers or mail piling up", "outside"),
        # + 日野「洗濯物が干したままになっていたりする」
        ("laundry_left_out", "同じ洗濯物が干しっぱなし", "Same laundry left hanging out", "outside"),
        # + 鹿追「夜になっても家に明かりがつかない」
        ("lights_off_or_on_all_night", "暗くなっても電気が消えたまま、または夜中までつけっぱなしになっている",
         "Lights stay off after dark, or on until late at night", "outside"),
        # + 港区「昼間なのに電気がついている」
        ("lights_on_daytime", "昼でも電気がつけっぱなしになっている", "Lights left on in the daytime", "outside"),
        ("shutters_closed_daytime", "日中も雨戸が閉まったまま", "Storm shutters closed during the day", "outside"),
        ("window_open_in_rain", "雨なのに窓が開けっぱなし", "Window left open in the rain", "outside"),
        # + 港区「大声が聞こえる」
        ("shouting_heard", "家の中から怒鳴り声や悲鳴が聞こえる", "Shouting or screams heard from the home", "outside"),
        ("traders_visiting", "業者らしき人の出入りが増えた", "More tradesman-like visitors", "outside"),
        ("strangers_visiting", "見たことのない人が出入りしている", "Unfamiliar people coming and going", "outside"),
        ("looks_unwell", "顔色が悪い、具合が悪そう", "Looks pale or unwell", "in_person"),
        ("low_energy", "元気がない", "Low in energy", "in_person"),
        ("weight_loss", "痩せた気がする", "Seems to have lost weight", "in_person"),
        ("stopped_greeting", "あいさつをしなくなった", "No longer says hello", "in_person"),
        ("confused_talk", "話がかみ合わない、同じ話を何度もされる",
         "Conversation does not connect; repeats the same story", "in_person"),
        # + 港区「あざや怪我があり理由を話したがらない」
        ("bruises", "体にアザがある", "Bruises on the body", "in_person"),
        ("caregiver_exhausted", "介護者が疲れている", "The caregiver is exhausted", "in_person"),
        ("messy_room", "部屋が乱雑", "Room is in disorder", "in_person"),
        ("unsuitable_clothes", "季節感のずれた服を着ている、最近同じ服ばかりを着ている",
         "Clothes unsuited to the season, or always the same clothes", "in_person"),
        ("unsteady_walk", "足取りがおぼつかない", "Unsteady on their feet", "in_person"),
        # 暮らし: 鹿追町 order, 緊急度 low → high
        ("phone_unanswered", "電話に出なくなった", "No longer answers the phone", "living"),
        ("no_neighbour_contact", "近所付き合いがなくなった", "No longer mixes with neighbours", "living"),
        ("garden_neglected", "庭の手入れをしなくなった", "Garden no longer looked after", "living"),
        ("cannot_prepare_meals", "食事を自分で用意できない", "Cannot prepare own meals", "living"),
        ("bad_smell", "家から異臭がする", "Strange smell from the home", "living"),
        ("garbage_overflowing", "ごみがあふれている", "Rubbish piling up", "living"),
        ("utilities_cut_off", "電気、ガス、電話が止められている",
         "Electricity, gas or phone cut off", "living"),
        ("payment_trouble", "お会計がうまくできない、買っているものが不自然",
         "Trouble paying at shops; unusual purchases", "community"),
        # + 鹿追「老人会や趣味の会に来なくなった」
        (STOPPED_ATTENDING, "参加していたサークルや集まりに来なくなった",
         "Stopped coming to a group or gathering", "community"),
    ]),
    _list("support_category", "支援区分", "Support category", [
        ("elderly_alone", "高齢・一人暮らし", "Older person living alone"),
        ("child_rearing", "子育て", "Raising children"),
        ("single_parent", "ひとり親", "Single parent"),
        ("financial_hardship", "生活困窮", "Financial hardship"),
        ("hikikomori", "ひきこもり", "Social withdrawal (hikikomori)"),
        ("disability", "心身の障害", "Physical or mental disability", None, True),
        ("illness", "病気・通院", "Illness / medical treatment", None, True),
        ("dementia_concern", "認知症の心配", "Possible dementia", None, True),
        ("caregiving", "介護", "Caregiving"),
        ("foreign_language", "外国籍・言語", "Foreign nationality / language"),
        ("crime_dv", "犯罪被害・DV", "Crime victim / domestic violence", None, True),
        ("loneliness", "孤独感", "Feeling lonely"),
        ("other", "その他", "Other"),
    ]),
    _list("person_status", "支援状況", "Status", [
        ("active", "支援中", "Active"),
        ("paused", "休止", "Paused"),
        ("closed", "終了", "Closed"),
    ]),
    _list("closure_reason", "終了理由", "Reason for closing", [
        ("improved", "状況改善", "Situation improved"),
        ("moved", "転居", "Moved away"),
        ("institution", "施設入所", "Entered a care facility"),
        ("deceased", "死亡", "Deceased"),
        ("own_wish", "本人の希望", "At the person's request"),
        ("unreachable", "連絡不能", "Cannot be contacted"),
        ("other", "その他", "Other"),
    ]),
    _list("consent_method", "同意の方法", "Consent method", [
        ("written", "書面", "Written"),
        ("oral", "口頭", "Oral"),
    ]),
    _list("consent_scope", "同意の範囲", "Consent scope", [
        ("records", "記録の保管・利用", "Keeping and using records"),
        ("share_local_support", "民生委員・地域包括支援センター等への情報提供",
         "Sharing with minsei-iin, community support centers, etc."),
        ("council_sharing", "孤独・孤立対策地域協議会での情報共有",
         "Sharing within the regional council on loneliness and isolation"),
        ("sensitive_info", "要配慮個人情報の取得", "Collecting special-care personal information"),
        ("statistics", "統計（匿名化集計）への利用", "Use in anonymised statistics"),
    ]),
    _list("place_kind", "居場所の種類", "Kind of place", [
        ("salon", "サロン", "Salon"),
        ("kodomo_shokudo", "こども食堂", "Children's cafeteria"),
        ("ibasho_cafe", "居場所カフェ", "Drop-in cafe"),
        ("food_pantry", "フードパントリー", "Food pantry"),
        ("study_support", "学習支援", "Study support"),
        ("online", "オンライン", "Online"),
        ("other", "その他", "Other"),
    ]),
    _list("activity_form", "活動形態", "Activity form", [
        ("shared_meal", "会食", "Shared meal"),
        ("bento_takeaway", "弁当持ち帰り", "Take-away lunch box"),
        ("food_pantry", "フードパントリー", "Food pantry"),
        ("delivery", "宅配", "Home delivery"),
        ("salon", "サロン（交流）", "Salon (socialising)"),
        ("study_support", "学習支援", "Study support"),
        ("online", "オンライン", "Online"),
        ("other", "その他", "Other"),
    ]),
    _list("participant_category", "参加者区分", "Participant category", [
        ("preschool", "未就学児", "Preschool child", "child"),
        ("elementary", "小学生", "Elementary school pupil", "child"),
        ("junior_high", "中学生", "Junior high school pupil", "child"),
        ("high_school", "高校生世代", "High-school age", "child"),
        ("guardian", "保護者", "Parent / guardian"),
        ("adult", "大人", "Adult"),
        ("senior", "高齢者", "Older person"),
    ]),
    _list("attendance_role", "参加の役割", "Attendance role", [
        ("participant", "参加者", "Participant"),
        ("volunteer", "ボランティア", "Volunteer"),
        ("staff", "スタッフ", "Staff"),
    ]),
    _list("org_kind", "関係機関の種類", "Kind of organisation", [
        ("houkatsu", "地域包括支援センター", "Community general support center"),
        ("shakyo", "社会福祉協議会", "Council of social welfare"),
        ("municipality", "市区町村", "Municipality"),
        ("minsei_iin", "民生委員", "Minsei-iin (welfare commissioner)"),
        ("medical", "医療機関", "Medical institution"),
        ("welfare_provider", "福祉サービス事業所", "Welfare service provider"),
        ("consultation", "相談窓口", "Consultation service"),
        ("npo", "NPO・市民団体", "NPO / civic group"),
        ("police", "警察", "Police"),
        ("other", "その他", "Other"),
    ]),
    _list("referral_outcome", "つなぎの状況", "Referral status", [
        ("in_progress", "紹介済み", "Referred"),
        ("connected", "つながった", "Connected"),
        ("not_connected", "不成立", "Did not connect"),
    ]),
    _list("legal_basis", "第三者提供の根拠", "Legal basis for disclosure", [
        ("consent", "本人同意", "Consent of the person"),
        ("law", "法令に基づく求め", "Request based on law"),
        ("life", "生命・身体の保護", "Protection of life or body"),
    ]),
    _list("role", "権限", "Role", [
        ("admin", "管理者", "Administrator"),
        ("staff", "スタッフ", "Staff"),
        ("volunteer", "ボランティア", "Volunteer"),
    ]),
    UCLA_ANSWERS,
    UCLA_BANDS,
    DIRECT_ANSWERS,
    CONTACT_FREQUENCY_ANSWERS,
]

#: Every built-in code list by name.  Treat as read-only.
BUILTIN_CODE_LISTS: dict[str, CodeList] = {cl.name: cl for cl in _LISTS}
assert len(BUILTIN_CODE_LISTS) == len(_LISTS), "duplicate code list name"


def code_list(name: str) -> CodeList:
    """The built-in code list ``name``; KeyError naming the list if unknown."""
    try:
        return BUILTIN_CODE_LISTS[name]
    except KeyError:
        raise KeyError(f"unknown code list {name!r}") from None
