"""The class view on a school server refreshes itself while it is open (issue 13, item 5): the
teacher watches results arrive during a session; a laptop's own database does not poll."""

from __future__ import annotations

import pytest

from quizzes.store.repository import Store
from tests.ui.teacher.test_class_results import _class_of_four
from ui.teacher.class_results import ClassResultsWindow

pytestmark = pytest.mark.both_engines


def test_the_class_view_on_a_school_server_shows_new_results_by_itself(qtbot, db_url, db_engine):
    teacher = Store.open(db_url)
    laptop_or_lab = Store.open(db_url)
    try:
        _, results = _class_of_four(teacher)
        window = ClassResultsWindow(teacher, live_refresh_ms=50)
        qtbot.addWidget(window)
        window.show()
        assert window.class_model.rowCount() == 0
        laptop_or_lab.class_results.import_results(results, "lab.json")  # another connection
        if db_engine == "postgresql":
            qtbot.waitUntil(lambda: window.class_model.rowCount() == 4, timeout=5000)
            assert window.live_label.text().startswith("Live from the school server")
        else:
            qtbot.wait(300)
            assert window.class_model.rowCount() == 0  # refreshed by hand on a laptop
            assert window.live_label.isHidden()
            window.refresh()
            assert window.class_model.rowCount() == 4
    finally:
        laptop_or_lab.close()
        teacher.close()
