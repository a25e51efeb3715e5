#pragma once

#include "domain/MeetingData.h"
#include "gui/common/RowModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class InlineMessage;
class NotesPanel;

/// The afternoon: notes per plenary part (in time order), the findings and
/// recommendations debated (with the debate and a status: kept, to explore, dropped),
/// the decisions, and the actions of the whole meeting (what, who — a participant or an
/// organisation —, when, status). Everything saved as typed, undoable; a view over the
/// Session that follows every change in place.
class PlenaryPane : public QWidget {
    Q_OBJECT

public:
    enum StatementColumn { KindColumn, TextColumn, DebateColumn, StatusColumn };
    enum ActionColumn { WhatColumn, OwnerColumn, DueColumn, ActionStatusColumn };

    explicit PlenaryPane(session::Session& session, QWidget* parent = nullptr);
    ~PlenaryPane() override;

    QTreeView* parts() const { return m_parts; }
    RowModel<domain::AgendaItem>* partModel() const { return m_partModel; }
    NotesPanel* notes() const { return m_notes; }
    QTableView* statements() const { return m_statements; }
    QTableView* decisions() const { return m_decisions; }
    QTableView* actions() const { return m_actions; }
    RowModel<domain::Statement>* statementModel() const { return m_statementModel; }
    RowModel<domain::Decision>* decisionModel() const { return m_decisionModel; }
    RowModel<domain::ActionItem>* actionModel() const { return m_actionModel; }
    QLineEdit* newStatement() const { return m_newStatement; }
    QComboBox* newStatementKind() const { return m_statementKind; }
    QLineEdit* newDecision() const { return m_newDecision; }
    QLineEdit* newAction() const { return m_newAction; }
    InlineMessage* message() const { return m_message; }
    /// The pane as plain text (its parts, statements, decisions, actions).
    QString text() const;
    void showTab(int index);
    /// The part shown for notes.
    QString currentPart() const;
    /// Follows the agenda's selection: the item itself if it is a part, its first part
    /// if it is a plenary item with parts; otherwise nothing changes.
    void followItem(const QString& itemId);

    bool addStatement();
    bool addDecision();
    bool addAction();
    /// Asks for a decision (from any pane) and adds it, tied to agendaItemId if set.
    static bool askDecision(session::Session& session, QWidget* parent,
                            const QString& agendaItemId);
    /// Asks for an action (what, then who) and adds it.
    static bool askAction(session::Session& session, QWidget* parent);
    /// "Claire Dubois" → that participant; anything else → an organisation.
    static void parseOwner(const QString& text, const QList<domain::Participant>& people,
                           domain::ActionItem& action);

signals:
    void failed(const QString& message);

private:
    void changed(const domain::ChangeEvent& event);
    void reset();
    bool isPart(const domain::AgendaItem& item) const;
    QString ownerText(const domain::ActionItem& a) const;

    session::Session& m_session;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_parts = nullptr;
    RowModel<domain::AgendaItem>* m_partModel = nullptr;
    NotesPanel* m_notes = nullptr;
    QTableView* m_statements = nullptr;
    RowModel<domain::Statement>* m_statementModel = nullptr;
    QComboBox* m_statementKind = nullptr;
    QLineEdit* m_newStatement = nullptr;
    QTableView* m_decisions = nullptr;
    RowModel<domain::Decision>* m_decisionModel = nullptr;
    QLineEdit* m_newDecision = nullptr;
    QTableView* m_actions = nullptr;
    RowModel<domain::ActionItem>* m_actionModel = nullptr;
    QLineEdit* m_newAction = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace copil::gui
