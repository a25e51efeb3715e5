#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QSize>
#include <QStringList>

class QMainWindow;
class QMenu;
class QWidget;

namespace copil::gui {

class MainWindow;

/// What makes every window usable with a screen reader, the keyboard alone and poor
/// eyesight, applied in one place for the whole application rather than widget by widget:
/// - every interactive widget gets an accessible name when it is shown without one, from
///   what a sighted person reads beside it (its label, its form row, its placeholder or
///   tooltip, the group, tab or pane it sits in);
/// - every table, list and tree takes a single Tab stop (arrows move inside it);
/// - a high-contrast palette, chosen in Affichage and remembered.
class Accessibility {
    Q_DECLARE_TR_FUNCTIONS(Accessibility)

public:
    /// Installs the naming and the Tab rule for every widget of the application, and the
    /// high-contrast palette if it was chosen. Idempotent; needs a QApplication.
    static void install();

    /// The interactive widgets under root (root included) whose accessible name, as a
    /// screen reader gets it, is empty: one line each (class, object name, window).
    static QStringList unnamed(QWidget* root);

    /// When the window's layout needs more room than the screen has (a laptop with a large
    /// QT_SCALE_FACTOR), puts the central area and each pane in a scroll area and sizes the
    /// window to the screen; nothing changes when it fits. Idempotent.
    static void fitToScreen(QMainWindow& window, QSize available);

    /// fg itself when it reads on bg at WCAG's 4.5:1, else fg lightened (or darkened) in its
    /// own hue until it does: « Présent » stays green, readable on black.
    static QColor readableOn(const QColor& fg, const QColor& bg);
    /// WCAG 2.1 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

    static bool highContrast();
    /// Applies (or removes) the high-contrast palette at once and remembers the choice.
    static void setHighContrast(bool on);

    /// Aide › Guide d'utilisation (F1), Affichage › Contraste élevé, and F4 from any pane
    /// (Affichage › Priorisation du sous-groupe: the subgroup in front in its pane).
    static void addActions(QMenu* help, QMenu* view, MainWindow& window);

    /// The user guide's HTML page: installed (<prefix>/share/copil/guide), beside the
    /// build (build/guide), or COPIL_GUIDE; empty when none is there.
    static QString guidePath();
    /// Opens the guide in a window of its own (offline, no browser needed).
    static void showGuide(QWidget* parent);
};

} // namespace copil::gui
