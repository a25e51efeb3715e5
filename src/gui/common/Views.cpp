#include "Views.h"

#include "TypingSaver.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace copil::gui {

InlineMessage::InlineMessage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    m_action = new QPushButton(this);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto fix = std::move(m_fix);
        clearMessage();
        if (fix) {
            fix();
        }
    });
    hide();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InlineMessage::clearMessage);
}

QString InlineMessage::text() const
{
    return m_label->text();
}

void InlineMessage::showError(const QString& text)
{
    m_fix = {};
    m_action->hide();
    m_label->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_label->setText(text);
    show();
    m_timer->start(12000);
}

void InlineMessage::showError(const QString& text, const QString& action, std::function<void()> fix)
{
    showError(text);
    m_fix = std::move(fix);
    m_action->setText(action);
    m_action->show();
    m_timer->start(30000);
}

void InlineMessage::showInfo(const QString& text)
{
    m_fix = {};
    m_action->hide();
    m_label->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_label->setText(text);
    show();
    m_timer->start(6000);
}

void InlineMessage::clearMessage()
{
    m_timer->stop();
    m_fix = {};
    m_action->hide();
    m_label->clear();
    hide();
}

namespace {

const char* const kTouched = "copilTouched";

// The box of a cell that offers choices. A choice made in its list is the whole edit and
// is saved at once; with the arrow keys, Enter (or leaving the cell) saves it.
class ChoiceBox : public QComboBox {
public:
    using QComboBox::QComboBox;
    bool popupUsed() const { return m_popupUsed; }
    void showPopup() override
    {
        m_popupUsed = true;
        QComboBox::showPopup();
    }

private:
    bool m_popupUsed = false;
};

} // namespace

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto* combo = new ChoiceBox(parent);
        for (const QVariant& choice : choices.toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        connect(combo, &QComboBox::activated, this, [this, combo] {
            if (combo->popupUsed()) {
                auto* self = const_cast<CellDelegate*>(this);
                emit self->commitData(combo);
                emit self->closeEditor(combo);
            }
        });
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, line, [line] { line->setProperty(kTouched, true); });
        if (index.data(SavedAsTypedRole).toBool()) {
            // Saved while the editor stays open: a crash loses at most the last second.
            auto* saver = new TypingSaver(
                [this, line] { emit const_cast<CellDelegate*>(this)->commitData(line); }, line);
            connect(line, &QLineEdit::textEdited, saver, &TypingSaver::typed);
        }
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (editor->property(kTouched).toBool()) {
        return; // what the person typed stays until they commit or cancel it
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QSize CellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto* view = qobject_cast<const QTreeView*>(parent());
    if (!m_wrap || !view) {
        return size;
    }
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
        ++depth;
    }
    int width = view->columnWidth(index.column());
    if (index.column() == 0) {
        width -= (depth + (view->rootIsDecorated() ? 1 : 0)) * view->indentation();
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    if (const QVariant f = index.data(Qt::FontRole); f.isValid()) {
        font = f.value<QFont>();
    }
    const QFontMetrics metrics(font);
    const QRect needed =
        metrics.boundingRect(QRect(0, 0, std::max(width - 12, 40), 100000), Qt::TextWordWrap, text);
    size.setHeight(std::max(size.height(), needed.height() + 6));
    return size;
}

WrappingTreeView::WrappingTreeView(QWidget* parent) : QTreeView(parent)
{
    auto* delegate = new CellDelegate(this);
    delegate->setWrapping(true);
    setItemDelegate(delegate);
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
}

void WrappingTreeView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

QVariant cellText(int role, const QString& text, const QString& tooltip)
{
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return text;
    }
    if (role == Qt::ToolTipRole) {
        return tooltip.isEmpty() ? text : tooltip;
    }
    return {};
}

QVariant typedText(int role, const QString& text)
{
    return role == CellDelegate::SavedAsTypedRole ? QVariant(true) : cellText(role, text);
}

QTableView* makeTableView(QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setItemDelegate(new CellDelegate(t));
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    t->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

} // namespace copil::gui
