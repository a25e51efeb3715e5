#pragma once

#include "domain/Subgroup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// Adds or edits a subgroup: number, title, framing, the agenda item (and so the lane) it
/// works in, rapporteur and members, dots per member, and its guiding questions in their
/// blocks (blocks added, renamed, reordered; questions added, edited, moved within and
/// across blocks, removed). Saved through the Editor as one undo step.
class SubgroupDialog : public QDialog {
    Q_OBJECT

public:
    /// subgroupId empty: a new subgroup.
    SubgroupDialog(session::Session& session, const QString& subgroupId, QWidget* parent = nullptr);

    static bool ask(session::Session& session, const QString& subgroupId, QWidget* parent);

    void accept() override;
    /// The subgroup saved, where it is (its id, for a new one too).
    QString subgroupId() const { return m_subgroup.id; }
    /// Closed with « Éléments à prioriser et critères… »: its prioritisation is to open.
    bool wantsPrioritisation() const { return m_wantsPrioritisation; }

    /// Adds a block after the current one (or at the end), its title to edit.
    void addBlock();
    /// Adds a question in the current block, its text to edit.
    void addQuestion();
    /// Moves the current question (or block) up (-1) or down (+1); a question at the edge
    /// of its block goes to the neighbouring block.
    void moveCurrent(int direction);
    void removeCurrent();

private:
    QTreeWidgetItem* blockOf(QTreeWidgetItem* item) const;
    QTreeWidgetItem* newBlock(const QString& title, int at);
    QTreeWidgetItem* newQuestion(QTreeWidgetItem* block, const QString& id, const QString& text,
                                 int at);
    QString problem() const;

    session::Session& m_session;
    domain::Subgroup m_subgroup;
    bool m_new = false;
    bool m_wantsPrioritisation = false;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_framing = nullptr;
    QComboBox* m_item = nullptr;
    QComboBox* m_rapporteur = nullptr;
    QListWidget* m_members = nullptr;
    QSpinBox* m_dots = nullptr;
    QTreeWidget* m_questions = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace copil::gui
