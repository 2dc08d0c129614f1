"""Accessibility (issue 8): every window can be walked with Tab and every control on the way has a name a
screen reader can speak; the incoming-call popup describes the caller; colour is never the only signal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from softphone.core.events import AgentStateChanged, MediaEvent
from tests.gui.render_i18n_screens import Scenes, build_scenes, compile_ts, translated


@pytest.fixture
def scenes(qapp: QApplication, tmp_path: Path) -> Iterator[Scenes]:
    built = build_scenes(tmp_path)
    yield built
    built.dispose()


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else what Qt derives (button text, buddy label)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_walk(window: QWidget) -> list[QWidget]:
    """Press Tab (focusNextChild) from the first control until focus comes back round; returns the controls."""
    window.activateWindow()
    first = window.nextInFocusChain()
    while first is not None and first is not window and not (
            first.isVisibleTo(window) and first.isEnabled() and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
        first = first.nextInFocusChain()
    assert first is not None and first is not window, f"{window.windowTitle()}: nothing can take focus"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(400):
        current = QApplication.focusWidget()
        assert current is not None, f"{window.windowTitle()}: focus left the window"
        if visited and current is visited[0]:
            return visited
        if current in visited:
            raise AssertionError(f"{window.windowTitle()}: Tab loops without coming back to the start "
                                 f"({[type(w).__name__ for w in visited]})")
        visited.append(current)
        focus_owner = current.window()
        focus_owner.focusNextChild()
        QApplication.processEvents()
    raise AssertionError(f"{window.windowTitle()}: Tab never came back round")


def out_of_screen_order(window: QWidget, controls: list[QWidget]) -> list[str]:
    """Pairs that Tab visits against reading order: a control above, or left of on the same row, comes later."""
    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(window, QPoint(0, widget.height() // 2))
        return corner.y(), corner.x()

    found: list[str] = []
    for i, earlier in enumerate(controls):
        for later in controls[i + 1:]:
            (y1, x1), (y2, x2) = place(earlier), place(later)
            if y2 < y1 - 6 or (abs(y2 - y1) <= 6 and x2 < x1):
                found.append(f"{spoken_name(later)!r} (x={x2}, y={y2}) comes after {spoken_name(earlier)!r} "
                             f"(x={x1}, y={y1})")
    return found


def unnamed(controls: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'text', lambda: '')()!r}".strip()
            for w in controls if not spoken_name(w)]


def test_tab_reaches_every_control_and_each_has_a_name(scenes: Scenes) -> None:
    problems: list[str] = []
    for name, window in scenes.windows.items():
        pages = getattr(window, "tabs", None) or getattr(window, "pages", None)
        for index in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(index)
            visited = tab_walk(window)
            assert len(visited) >= 2, f"{name}[{index}]: Tab reaches {len(visited)} control(s)"
            problems += [f"{name}[{index}]: {p}" for p in unnamed(visited)]
            if name == "console" and index == 0:
                order = [scenes.console.dial_input, scenes.console.call_button]
                assert all(w in visited for w in order), "the dial field and Call button are not on the Tab path"
                assert visited.index(order[0]) < visited.index(order[1]), "Call comes before the number field"
                panel = scenes.console.panels["c1"]
                assert panel.hangup_button in visited, "the call's buttons are not on the Tab path"
            if name == "signin" and index == 0:
                fields = [scenes.signin.server, scenes.signin.user, scenes.signin.password]
                assert [visited.index(f) for f in fields] == sorted(visited.index(f) for f in fields), \
                    "sign-in fields are not in screen order"
                # "Advanced" sits left of "Sign in" on the same row: Tab reaches it first
                assert visited.index(scenes.signin.manual_button) < visited.index(scenes.signin.sign_in_button)
            if name in ("signin", "incoming_call"):  # simple forms: Tab reads like the screen
                problems += [f"{name}[{index}]: Tab order: {p}" for p in out_of_screen_order(window, visited)]
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)


def test_every_focusable_control_has_an_accessible_name_set(scenes: Scenes) -> None:
    """Also the controls Tab cannot reach right now (hidden pages, disabled buttons)."""
    problems: list[str] = []
    for name, window in scenes.windows.items():
        for widget in window.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None \
                    and widget.isVisibleTo(window) and not spoken_name(widget):
                parent = widget.parentWidget()
                if parent is not None and parent.focusProxy() is widget and spoken_name(parent):
                    continue  # e.g. the line edit inside a spin box: the box carries the name
                problems.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert not problems, "\n".join(problems)


def test_incoming_call_popup_is_announced_with_the_caller(scenes: Scenes) -> None:
    popup = scenes.console.popups["in1"]
    assert "Alice Martins" in popup.accessibleName()
    description = popup.accessibleDescription()
    assert "Alice Martins" in description and "2001" in description and "sales" in description
    interface = QAccessible.queryAccessibleInterface(popup)
    assert interface is not None
    assert "Alice Martins" in interface.text(QAccessible.Text.Description)
    assert "Alice Martins" in popup.answer_button.accessibleName()


def test_incoming_call_popup_is_announced_in_the_agents_language(qapp: QApplication, tmp_path: Path) -> None:
    qm_files = compile_ts(tmp_path / "qm")
    with translated("pt_BR", qm_files):
        built = build_scenes(tmp_path / "app")
        try:
            popup = built.windows["incoming_call"]
            assert popup.accessibleName() == "Chamada recebida de Alice Martins (2001)"
            assert popup.accessibleDescription() == "Alice Martins (2001) está ligando pela fila sales."
        finally:
            built.dispose()


def test_agent_state_and_call_quality_are_said_in_words(scenes: Scenes) -> None:
    """Colour is never the only signal: the state icon comes with a word, the quality with a word and a
    figure, a missed call with the word "Missed"."""
    console = scenes.console
    words = {"offline": "Offline", "available": "Available", "paused": "Paused", "ringing": "Ringing",
             "on_call": "On a call", "wrapup": "Wrap-up"}
    for state, word in words.items():
        scenes.bridge.on_event(AgentStateChanged(state=state, wrapup_remaining=30 if state == "wrapup" else 0))
        assert word in console.state_label.text(), state
        assert word in console.state_icon.toolTip(), state
        assert word in console.state_label.accessibleDescription(), state
    panel = console.panels["c1"]
    for mos, word in ((4.3, "good"), (3.7, "fair"), (2.1, "poor")):
        scenes.bridge.on_event(MediaEvent(call_id="c1", codec="PCMU", jitter_ms=30, loss_pct=6, mos=mos))
        assert word in panel.quality.text() and f"{mos:.1f}" in panel.quality.text()
    assert console.history_view is not None
    table = console.history_view.table
    outcomes = [item.text(5) for item in (table.topLevelItem(i) for i in range(table.topLevelItemCount()))
                if item is not None]
    assert QCoreApplication.translate("Text", "Missed") in outcomes

