#!/usr/bin/env python3
"""Walks Copil's windows over AT-SPI, as a screen reader (Orca) sees them.

Usage: atspi-check.py COPIL_BINARY WORKSPACE PANE...
Each pane is opened in its own run (copil --pane PANE), the accessible tree of every
window of the application is walked, and every interactive object that is showing with
no accessible name is reported. Also checks that no window reports the role "filler"
and that at most one object claims the focus. Exits 1 on any finding.
"""
import os
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_SLIDER,
}


def find_app(pid, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node
    if depth > 60:
        return
    try:
        count = node.childCount
    except Exception:
        return
    # Cells of big tables are named by their content; the table itself is what matters.
    if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
                          pyatspi.ROLE_LIST):
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def check(binary, workspace, pane):
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1', QT_ACCESSIBILITY='1')
    env.pop('QT_QPA_PLATFORM', None)
    proc = subprocess.Popen([binary, '--db', workspace, '--pane', pane,
                             '--simulate-time', '2017-10-11 10:25'], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    findings, interactive, windows = [], 0, 0
    try:
        app = find_app(proc.pid)
        if app is None:
            return [f'{pane}: Copil never appeared on the accessibility bus'], 0, 0
        time.sleep(3)  # the panes built, the first paint done
        focused = []
        timeline_blocks = -1
        for window in app:
            windows += 1
            if window.getRole() == pyatspi.ROLE_FILLER:
                findings.append(f'{pane}: the window « {window.name} » has the role filler')
            for node in walk(window):
                try:
                    states = node.getState()
                    role = node.getRole()
                except Exception:
                    continue
                if not states.contains(pyatspi.STATE_SHOWING):
                    continue
                if states.contains(pyatspi.STATE_FOCUSED):
                    focused.append(f'{node.getRoleName()} « {node.name} »')
                if role == pyatspi.ROLE_LIST and node.childCount > 0 and \
                        node.getChildAtIndex(0).getRole() == pyatspi.ROLE_LIST_ITEM and \
                        window.getRole() == pyatspi.ROLE_FRAME and timeline_blocks < 0 and \
                        node.getChildAtIndex(0).description:
                    timeline_blocks = node.childCount
                if role in INTERACTIVE:
                    interactive += 1
                    if not (node.name or '').strip():
                        path = []
                        parent = node.parent
                        while parent is not None and len(path) < 4:
                            if parent.name:
                                path.append(parent.name)
                            parent = parent.parent
                        findings.append(f'{pane}: {node.getRoleName()} without a name '
                                        f'(in {" › ".join(reversed(path)) or "?"})')
        if timeline_blocks <= 0:
            findings.append(f'{pane}: the timeline exposes no blocks')
        else:
            print(f'  {pane}: the timeline exposes {timeline_blocks} blocks')
        if len(focused) > 1:
            findings.append(f'{pane}: {len(focused)} objects claim the focus: '
                            f'{", ".join(focused)}')
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return findings, interactive, windows


def main():
    binary, workspace, panes = sys.argv[1], sys.argv[2], sys.argv[3:]
    all_findings = []
    for pane in panes:
        findings, interactive, windows = check(binary, workspace, pane)
        print(f'{pane}: {windows} windows, {interactive} interactive objects showing, '
              f'{len(findings)} findings')
        all_findings += findings
    for finding in all_findings:
        print('  ' + finding)
    sys.exit(1 if all_findings else 0)


if __name__ == '__main__':
    main()
