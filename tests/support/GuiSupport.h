#pragma once

#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"
#include "gui/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <memory>

namespace copil::test {

/// A main window shown on a new default workspace at path (the seed meeting).
inline std::unique_ptr<gui::MainWindow>
openSeedWindow(const QString& path, std::shared_ptr<domain::Clock> clock = nullptr)
{
    auto ws = exchange::DefaultWorkspace::open(path);
    INFO((ws.ok() ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    auto window = std::make_unique<gui::MainWindow>(std::move(ws).value(), std::move(clock));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

/// What a cell of a view shows.
inline QString cellText(const QAbstractItemView* view, int row, int column,
                        const QModelIndex& parent = {})
{
    return view->model()->index(row, column, parent).data().toString();
}

inline int rowCount(const QAbstractItemView* view, const QModelIndex& parent = {})
{
    return view->model()->rowCount(parent);
}

/// Types text into a widget key by key, accents included (QTest::keyClicks takes ASCII
/// only): each character is a key press and release carrying its text.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        const char ascii = c.toLatin1();
        if (c.unicode() < 128 && ascii >= 32) {
            QTest::keyClick(widget, ascii);
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

/// How an edit in a cell is committed, as a person does it.
enum class Commit { Enter, Tab, ClickElsewhere };

/// Edits a cell through its delegate as a person does: the cell made current in a view
/// that has the focus, F2, what was there selected and replaced by typing, then Enter,
/// Tab, or a click on another row of the view.
inline void editCell(QAbstractItemView* view, const QModelIndex& index, const QString& text,
                     Commit commit = Commit::Enter)
{
    REQUIRE(index.isValid());
    QApplication::setActiveWindow(view->window());
    view->setFocus();
    view->scrollTo(index);
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    INFO("a text editor opens on the cell");
    REQUIRE(line);
    line->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(line, Qt::Key_Delete);
    } else {
        typeText(line, text);
    }
    switch (commit) {
    case Commit::Enter:
        QTest::keyClick(line, Qt::Key_Return);
        break;
    case Commit::Tab:
        QTest::keyClick(line, Qt::Key_Tab);
        break;
    case Commit::ClickElsewhere: {
        const QModelIndex other = index.siblingAtRow(index.row() == 0 ? 1 : 0);
        const QRect r = view->visualRect(other.isValid() ? other : index.siblingAtColumn(0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          other.isValid() ? r.center() : r.bottomLeft() + QPoint(4, 30));
        break;
    }
    }
    QCoreApplication::processEvents(); // the delegate commits Enter once the key is handled
    // Whatever editor Tab opened on the next cell is closed again, unchanged.
    if (QWidget* next = QApplication::focusWidget();
        next && next != line && next->parentWidget() == view->viewport()) {
        QTest::keyClick(next, Qt::Key_Escape);
        QCoreApplication::processEvents();
    }
}

inline void editCell(QAbstractItemView* view, int row, int column, const QString& text,
                     Commit commit = Commit::Enter)
{
    editCell(view, view->model()->index(row, column), text, commit);
}

/// Chooses a value in a cell that offers choices (a status): F2 opens its box, the arrow
/// keys move to the value, Enter saves it.
inline void chooseInCell(QAbstractItemView* view, const QModelIndex& index, const QVariant& value)
{
    REQUIRE(index.isValid());
    QApplication::setActiveWindow(view->window());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    INFO("a box of choices opens on the cell");
    REQUIRE(combo);
    const int target = combo->findData(value);
    REQUIRE(target >= 0);
    const Qt::Key key = target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    for (int guard = 0; combo->currentIndex() != target && guard < 20; ++guard) {
        QTest::keyClick(combo, key);
    }
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits Enter once the key is handled
}

/// Ticks or unticks a cell's box from the keyboard (Space on the current cell).
inline void toggleCell(QAbstractItemView* view, const QModelIndex& index)
{
    REQUIRE(index.isValid());
    QApplication::setActiveWindow(view->window());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

} // namespace copil::test
