"""The QPainter charts: they paint empty, one and many points, never overlap labels, follow the
palette, and describe themselves to screen readers."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QPalette

from ui.common.charts import DEFAULT_EMPTY_TEXT, BarChart, LineChart

Role = QPalette.ColorRole


def shown(qtbot, chart, width: int = 600, height: int = 260):
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def image(chart):
    return chart.grab().toImage()


def distinct_colours(chart) -> set[int]:
    picture = image(chart)
    return {
        picture.pixel(x, y)
        for x in range(0, picture.width(), 3)
        for y in range(0, picture.height(), 3)
    }


def highlight(chart) -> QColor:
    return chart.palette().color(Role.Highlight)


def close_to(first: QColor, second: QColor, tolerance: int = 40) -> bool:
    return (
        abs(first.red() - second.red())
        + abs(first.green() - second.green())
        + abs(first.blue() - second.blue())
        <= tolerance
    )


# ---------------------------------------------------------------- line chart


def test_empty_line_chart_says_so(qtbot):
    chart = shown(qtbot, LineChart())
    assert chart.accessibleDescription() == DEFAULT_EMPTY_TEXT
    colours = distinct_colours(chart)
    assert len(colours) > 2  # the message is drawn, not a blank box
    assert not any(close_to(QColor(c), highlight(chart), 10) for c in colours)
    assert chart.x_labels() == []


def test_one_point_is_drawn_in_the_middle_with_its_label(qtbot):
    chart = shown(qtbot, LineChart())
    chart.set_points([("Today", 0.6)])
    (point,) = chart.point_positions()
    plot = chart.plot_rect()
    assert point.x() == pytest.approx(plot.center().x())
    assert point.y() == pytest.approx(plot.bottom() - plot.height() * 0.6)
    pixel = image(chart).pixelColor(point.toPoint())
    assert close_to(pixel, highlight(chart))
    ((index, rect, text),) = chart.x_labels()
    assert (index, text) == (0, "Today")
    assert abs(rect.center().x() - point.x()) < 1
    assert chart.accessibleDescription() == "1 attempt; latest 60%, best 60%, first 60%"


def test_many_points_paint_and_their_labels_never_overlap(qtbot):
    chart = shown(qtbot, LineChart(), width=420)
    points = [(f"Attempt number {i}", (i % 10) / 10) for i in range(300)]
    chart.set_points(points)
    image(chart)  # paints without error
    labels = chart.x_labels()
    assert 2 <= len(labels) < 20
    assert labels[-1][0] == 299  # the latest attempt is always labelled
    rects = [rect for _, rect, _ in labels]
    for left, right in itertools.pairwise(rects):
        assert left.right() < right.left()
    assert all(rect.left() >= 0 and rect.right() <= chart.width() for rect in rects)
    assert all(text.endswith("…") for _, _, text in labels)  # long labels are elided


def test_line_points_follow_the_scores(qtbot):
    chart = shown(qtbot, LineChart())
    chart.set_points([("Mon", 0.0), ("Tue", 1.0), ("Wed", 0.5), ("Thu", 1.7), ("Fri", -1)])
    assert chart.accessibleDescription() == "5 attempts; latest 0%, best 100%, first 0%"
    plot = chart.plot_rect()
    ys = [point.y() for point in chart.point_positions()]
    assert ys[0] == pytest.approx(plot.bottom())
    assert ys[1] == pytest.approx(plot.top())
    assert ys[2] == pytest.approx(plot.center().y())
    assert chart.points()[3:] == [("Thu", 1.0), ("Fri", 0.0)]  # clamped to 0..100 %
    xs = [point.x() for point in chart.point_positions()]
    assert xs == sorted(xs)
    assert xs[0] == pytest.approx(plot.left())
    assert xs[-1] == pytest.approx(plot.right())
    picture = image(chart)
    assert close_to(picture.pixelColor(chart.point_positions()[2].toPoint()), highlight(chart))


def test_hovering_near_a_point_tells_its_score(qtbot):
    chart = shown(qtbot, LineChart())
    assert chart.tooltip_at(QPointF(100, 100)) is None
    chart.set_points([("12 Oct", 0.4), ("Mock exam", 0.95)])
    first, last = chart.point_positions()
    assert chart.tooltip_at(first + QPointF(5, 40)) == "12 Oct: 40%"
    assert chart.tooltip_at(last) == "Mock exam: 95%"
    assert chart.tooltip_at((first + last) / 2) is None


def test_line_chart_survives_tiny_sizes(qtbot):
    chart = shown(qtbot, LineChart(), width=60, height=40)
    chart.set_points([(str(i), i / 5) for i in range(6)])
    image(chart)
    minimum = chart.minimumSizeHint()
    assert minimum.width() < chart.sizeHint().width()
    assert minimum.height() < chart.sizeHint().height()


# ---------------------------------------------------------------- bar chart


def test_bars_fill_their_share_of_the_track(qtbot):
    chart = shown(qtbot, BarChart())
    chart.set_bars([("SCO membership", 0.75), ("Borders", 0.0), ("Leaders", 1.0)])
    full, empty, whole = chart.bar_rects()
    picture = image(chart)
    inside = QPoint(int(full.left() + full.width() / 2), int(full.center().y()))
    assert close_to(picture.pixelColor(inside), highlight(chart))
    beyond = QPoint(int(full.right() + (whole.right() - full.right()) / 2), int(full.center().y()))
    assert not close_to(picture.pixelColor(beyond), highlight(chart))
    middle_of_empty = QPoint(int(whole.center().x()), int(empty.center().y()))
    assert not close_to(picture.pixelColor(middle_of_empty), highlight(chart))
    assert full.width() == pytest.approx(whole.width() * 0.75)
    assert chart.accessibleDescription() == "SCO membership: 75%; Borders: 0%; Leaders: 100%"


def test_empty_bar_chart_says_so(qtbot):
    chart = shown(qtbot, BarChart())
    chart.set_empty_text("No topics practised yet")
    assert chart.accessibleDescription() == "No topics practised yet"
    assert len(distinct_colours(chart)) > 2
    assert chart.bar_rects() == []


def test_bar_chart_height_grows_with_bars_and_labels_stay_in_bounds(qtbot):
    chart = shown(qtbot, BarChart(), width=360)
    few = chart.sizeHint().height()
    long_topic = "Trade, energy and the Belt and Road corridors through Central Asia"
    chart.set_bars([(f"{long_topic} {i}", i / 8) for i in range(8)])
    assert chart.sizeHint().height() > few
    chart.resize(360, chart.sizeHint().height())
    rects = chart.bar_rects()
    track = rects[-1].width() / (7 / 8)  # the last bar is 7/8 of the track
    assert chart.label_width() < chart.fontMetrics().horizontalAdvance(long_topic)  # elided
    assert track >= chart.width() * 0.25  # the bars keep their room
    assert chart.tooltip_at(rects[0].center()) == f"{long_topic} 0: 0%"  # whole on hover
    assert rects[-1].bottom() <= chart.height()
    for upper, lower in itertools.pairwise(rects):
        assert upper.bottom() < lower.top()
    image(chart)


def test_charts_repaint_with_a_new_palette(qtbot):
    chart = shown(qtbot, BarChart())
    chart.set_bars([("Leaders", 1.0)])
    (bar,) = chart.bar_rects()
    point = bar.center().toPoint()
    palette = chart.palette()
    palette.setColor(Role.Highlight, QColor("#c0392b"))
    chart.setPalette(palette)
    assert image(chart).pixelColor(point) == QColor("#c0392b")
    line = shown(qtbot, LineChart())
    line.set_points([("a", 0.2), ("b", 0.9)])
    before = image(line).pixelColor(line.point_positions()[1].toPoint())
    line.setPalette(palette)
    after = image(line).pixelColor(line.point_positions()[1].toPoint())
    assert before != after
    assert after == QColor("#c0392b")
