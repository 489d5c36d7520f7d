"""「まずはサンプルデータで試す」: a separate sample file, clearly marked, then the real setup."""

from __future__ import annotations

from kodoku_desk.services import instance_lock, sample_data
from kodoku_desk.services.people_list import count_people
from kodoku_desk.ui import settings
from kodoku_desk.ui.controller import AppController
from kodoku_desk.ui.first_run import FirstRunDialog
from tests.conftest import FAST_KDF


def test_sample_is_another_file_and_the_real_one_is_not_made(qtbot, db_path, sync_tasks):
    dialog = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.org_step.sample_button.text() == "まずはサンプルデータで試す"
    seen = []
    dialog.sample_step.bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.opened, timeout=30_000) as opened:
        dialog.org_step.sample_button.click()
    session = opened.args[0]
    try:
        sample = sample_data.sample_path(db_path)
        assert session.db_path == sample and sample != db_path
        assert sample.parent == db_path.parent and sample.name == "sample.kdesk"
        assert sample.exists() and not db_path.exists()
        assert sample_data.is_sample(session) and dialog.is_sample
        assert seen and max(seen) == 100                      # progress was shown
        assert 0 < count_people(session) <= sample_data.SAMPLE_PEOPLE
        assert settings.get(settings.LAST_DB) == ""           # never remembered as "the" file
    finally:
        session.close()
    again = FirstRunDialog(db_path, kdf=FAST_KDF)
    qtbot.addWidget(again)
    assert again.org_step.sample_button.text() == "サンプルデータを開く"


def test_a_real_file_named_like_the_sample_keeps_its_name(tmp_path):
    real = tmp_path / "sample.kdesk"
    assert sample_data.sample_path(real) != real


def test_sample_window_is_marked_and_leads_to_the_real_setup(qtbot, db_path, sync_tasks):
    controller = AppController(db_path, kdf=FAST_KDF)
    controller.start()
    first = controller.first_run
    qtbot.addWidget(first)
    with qtbot.waitSignal(controller.main_window_shown, timeout=30_000):
        first.org_step.sample_button.click()
    window = controller.main_window
    qtbot.addWidget(window)
    sample = sample_data.sample_path(db_path)
    assert window.windowTitle().endswith("（お試し用データ）")
    assert window.sample_banner is not None and window.sample_banner.isVisible()
    assert "架空" in window.sample_banner.findChild(type(window.org_label)).text()
    assert controller.instance.db_path == sample              # the sample's own lock
    # a screen lock tells the sample passphrase (it is no secret)
    controller.lock("manual")
    qtbot.addWidget(controller.unlock)
    assert any(sample_data.SAMPLE_PASSPHRASE in n for n in controller.unlock_notices)
    controller.unlock.passphrase.setText(sample_data.SAMPLE_PASSPHRASE)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        controller.unlock.submit()
    window = controller.main_window
    qtbot.addWidget(window)

    window.create_real_button.click()
    assert controller.main_window is None and not window.session.is_open
    real_setup = controller.first_run
    assert real_setup is not None and real_setup.isVisible()
    qtbot.addWidget(real_setup)
    assert real_setup.db_path == db_path and not db_path.exists()
    assert controller.instance is None
    assert instance_lock.read_owner(sample).state == "closed"
    controller.close_session()


def test_normal_databases_are_not_marked(qtbot, new_db):
    from kodoku_desk.ui.main_window import MainWindow

    session, _ = new_db
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert not sample_data.is_sample(session)
    assert window.sample_banner is None and "お試し" not in window.windowTitle()
