// The main window's panes by name: bringing one to the front, with the keyboard in it.
#include "MainWindow.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/subgroups/SubgroupTabs.h"
#include "gui/timeline/TimelineView.h"
#include "ui_MainWindow.h"

#include <QDockWidget>

namespace copil::gui {

bool MainWindow::showPane(const QString& name)
{
    if (!m_started) {
        m_pendingPane = name; // the keyboard goes to it when the window is shown
    }
    if (name.startsWith(u"subgroup-")) {
        if (!m_ui->subgroupTabs->showSubgroup(name.mid(9).toInt())) {
            return false;
        }
        m_ui->subgroupsDock->show();
        m_ui->subgroupsDock->raise();
        return true;
    }
    if (name.startsWith(u"restitution-")) {
        if (!m_restitution->showSubgroup(name.mid(12).toInt())) {
            return false;
        }
        showRestitution();
        return true;
    }
    if (name == u"timeline") {
        m_ui->timelineView->setFocus();
        return true;
    }
    for (const auto& [dockName, dock] : docks()) {
        if (dockName == name) {
            dock->show();
            dock->raise();
            return true;
        }
    }
    return false;
}

QList<std::pair<QString, QDockWidget*>> MainWindow::docks() const
{
    return {{QStringLiteral("details"), m_ui->detailsDock},
            {QStringLiteral("agenda"), m_ui->agendaDock},
            {QStringLiteral("subgroups"), m_ui->subgroupsDock},
            {QStringLiteral("plenary"), m_ui->plenaryDock},
            {QStringLiteral("participants"), m_ui->participantsDock}};
}

QString MainWindow::frontPane() const
{
    for (const auto& [name, dock] : docks()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            return name;
        }
    }
    return {};
}

void MainWindow::focusPane(const QString& name)
{
    for (const auto& [dockName, dock] : docks()) {
        if (dockName == name && dock->widget()) {
            // The pane's first visible control that takes the keyboard; its controls may
            // sit anywhere in the window's focus chain, which is walked whole.
            if (name == u"plenary") {
                ensurePlenary();
            }
            QWidget* pane = dock->widget();
            for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
                if (pane->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
                    w->isEnabled()) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    return;
                }
            }
        }
    }
}

} // namespace copil::gui
