#pragma once

#include "domain/MeetingData.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace copil::gui {

class Editor;
class NotesPanel;

/// The afternoon: notes per plenary item, the findings and recommendations debated
/// (with the debate and a status: kept, to explore, dropped), the decisions, and the
/// actions of the whole meeting (what, who — a participant or an organisation —, when,
/// status). Everything saved as typed, undoable.
class PlenaryPane : public QWidget {
    Q_OBJECT

public:
    enum StatementColumn { KindColumn, TextColumn, DebateColumn, StatusColumn };
    enum ActionColumn { WhatColumn, OwnerColumn, DueColumn, ActionStatusColumn };

    explicit PlenaryPane(Editor* editor, QWidget* parent = nullptr);
    void setContent(const domain::MeetingData& data);

    QListWidget* parts() const { return m_parts; }
    NotesPanel* notes() const { return m_notes; }
    QTableWidget* statements() const { return m_statements; }
    QTableWidget* decisions() const { return m_decisions; }
    QTableWidget* actions() const { return m_actions; }
    QLineEdit* newStatement() const { return m_newStatement; }
    QComboBox* newStatementKind() const { return m_statementKind; }
    QLineEdit* newDecision() const { return m_newDecision; }
    QLineEdit* newAction() const { return m_newAction; }
    /// The pane as plain text (its parts, statements, decisions, actions).
    QString text() const;
    void showTab(int index);

    bool addStatement();
    bool addDecision();
    bool addAction();
    /// "Claire Dubois" → that participant; anything else → an organisation.
    static void parseOwner(const QString& text, const QList<domain::Participant>& people,
                           domain::ActionItem& action);

signals:
    void failed(const QString& message);

private:
    void statementEdited(QTableWidgetItem* cell);
    void decisionEdited(QTableWidgetItem* cell);
    void actionEdited(QTableWidgetItem* cell);
    QString ownerText(const domain::ActionItem& a) const;

    Editor* m_editor = nullptr;
    domain::MeetingData m_data;
    bool m_loading = false;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_parts = nullptr;
    NotesPanel* m_notes = nullptr;
    QTableWidget* m_statements = nullptr;
    QComboBox* m_statementKind = nullptr;
    QLineEdit* m_newStatement = nullptr;
    QTableWidget* m_decisions = nullptr;
    QLineEdit* m_newDecision = nullptr;
    QTableWidget* m_actions = nullptr;
    QLineEdit* m_newAction = nullptr;
};

} // namespace copil::gui
