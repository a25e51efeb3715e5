#pragma once

#include <QLabel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <functional>

class QPushButton;

class QTableView;
class QTimer;

namespace copil::gui {

/// A line under a field or a table that says, in place, why something was refused or
/// what happened, without a modal box; it goes after a while or at the next success.
class InlineMessage : public QWidget {
    Q_OBJECT

public:
    explicit InlineMessage(QWidget* parent = nullptr);
    void showError(const QString& text);
    /// A refusal with a way out: a button beside the text does it (once).
    void showError(const QString& text, const QString& action, std::function<void()> fix);
    void showInfo(const QString& text);
    void clearMessage();
    QString text() const;
    /// The way-out button (hidden unless offered).
    QPushButton* actionButton() const { return m_action; }

private:
    QLabel* m_label = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_fix;
    QTimer* m_timer = nullptr;
};

/// The delegate of every editable list and table: a cell's editor keeps what the person
/// types even if the row changes meanwhile (another pane, another client); Enter, Tab
/// and leaving the cell commit it, Esc cancels. Choices (a status…) are a combo box when
/// the model gives a ChoicesRole list; choosing commits at once.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// A QVariantList of {label, value} pairs (QVariantList of two) offered by a cell.
    static constexpr int ChoicesRole = Qt::UserRole + 100;
    /// True for a cell whose text is saved as it is typed (TypingSaver), not only when
    /// the edit ends: a debate, a solution, a note.
    static constexpr int SavedAsTypedRole = Qt::UserRole + 101;

    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Rows as high as their wrapped text in the column's width (for lists of notes and
    /// questions, whose text is long).
    void setWrapping(bool wrap) { m_wrap = wrap; }

private:
    bool m_wrap = false;
};

/// A tree or list view whose rows are as high as their wrapped text, laid out again as
/// the width changes.
class WrappingTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit WrappingTreeView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

/// What a cell shows of a text: the text for the display and edit roles, a tooltip
/// (the text itself unless given), nothing for other roles.
QVariant cellText(int role, const QString& text, const QString& tooltip = {});
/// The same for a text saved as it is typed (CellDelegate::SavedAsTypedRole).
QVariant typedText(int role, const QString& text);

/// A table for editing rows in place: one Tab stop, arrows inside, editing starts with
/// a key, F2 or a double click.
QTableView* makeTableView(QWidget* parent = nullptr);

} // namespace copil::gui
