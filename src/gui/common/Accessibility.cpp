#include "Accessibility.h"

#include "gui/MainWindow.h"
#include "gui/subgroups/SubgroupView.h"
#include "gui/timeline/TimelineAccessible.h"
#include "gui/timeline/TimelineView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace copil::gui {

namespace {

const auto kHighContrastKey = QStringLiteral("appearance/highContrast");
const char* const kAutoName = "copilAutoName";

// What a person reads: no mnemonic ampersand, no markup, one line.
QString readable(const QString& text)
{
    QString plain = Qt::mightBeRichText(text) ? [&] {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }()
                                              : text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    plain.replace(u"&&"_qs, u"&"_qs);
    plain = plain.simplified();
    while (plain.endsWith(u':') || plain.endsWith(u'\u00a0')) {
        plain.chop(1);
    }
    return plain.trimmed();
}

bool isInteractive(const QWidget* w)
{
    // Qt's own parts (a header's sections, the table's corner, a line edit's clear button,
    // a combo box's popup, the menu bar's overflow) carry their names in Qt's interfaces.
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QHeaderView*>(w) ||
        w->objectName().startsWith(u"qt_"_qs)) {
        return false;
    }
    static const QList<QByteArray> internal{"QTableCornerButton",     "QLineEditIconButton",
                                            "QToolBarExtension",      "QComboBoxListView",
                                            "QDockWidgetTitleButton", "QMenuBarExtension"};
    if (internal.contains(QByteArray(w->metaObject()->className()))) {
        return false;
    }
    // The line edit inside a spin box or a combo box speaks for its owner.
    if (qobject_cast<const QLineEdit*>(w) &&
        (qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) ||
         qobject_cast<const QComboBox*>(w->parentWidget()))) {
        return false;
    }
    // An editor open in a cell is named by its cell.
    if (w->parentWidget() &&
        qobject_cast<const QAbstractItemView*>(w->parentWidget()->parentWidget())) {
        return false;
    }
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

QString accessibleNameOf(QWidget* w)
{
    if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w)) {
        return iface->text(QAccessible::Name).trimmed();
    }
    return w->accessibleName();
}

// The label placed just before w (or before the layout holding w) in a box layout.
QString precedingLabel(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    if (!parent || !parent->layout()) {
        return {};
    }
    // Every layout under the parent's, looking for the one that holds w.
    QList<QLayout*> layouts{parent->layout()};
    while (!layouts.isEmpty()) {
        QLayout* layout = layouts.takeFirst();
        if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(w))) {
                return readable(label->text());
            }
        }
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem* item = layout->itemAt(i);
            if (item->layout()) {
                layouts << item->layout();
            }
            if (item->widget() != w) {
                continue;
            }
            for (int j = i - 1; j >= 0; --j) {
                if (auto* label = qobject_cast<QLabel*>(layout->itemAt(j)->widget());
                    label && !label->text().isEmpty() && !label->isHidden()) {
                    return readable(label->text());
                }
                if (layout->itemAt(j)->widget()) {
                    break; // another control stands between them
                }
            }
        }
    }
    return {};
}

// The title of what w sits in: a group box, a tab, a pane, a window.
QString containerTitle(QWidget* w)
{
    QWidget* child = w;
    for (QWidget* p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        if (auto* group = qobject_cast<QGroupBox*>(p); group && !group->title().isEmpty()) {
            return readable(group->title());
        }
        if (auto* stack = qobject_cast<QStackedWidget*>(p)) {
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
                if (const int index = tabs->indexOf(child); index >= 0) {
                    return readable(tabs->tabText(index));
                }
            }
        }
        if (auto* dock = qobject_cast<QDockWidget*>(p); dock && !dock->windowTitle().isEmpty()) {
            return readable(dock->windowTitle());
        }
        if (p->isWindow() && !p->windowTitle().isEmpty()) {
            return readable(p->windowTitle());
        }
    }
    return {};
}

// The first sentence of an instruction ("Notes de 1 à 5 par critère ; cochez…").
QString firstClause(const QString& text)
{
    static const QRegularExpression end(QStringLiteral("\\s*(?:[.;]\\s|\\x{00a0};|, puis )"));
    const QString plain = readable(text);
    const auto match = end.match(plain);
    return match.hasMatch() ? plain.left(match.capturedStart()) : plain;
}

QString inferredName(QWidget* w)
{
    if (auto* button = qobject_cast<QToolButton*>(w); button && button->defaultAction()) {
        if (QString text = readable(button->defaultAction()->text()); !text.isEmpty()) {
            return text;
        }
    }
    if (QString label = precedingLabel(w); !label.isEmpty()) {
        return label;
    }
    QString placeholder;
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        placeholder = line->placeholderText();
    } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
        placeholder = text->placeholderText();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        placeholder = plain->placeholderText();
    }
    if (!placeholder.isEmpty()) {
        return firstClause(placeholder);
    }
    if (!w->toolTip().isEmpty()) {
        return firstClause(w->toolTip());
    }
    return containerTitle(w);
}

// The palette before high contrast, every colour set explicitly so that a widget given it
// does not inherit the application's.
const QPalette& originalPalette()
{
    static const QPalette original = [] {
        const QPalette app = QApplication::palette();
        QPalette own;
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto group = QPalette::ColorGroup(g);
                const auto role = QPalette::ColorRole(r);
                own.setBrush(group, role, app.brush(group, role));
            }
        }
        return own;
    }();
    return original;
}

bool g_highContrast = false;

// The timeline paints its blocks in fixed light colours (one per kind of item) with the
// palette's text on them: it keeps the ordinary palette, dark text on light blocks.
void keepOwnColours(QWidget* w)
{
    if (qobject_cast<TimelineView*>(w)) {
        w->setPalette(g_highContrast ? originalPalette() : QPalette());
    }
}

void name(QWidget* w)
{
    if (g_highContrast) {
        keepOwnColours(w);
    }
    if (w->isHidden() || !isInteractive(w)) {
        return;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        view->setTabKeyNavigation(false);
    }
    // A name given by the code stays; one inferred here is refreshed when shown again
    // (the label beside it may have changed).
    const bool ours = w->property(kAutoName).toBool();
    if (!ours && !accessibleNameOf(w).isEmpty()) {
        return;
    }
    if (const QString inferred = inferredName(w); !inferred.isEmpty()) {
        w->setAccessibleName(inferred);
        w->setProperty(kAutoName, true);
    }
}

// Tab and Shift+Tab keep to what a person sees: a dock in a tab that is not in front is
// moved out of sight but stays "visible" to Qt, and a tab bar can have no size; their
// controls would be stops nobody sees. The focus chain is walked past them.
bool keepsTab(const QWidget* w)
{
    if (const auto* text = qobject_cast<const QTextEdit*>(w)) {
        return !text->tabChangesFocus();
    }
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
        return !plain->tabChangesFocus();
    }
    if (const auto* view = qobject_cast<const QAbstractItemView*>(w)) {
        return view->tabKeyNavigation();
    }
    // An editor open in a cell: its delegate commits on Tab.
    return w->parentWidget() &&
           qobject_cast<const QAbstractItemView*>(w->parentWidget()->parentWidget());
}

bool isSeenStop(QWidget* w, const QWidget* window)
{
    return w->window() == window && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
           w->isVisible() && w->isEnabled() && !w->size().isEmpty() &&
           !w->visibleRegion().isEmpty();
}

QWidget* nextSeenStop(QWidget* from, bool forward)
{
    QWidget* w = from;
    for (int guard = 0; guard < 5000; ++guard) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == from) {
            return nullptr;
        }
        if (isSeenStop(w, from->window())) {
            return w;
        }
    }
    return nullptr;
}

class Namer : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
            QWidget* focus = QApplication::focusWidget();
            if (tab && watched == focus && focus && !keepsTab(focus) &&
                !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                const bool forward =
                    key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
                if (QWidget* next = nextSeenStop(focus, forward)) {
                    next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    return true;
                }
            }
            return false;
        }
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            name(widget);
            for (QWidget* child : widget->findChildren<QWidget*>()) {
                name(child);
            }
        }
        return false;
    }
};

// A plain widget made a window of its own (the restitution, the room's screen) reports
// the role "filler" through Qt's default interface: a screen reader must hear a window.
QAccessibleInterface* windowInterface(const QString& className, QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    if (!widget || !widget->isWindow() ||
        widget->metaObject()->className() != className.toLatin1() ||
        widget->metaObject()->superClass() != &QWidget::staticMetaObject) {
        return nullptr;
    }
    return new QAccessibleWidget(widget, QAccessible::Window);
}

// A tab of a tab bar. Qt 6.4's own reports every tab bar's current tab as focused, so a
// screen reader meets several focused objects at once; this one is focused only when its
// bar has the keyboard.
class TabAccessible : public QAccessibleInterface {
public:
    TabAccessible(QTabBar* bar, int index) : m_bar(bar), m_index(index) {}

    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_bar ? m_bar->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_bar ? QAccessible::queryAccessibleInterface(m_bar.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid()) {
            return {};
        }
        if (t == QAccessible::Name) {
            const QString name = m_bar->accessibleTabName(m_index);
            return name.isEmpty() ? readable(m_bar->tabText(m_index)) : name;
        }
        if (t == QAccessible::Description) {
            return m_bar->tabToolTip(m_index);
        }
        return {};
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override
    {
        if (!isValid()) {
            return {};
        }
        const QRect r = m_bar->tabRect(m_index);
        return QRect(m_bar->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool current = m_bar->currentIndex() == m_index;
        s.selectable = true;
        s.focusable = m_bar->focusPolicy() != Qt::NoFocus;
        s.selected = current;
        s.focused = current && m_bar->hasFocus();
        s.disabled = !m_bar->isTabEnabled(m_index);
        s.invisible = !m_bar->isTabVisible(m_index) || !m_bar->isVisible();
        s.offscreen = !m_bar->visibleRegion().intersects(m_bar->tabRect(m_index));
        return s;
    }

private:
    QPointer<QTabBar> m_bar;
    int m_index;
};

class TabBarAccessible : public QAccessibleWidget {
public:
    explicit TabBarAccessible(QTabBar* bar) : QAccessibleWidget(bar, QAccessible::PageTabList) {}

    QTabBar* bar() const { return static_cast<QTabBar*>(widget()); }
    int childCount() const override { return bar()->count(); }
    QAccessibleInterface* child(int index) const override
    {
        if (index < 0 || index >= bar()->count()) {
            return nullptr;
        }
        while (m_tabs.size() <= index) {
            m_tabs << QAccessible::registerAccessibleInterface(
                new TabAccessible(bar(), int(m_tabs.size())));
        }
        return QAccessible::accessibleInterface(m_tabs[index]);
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        for (int i = 0; i < m_tabs.size() && i < bar()->count(); ++i) {
            if (QAccessible::accessibleInterface(m_tabs[i]) == child) {
                return i;
            }
        }
        return -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override
    {
        const int index = bar()->tabAt(bar()->mapFromGlobal(QPoint(x, y)));
        return index >= 0 ? child(index) : nullptr;
    }

private:
    mutable QList<QAccessible::Id> m_tabs;
};

QAccessibleInterface* tabBarInterface(const QString& className, QObject* object)
{
    if (className == u"QTabBar") {
        if (auto* bar = qobject_cast<QTabBar*>(object)) {
            return new TabBarAccessible(bar);
        }
    }
    return nullptr;
}

// In high contrast, the colours item models choose for their text (attendance in green or
// red, a note's kind) are kept in their hue but made readable on the new background.
class ContrastStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option);
        if (element != CE_ItemViewItem || !item || !g_highContrast) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionViewItem readable(*item);
        const QColor base = readable.backgroundBrush.style() == Qt::NoBrush
                                ? readable.palette.color(QPalette::Base)
                                : readable.backgroundBrush.color();
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            readable.palette.setColor(
                group, QPalette::Text,
                Accessibility::readableOn(readable.palette.color(group, QPalette::Text), base));
            readable.palette.setColor(
                group, QPalette::HighlightedText,
                Accessibility::readableOn(readable.palette.color(group, QPalette::HighlightedText),
                                          readable.palette.color(group, QPalette::Highlight)));
        }
        QProxyStyle::drawControl(element, &readable, painter, widget);
    }
};

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(255, 255, 0);
    const QColor grey(170, 170, 170);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(30, 30, 30));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Link, QColor(0, 255, 255));
        p.setColor(group, QPalette::LinkVisited, QColor(255, 128, 255));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    // Disabled stays readable: grey on black is 9:1.
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, grey);
    p.setColor(QPalette::Disabled, QPalette::Text, grey);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

void applyPalette(bool high)
{
    originalPalette();
    g_highContrast = high;
    QApplication::setPalette(high ? highContrastPalette() : originalPalette());
    for (QWidget* w : QApplication::allWidgets()) {
        keepOwnColours(w);
    }
}

} // namespace

void Accessibility::install()
{
    static QPointer<QObject> installed;
    if (installed || !qApp) {
        return;
    }
    installed = new Namer(qApp);
    if (!qobject_cast<QProxyStyle*>(QApplication::style())) {
        QApplication::setStyle(
            new ContrastStyle(QStyleFactory::create(QApplication::style()->name())));
    }
    QAccessible::installFactory(windowInterface);
    QAccessible::installFactory(tabBarInterface);
    QAccessible::installFactory(TimelineAccessible::factory);
    qApp->installEventFilter(installed);
    if (highContrast()) {
        applyPalette(true);
    }
}

QStringList Accessibility::unnamed(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!isInteractive(w) || !w->isVisibleTo(w->window())) {
            continue;
        }
        if (accessibleNameOf(w).isEmpty()) {
            found << QStringLiteral("%1 « %2 » in %3")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              w->window()->windowTitle());
        }
    }
    return found;
}

namespace {

QScrollArea* scrolling(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setObjectName(content->objectName() + u"Scroll"_qs);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    return area;
}

} // namespace

void Accessibility::fitToScreen(QMainWindow& window, QSize available)
{
    const auto fits = [&] {
        const QSize min = window.minimumSizeHint();
        return min.width() <= available.width() && min.height() <= available.height();
    };
    if (!fits()) {
        if (QWidget* central = window.centralWidget();
            central && !qobject_cast<QScrollArea*>(central)) {
            window.takeCentralWidget();
            window.setCentralWidget(scrolling(central));
        }
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (QWidget* content = dock->widget();
                content && !qobject_cast<QScrollArea*>(content)) {
                dock->setWidget(scrolling(content));
            }
        }
    }
    window.resize(window.size().boundedTo(available).expandedTo(window.minimumSizeHint()));
}

double Accessibility::contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Accessibility::readableOn(const QColor& fg, const QColor& bg)
{
    QColor c = fg;
    const bool darkBackground = contrast(bg, Qt::black) < contrast(bg, Qt::white);
    for (int step = 0; step < 20 && contrast(c, bg) < 4.5; ++step) {
        float h = 0, s = 0, l = 0, a = 0;
        c.getHslF(&h, &s, &l, &a);
        l = darkBackground ? std::min(1.0f, l + 0.05f) : std::max(0.0f, l - 0.05f);
        c = QColor::fromHslF(h, s, l, a);
    }
    return c;
}

bool Accessibility::highContrast()
{
    return QSettings().value(kHighContrastKey, false).toBool();
}

void Accessibility::setHighContrast(bool on)
{
    QSettings().setValue(kHighContrastKey, on);
    applyPalette(on);
}

QString Accessibility::guidePath()
{
    QStringList candidates;
    if (const QString given = qEnvironmentVariable("COPIL_GUIDE"); !given.isEmpty()) {
        candidates << given;
    }
    const QString bin = QCoreApplication::applicationDirPath();
    candidates << bin + u"/../share/copil/guide/index.html"_qs // installed
               << bin + u"/../guide/index.html"_qs;            // build/bin → build/guide
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return {};
}

void Accessibility::showGuide(QWidget* parent)
{
    const QString path = guidePath();
    if (path.isEmpty()) {
        QMessageBox::information(
            parent, tr("Guide d’utilisation"),
            tr("Le guide d’utilisation n’est pas installé (cherché dans %1).")
                .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath() +
                                              u"/../share/copil/guide"_qs)));
        return;
    }
    static QPointer<QWidget> window;
    if (!window) {
        window = new QWidget(parent, Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setObjectName(QStringLiteral("guideWindow"));
        window->setWindowTitle(tr("Guide d’utilisation de Copil"));
        auto* layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* browser = new QTextBrowser(window);
        browser->setObjectName(QStringLiteral("guideBrowser"));
        browser->setAccessibleName(tr("Guide d’utilisation"));
        browser->setOpenExternalLinks(true);
        browser->setSource(QUrl::fromLocalFile(path));
        layout->addWidget(browser);
        window->resize(900, 700);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void Accessibility::addActions(QMenu* help, QMenu* view, MainWindow& mainWindow)
{
    QWidget* window = &mainWindow;
    auto* guide = new QAction(tr("&Guide d’utilisation"), window);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setShortcutContext(Qt::ApplicationShortcut);
    QObject::connect(guide, &QAction::triggered, window, [window] { showGuide(window); });
    help->insertAction(help->actions().value(0), guide);
    help->insertSeparator(help->actions().value(1));
    window->addAction(guide);

    auto* contrast = new QAction(tr("&Contraste élevé"), window);
    contrast->setObjectName(QStringLiteral("highContrastAction"));
    contrast->setCheckable(true);
    contrast->setChecked(highContrast());
    QObject::connect(contrast, &QAction::toggled, window, [](bool on) { setHighContrast(on); });
    // F4 wherever the keyboard is: the prioritisation of the subgroup in front in the
    // Subgroups pane (the first one if the pane was never opened).
    auto* prioritisation = new QAction(tr("P&riorisation du sous-groupe"), window);
    prioritisation->setObjectName(QStringLiteral("prioritisationAction"));
    prioritisation->setShortcut(QKeySequence(Qt::Key_F4));
    QObject::connect(prioritisation, &QAction::triggered, window, [&mainWindow] {
        const QList<SubgroupView*> views = mainWindow.subgroupViews();
        const auto* tabs = mainWindow.findChild<QTabWidget*>(QStringLiteral("subgroupTabs"));
        if (SubgroupView* shown = views.value(tabs ? tabs->currentIndex() : 0, views.value(0))) {
            shown->openPrioritisation();
        }
    });
    view->addAction(prioritisation);
    window->addAction(prioritisation);

    view->addSeparator();
    view->addAction(contrast);
}

} // namespace copil::gui
