#include "PlenaryPane.h"

#include "Editor.h"
#include "NotesPanel.h"
#include "domain/Labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

constexpr int kRowIdRole = Qt::UserRole;

QTableWidget* table(const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem* put(QTableWidget* t, int row, int column, const QString& text, const QString& id,
                      bool editable = true)
{
    QTableWidgetItem* c = t->item(row, column);
    if (!c) {
        c = new QTableWidgetItem;
        t->setItem(row, column, c);
    }
    if (c->text() != text) {
        c->setText(text);
    }
    c->setData(kRowIdRole, id);
    c->setFlags(editable ? c->flags() | Qt::ItemIsEditable : c->flags() & ~Qt::ItemIsEditable);
    return c;
}

QWidget* page(QWidget* main, QWidget* entry, QWidget* second = nullptr)
{
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->addWidget(main, 1);
    l->addWidget(entry);
    if (second) {
        l->addWidget(second);
    }
    return w;
}

template <class E> QComboBox* enumCombo()
{
    auto* combo = new QComboBox;
    for (E v : allValues<E>()) {
        combo->addItem(Labels::of(v), int(v));
    }
    return combo;
}

} // namespace

PlenaryPane::PlenaryPane(Editor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    m_tabs = new QTabWidget;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Parts of the plenary and the notes on each.
    m_parts = new QListWidget;
    m_parts->setWordWrap(true);
    m_notes = new NotesPanel(editor, NoteTarget::AgendaItem,
                             tr("Note sur la partie choisie, puis Entrée"));
    connect(m_parts, &QListWidget::currentItemChanged, this, [this] {
        m_notes->setTarget(m_parts->currentItem()
                               ? m_parts->currentItem()->data(kRowIdRole).toString()
                               : QString());
    });
    auto* notesSplit = new QSplitter(Qt::Vertical);
    notesSplit->addWidget(m_parts);
    notesSplit->addWidget(m_notes);
    notesSplit->setStretchFactor(1, 2);
    m_tabs->addTab(notesSplit, tr("Déroulé et notes"));

    // Findings and recommendations.
    m_statements = table({tr("Nature"), tr("Texte"),
                          tr("Débat (soutiens, réserves, "
                             "amendements)"),
                          tr("Statut")},
                         TextColumn);
    m_statements->setObjectName(QStringLiteral("statements"));
    connect(m_statements, &QTableWidget::itemChanged, this, &PlenaryPane::statementEdited);
    auto* statementEntry = new QWidget;
    auto* row = new QHBoxLayout(statementEntry);
    row->setContentsMargins(0, 0, 0, 0);
    m_statementKind = enumCombo<StatementKind>();
    m_newStatement = new QLineEdit;
    m_newStatement->setPlaceholderText(tr("Nouveau constat ou préconisation, puis Entrée"));
    connect(m_newStatement, &QLineEdit::returnPressed, this, &PlenaryPane::addStatement);
    row->addWidget(m_statementKind);
    row->addWidget(m_newStatement, 1);
    m_tabs->addTab(page(m_statements, statementEntry), tr("Constats et préconisations"));

    // Decisions and actions.
    m_decisions = table({tr("Décision")}, 0);
    m_decisions->setObjectName(QStringLiteral("decisions"));
    connect(m_decisions, &QTableWidget::itemChanged, this, &PlenaryPane::decisionEdited);
    m_newDecision = new QLineEdit;
    m_newDecision->setPlaceholderText(tr("Nouvelle décision, puis Entrée"));
    connect(m_newDecision, &QLineEdit::returnPressed, this, &PlenaryPane::addDecision);
    m_actions = table({tr("Action"), tr("Responsable"), tr("Échéance"), tr("Statut")}, WhatColumn);
    m_actions->setObjectName(QStringLiteral("actions"));
    m_actions->horizontalHeaderItem(OwnerColumn)
        ->setToolTip(tr("Le nom d’un participant, ou une organisation"));
    m_actions->horizontalHeaderItem(DueColumn)->setToolTip(tr("JJ/MM/AAAA"));
    connect(m_actions, &QTableWidget::itemChanged, this, &PlenaryPane::actionEdited);
    m_newAction = new QLineEdit;
    m_newAction->setPlaceholderText(tr("Nouvelle action, puis Entrée"));
    connect(m_newAction, &QLineEdit::returnPressed, this, &PlenaryPane::addAction);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(page(m_decisions, m_newDecision));
    split->addWidget(page(m_actions, m_newAction));
    m_tabs->addTab(split, tr("Décisions et actions"));
}

void PlenaryPane::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void PlenaryPane::setContent(const MeetingData& data)
{
    m_loading = true;
    m_data = data;

    // The parts: sub-items of the plenary items (or the plenary items themselves).
    const QString current =
        m_parts->currentItem() ? m_parts->currentItem()->data(kRowIdRole).toString() : QString();
    m_parts->clear();
    QStringList plenaryIds;
    for (const auto& item : data.agenda) {
        if (item.kind == AgendaItemKind::Plenary) {
            plenaryIds << item.id;
        }
    }
    for (const auto& item : data.agenda) {
        const bool part =
            plenaryIds.contains(item.parentId) ||
            (plenaryIds.contains(item.id) &&
             std::none_of(data.agenda.cbegin(), data.agenda.cend(),
                          [&item](const AgendaItem& x) { return x.parentId == item.id; }));
        if (!part) {
            continue;
        }
        QString label = item.plannedStart.toString(QStringLiteral("HH:mm")) + u"  " + item.title;
        if (!item.presenters.isEmpty()) {
            label += u" — " + tr("par %1").arg(item.presenters.join(u", "));
        }
        auto* entry = new QListWidgetItem(label, m_parts);
        entry->setData(kRowIdRole, item.id);
        if (item.id == current) {
            m_parts->setCurrentItem(entry);
        }
    }
    m_notes->setNotes(data.meeting.id, data.notes);
    if (!m_parts->currentItem() && m_parts->count() > 0) {
        m_parts->setCurrentRow(0);
    }

    // Findings and recommendations, with a status box each.
    m_statements->setRowCount(int(data.statements.size()));
    for (int r = 0; r < data.statements.size(); ++r) {
        const Statement& s = data.statements[r];
        put(m_statements, r, KindColumn, Labels::of(s.kind), s.id, false);
        put(m_statements, r, TextColumn, s.text, s.id);
        put(m_statements, r, DebateColumn, s.debate, s.id);
        put(m_statements, r, StatusColumn, QString(), s.id, false);
        auto* status = qobject_cast<QComboBox*>(m_statements->cellWidget(r, StatusColumn));
        if (!status) {
            status = enumCombo<StatementStatus>();
            m_statements->setCellWidget(r, StatusColumn, status);
            connect(status, &QComboBox::activated, this, [this, status] {
                for (int row = 0; row < m_statements->rowCount(); ++row) {
                    if (m_statements->cellWidget(row, StatusColumn) == status && m_editor) {
                        Statement changed = m_data.statements[row];
                        changed.status =
                            static_cast<StatementStatus>(status->currentData().toInt());
                        m_editor->saveStatement(m_data.meeting.id,
                                                tr("Statut : %1").arg(Labels::of(changed.status)),
                                                changed);
                    }
                }
            });
        }
        status->setCurrentIndex(status->findData(int(s.status)));
    }
    m_statements->resizeRowsToContents();

    m_decisions->setRowCount(int(data.decisions.size()));
    for (int r = 0; r < data.decisions.size(); ++r) {
        put(m_decisions, r, 0, data.decisions[r].text, data.decisions[r].id);
    }

    m_actions->setRowCount(int(data.actions.size()));
    for (int r = 0; r < data.actions.size(); ++r) {
        const ActionItem& a = data.actions[r];
        put(m_actions, r, WhatColumn, a.what, a.id);
        put(m_actions, r, OwnerColumn, ownerText(a), a.id);
        put(m_actions, r, DueColumn,
            a.dueDate.isValid() ? a.dueDate.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
            a.id);
        put(m_actions, r, ActionStatusColumn, QString(), a.id, false);
        auto* status = qobject_cast<QComboBox*>(m_actions->cellWidget(r, ActionStatusColumn));
        if (!status) {
            status = enumCombo<ActionStatus>();
            m_actions->setCellWidget(r, ActionStatusColumn, status);
            connect(status, &QComboBox::activated, this, [this, status] {
                for (int row = 0; row < m_actions->rowCount(); ++row) {
                    if (m_actions->cellWidget(row, ActionStatusColumn) == status && m_editor) {
                        ActionItem changed = m_data.actions[row];
                        changed.status = static_cast<ActionStatus>(status->currentData().toInt());
                        m_editor->saveAction(m_data.meeting.id,
                                             tr("Action : %1").arg(Labels::of(changed.status)),
                                             changed);
                    }
                }
            });
        }
        status->setCurrentIndex(status->findData(int(a.status)));
    }
    m_actions->resizeRowsToContents();
    m_loading = false;
}

QString PlenaryPane::ownerText(const ActionItem& a) const
{
    for (const auto& p : m_data.participants) {
        if (p.id == a.ownerParticipantId) {
            return p.name;
        }
    }
    return a.ownerOrganisation;
}

void PlenaryPane::parseOwner(const QString& text, const QList<Participant>& people, ActionItem& a)
{
    a.ownerParticipantId.clear();
    a.ownerOrganisation.clear();
    const QString t = text.trimmed();
    for (const auto& p : people) {
        if (p.name.compare(t, Qt::CaseInsensitive) == 0) {
            a.ownerParticipantId = p.id;
            return;
        }
    }
    a.ownerOrganisation = t;
}

QString PlenaryPane::text() const
{
    QStringList lines;
    for (int i = 0; i < m_parts->count(); ++i) {
        lines << m_parts->item(i)->text();
    }
    const auto section = [&lines](const QString& title, const QStringList& entries,
                                  const QString& empty) {
        lines << title;
        lines << (entries.isEmpty() ? QStringList{empty} : entries);
    };
    QStringList findings;
    QStringList recommendations;
    for (const auto& s : m_data.statements) {
        (s.kind == StatementKind::Finding ? findings : recommendations)
            << tr("%1 [%2]").arg(s.text, Labels::of(s.status));
    }
    QStringList decisions;
    for (const auto& d : m_data.decisions) {
        decisions << d.text;
    }
    QStringList actions;
    for (const auto& a : m_data.actions) {
        actions << tr("%1 [%2]").arg(a.what, Labels::of(a.status));
    }
    section(tr("Constats"), findings, tr("Aucun constat pour l’instant."));
    section(tr("Préconisations"), recommendations, tr("Aucune préconisation pour l’instant."));
    section(tr("Décisions"), decisions, tr("Aucune décision pour l’instant."));
    section(tr("Actions"), actions, tr("Aucune action pour l’instant."));
    return lines.join(u'\n');
}

bool PlenaryPane::addStatement()
{
    const QString text = m_newStatement->text().trimmed();
    if (text.isEmpty() || !m_editor || m_data.meeting.id.isEmpty()) {
        return false;
    }
    Statement s;
    s.id = newId();
    s.kind = static_cast<StatementKind>(m_statementKind->currentData().toInt());
    s.text = text;
    s.position = int(m_data.statements.size());
    s.agendaItemId =
        m_parts->currentItem() ? m_parts->currentItem()->data(kRowIdRole).toString() : QString();
    if (!m_editor->saveStatement(m_data.meeting.id, tr("%1 ajouté").arg(Labels::of(s.kind)), s)) {
        return false;
    }
    m_newStatement->clear();
    return true;
}

bool PlenaryPane::addDecision()
{
    const QString text = m_newDecision->text().trimmed();
    if (text.isEmpty() || !m_editor || m_data.meeting.id.isEmpty()) {
        return false;
    }
    Decision d;
    d.id = newId();
    d.text = text;
    d.position = int(m_data.decisions.size());
    d.decidedAt = QDateTime::currentDateTime();
    if (!m_editor->saveDecision(m_data.meeting.id, tr("Décision ajoutée"), d)) {
        return false;
    }
    m_newDecision->clear();
    return true;
}

bool PlenaryPane::addAction()
{
    const QString text = m_newAction->text().trimmed();
    if (text.isEmpty() || !m_editor || m_data.meeting.id.isEmpty()) {
        return false;
    }
    ActionItem a;
    a.id = newId();
    a.what = text;
    a.position = int(m_data.actions.size());
    if (!m_editor->saveAction(m_data.meeting.id, tr("Action ajoutée"), a)) {
        return false;
    }
    m_newAction->clear();
    return true;
}

void PlenaryPane::statementEdited(QTableWidgetItem* cell)
{
    if (m_loading || !m_editor || cell->row() >= m_data.statements.size()) {
        return;
    }
    Statement s = m_data.statements[cell->row()];
    if (cell->column() == TextColumn) {
        s.text = cell->text().trimmed();
    } else if (cell->column() == DebateColumn) {
        s.debate = cell->text().trimmed();
    } else {
        return;
    }
    if (s.text.isEmpty()) {
        emit failed(tr("Un constat ou une préconisation a un texte."));
        const MeetingData data = m_data;
        setContent(data);
        return;
    }
    m_editor->saveStatement(m_data.meeting.id, tr("%1 modifié").arg(Labels::of(s.kind)), s);
}

void PlenaryPane::decisionEdited(QTableWidgetItem* cell)
{
    if (m_loading || !m_editor || cell->row() >= m_data.decisions.size()) {
        return;
    }
    Decision d = m_data.decisions[cell->row()];
    d.text = cell->text().trimmed();
    if (d.text.isEmpty()) {
        m_editor->removeDecision(m_data.meeting.id, d.id); // emptied: gone (undoable)
        return;
    }
    m_editor->saveDecision(m_data.meeting.id, tr("Décision modifiée"), d);
}

void PlenaryPane::actionEdited(QTableWidgetItem* cell)
{
    if (m_loading || !m_editor || cell->row() >= m_data.actions.size()) {
        return;
    }
    ActionItem a = m_data.actions[cell->row()];
    const QString text = cell->text().trimmed();
    switch (cell->column()) {
    case WhatColumn:
        if (text.isEmpty()) {
            m_editor->removeAction(m_data.meeting.id, a.id);
            return;
        }
        a.what = text;
        break;
    case OwnerColumn:
        parseOwner(text, m_data.participants, a);
        break;
    case DueColumn: {
        const QDate due = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
        if (!text.isEmpty() && !due.isValid()) {
            emit failed(tr("Échéance « %1 » : une date JJ/MM/AAAA est attendue.").arg(text));
            const MeetingData data = m_data;
            setContent(data);
            return;
        }
        a.dueDate = due;
        break;
    }
    default:
        return;
    }
    m_editor->saveAction(m_data.meeting.id, tr("Action modifiée"), a);
}

} // namespace copil::gui
