#include "PlenaryPane.h"

#include "domain/Labels.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/common/Views.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

QWidget* page(QWidget* main, QWidget* entry)
{
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->addWidget(main, 1);
    l->addWidget(entry);
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

template <class E> QVariantList choicesOf()
{
    QVariantList out;
    for (E v : allValues<E>()) {
        out << QVariant(QVariantList{Labels::of(v), int(v)});
    }
    return out;
}

template <class E> QVariant choice(int role, E value)
{
    if (role == Qt::DisplayRole) {
        return Labels::of(value);
    }
    if (role == Qt::EditRole) {
        return int(value);
    }
    if (role == CellDelegate::ChoicesRole) {
        return choicesOf<E>();
    }
    return {};
}

template <class T> bool byPosition(const T& a, const T& b)
{
    return std::tie(a.position, a.id) < std::tie(b.position, b.id);
}

// A day typed as JJ/MM/AAAA; when it is not one, *why says what is wrong: the form, or a
// day that does not exist (« le 31 février 2017 n’existe pas »).
QDate parseDay(const QString& text, QString* why)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        *why = PlenaryPane::tr("Échéance « %1 » : une date JJ/MM/AAAA est attendue, par exemple "
                               "20/10/2017.")
                   .arg(text);
        return {};
    }
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    if (month < 1 || month > 12) {
        *why =
            PlenaryPane::tr("Échéance « %1 » : il n’y a pas de mois %2, les mois vont de 1 à 12.")
                .arg(text)
                .arg(month);
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const QDate first(year, month, 1);
        *why = PlenaryPane::tr("Échéance « %1 » : le %2 %3 %4 n’existe pas (%3 %4 a %5 jours).")
                   .arg(text)
                   .arg(day)
                   .arg(QLocale().monthName(month), QString::number(year))
                   .arg(first.daysInMonth());
    }
    return date;
}

} // namespace

PlenaryPane::PlenaryPane(session::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_message = new InlineMessage;
    layout->addWidget(m_message);

    // Parts of the plenary, in time order, and the notes on each.
    m_partModel = new RowModel<AgendaItem>(this);
    m_partModel->setColumns(
        {{tr("Partie"), [](const AgendaItem& item, int role) -> QVariant {
              if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
                  return {};
              }
              QString label =
                  item.plannedStart.toString(QStringLiteral("HH:mm")) + u"  " + item.title;
              if (!item.presenters.isEmpty()) {
                  label += u" — " + tr("par %1").arg(item.presenters.join(u", "));
              }
              return label;
          }}});
    m_partModel->setFilter([this](const AgendaItem& item) { return isPart(item); });
    m_partModel->setOrder([](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.plannedStart, a.position, a.id) <
               std::tie(b.plannedStart, b.position, b.id);
    });
    auto* parts = new WrappingTreeView;
    parts->setObjectName(QStringLiteral("parts"));
    parts->setModel(m_partModel);
    parts->setRootIsDecorated(false);
    parts->setHeaderHidden(true);
    parts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parts = parts;
    m_notes = new NotesPanel(session, NoteTarget::AgendaItem,
                             tr("Note sur la partie choisie, puis Entrée"));
    connect(m_parts->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_notes->setTarget(m_partModel->idAt(current)); });
    auto* notesSplit = new QSplitter(Qt::Vertical);
    notesSplit->addWidget(m_parts);
    notesSplit->addWidget(m_notes);
    notesSplit->setStretchFactor(1, 2);
    m_tabs->addTab(notesSplit, tr("Déroulé et notes"));

    // Findings and recommendations.
    m_statementModel = new RowModel<Statement>(this);
    m_statementModel->setColumns({
        {tr("Nature"),
         [](const Statement& s, int role) { return cellText(role, Labels::of(s.kind)); }},
        {tr("Texte"), [](const Statement& s, int role) { return typedText(role, s.text); },
         [](Statement& s, const QVariant& v, int) -> QString {
             const QString text = v.toString().trimmed();
             if (text.isEmpty()) {
                 return tr("Un constat ou une préconisation a un texte.");
             }
             s.text = text;
             return {};
         }},
        {tr("Débat (soutiens, réserves, amendements)"),
         [](const Statement& s, int role) { return typedText(role, s.debate); },
         [](Statement& s, const QVariant& v, int) -> QString {
             s.debate = v.toString().trimmed();
             return {};
         }},
        {tr("Statut"), [](const Statement& s, int role) { return choice(role, s.status); },
         [](Statement& s, const QVariant& v, int) -> QString {
             s.status = static_cast<StatementStatus>(v.toInt());
             return {};
         }},
    });
    m_statementModel->setOrder(byPosition<Statement>);
    m_statementModel->setCommit([this](const Statement& before, const Statement& after, int) {
        if (after.status != before.status) {
            return m_session.editor().saveStatement(
                m_session.meetingId(), tr("Statut : %1").arg(Labels::of(after.status)), after);
        }
        // Texts are saved as they are typed: one undo step for the whole edit.
        return m_session.editor().typeStatement(m_session.meetingId(), after);
    });
    m_statements = makeTableView();
    m_statements->setObjectName(QStringLiteral("statements"));
    m_statements->setModel(m_statementModel);
    m_statements->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
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
    m_decisionModel = new RowModel<Decision>(this);
    m_decisionModel->setColumns(
        {{tr("Décision"), [](const Decision& d, int role) { return cellText(role, d.text); },
          [](Decision& d, const QVariant& v, int) -> QString {
              d.text = v.toString().trimmed();
              return {};
          }}});
    m_decisionModel->setOrder(byPosition<Decision>);
    m_decisionModel->setCommit([this](const Decision&, const Decision& after, int) {
        if (after.text.isEmpty()) { // emptied: gone (undoable)
            return m_session.editor().removeDecision(m_session.meetingId(), after.id);
        }
        return m_session.editor().saveDecision(m_session.meetingId(), tr("Décision modifiée"),
                                               after);
    });
    m_decisions = makeTableView();
    m_decisions->setObjectName(QStringLiteral("decisions"));
    m_decisions->setModel(m_decisionModel);
    m_decisions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_newDecision = new QLineEdit;
    m_newDecision->setPlaceholderText(tr("Nouvelle décision, puis Entrée"));
    connect(m_newDecision, &QLineEdit::returnPressed, this, &PlenaryPane::addDecision);

    m_actionModel = new RowModel<ActionItem>(this);
    m_actionModel->setColumns({
        {tr("Action"), [](const ActionItem& a, int role) { return cellText(role, a.what); },
         [](ActionItem& a, const QVariant& v, int) -> QString {
             a.what = v.toString().trimmed();
             return {};
         }},
        {tr("Responsable"),
         [this](const ActionItem& a, int role) { return cellText(role, ownerText(a)); },
         [this](ActionItem& a, const QVariant& v, int) -> QString {
             parseOwner(v.toString(), m_session.data().participants, a);
             return {};
         },
         {},
         tr("Le nom d’un participant, ou une organisation")},
        {tr("Échéance"),
         [](const ActionItem& a, int role) {
             return cellText(role, a.dueDate.isValid()
                                       ? a.dueDate.toString(QStringLiteral("dd/MM/yyyy"))
                                       : QString());
         },
         [](ActionItem& a, const QVariant& v, int) -> QString {
             const QString text = v.toString().trimmed();
             QString why;
             const QDate due = parseDay(text, &why);
             if (!text.isEmpty() && !due.isValid()) {
                 return why;
             }
             a.dueDate = due;
             return {};
         },
         {},
         tr("JJ/MM/AAAA")},
        {tr("Statut"), [](const ActionItem& a, int role) { return choice(role, a.status); },
         [](ActionItem& a, const QVariant& v, int) -> QString {
             a.status = static_cast<ActionStatus>(v.toInt());
             return {};
         }},
    });
    m_actionModel->setOrder(byPosition<ActionItem>);
    m_actionModel->setCommit([this](const ActionItem& before, const ActionItem& after, int) {
        if (after.what.isEmpty()) {
            return m_session.editor().removeAction(m_session.meetingId(), after.id);
        }
        const QString text = after.status != before.status
                                 ? tr("Action : %1").arg(Labels::of(after.status))
                                 : tr("Action modifiée");
        return m_session.editor().saveAction(m_session.meetingId(), text, after);
    });
    m_actions = makeTableView();
    m_actions->setObjectName(QStringLiteral("actions"));
    m_actions->setModel(m_actionModel);
    m_actions->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_newAction = new QLineEdit;
    m_newAction->setPlaceholderText(tr("Nouvelle action, puis Entrée"));
    connect(m_newAction, &QLineEdit::returnPressed, this, &PlenaryPane::addAction);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(page(m_decisions, m_newDecision));
    split->addWidget(page(m_actions, m_newAction));
    m_tabs->addTab(split, tr("Décisions et actions"));

    for (auto* model :
         std::initializer_list<RowModelBase*>{m_statementModel, m_decisionModel, m_actionModel}) {
        connect(model, &RowModelBase::refused, m_message,
                [this](const QModelIndex&, const QString& why) { m_message->showError(why); });
    }
    connect(&m_session, &session::Session::changed, this, &PlenaryPane::changed);
    connect(&m_session, &session::Session::meetingOpened, this, &PlenaryPane::reset);
    reset();
}

PlenaryPane::~PlenaryPane() = default;

void PlenaryPane::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool PlenaryPane::isPart(const AgendaItem& item) const
{
    // The parts: sub-items of the plenary items, or the plenary items without sub-items.
    const auto& agenda = m_session.data().agenda;
    const auto* parent = findRow(agenda, item.parentId);
    if (parent && parent->kind == AgendaItemKind::Plenary) {
        return true;
    }
    return item.kind == AgendaItemKind::Plenary &&
           std::none_of(agenda.cbegin(), agenda.cend(),
                        [&item](const AgendaItem& x) { return x.parentId == item.id; });
}

void PlenaryPane::reset()
{
    const QString part = currentPart();
    const MeetingData& data = m_session.data();
    m_partModel->reset(data.agenda);
    m_statementModel->reset(data.statements);
    m_decisionModel->reset(data.decisions);
    m_actionModel->reset(data.actions);
    const QModelIndex again = m_partModel->indexOf(part);
    m_parts->setCurrentIndex(again.isValid() ? again : m_partModel->index(0, 0));
}

void PlenaryPane::changed(const ChangeEvent& event)
{
    if (event.reset) {
        reset();
        return;
    }
    const MeetingData& data = m_session.data();
    if (event.touches(EntityKind::AgendaItem)) {
        m_partModel->update(data.agenda);
        if (!m_parts->currentIndex().isValid() && m_partModel->rowCount() > 0) {
            m_parts->setCurrentIndex(m_partModel->index(0, 0));
        }
    }
    if (event.touches(EntityKind::Statement)) {
        m_statementModel->update(data.statements);
    }
    if (event.touches(EntityKind::Decision)) {
        m_decisionModel->update(data.decisions);
    }
    if (event.touches(EntityKind::Action)) {
        m_actionModel->update(data.actions);
    }
    if (event.touches(EntityKind::Participant)) {
        m_actionModel->refreshAll(); // owners are shown by name
    }
}

QString PlenaryPane::currentPart() const
{
    return m_partModel->idAt(m_parts->currentIndex());
}

void PlenaryPane::followItem(const QString& itemId)
{
    const AgendaItem* item = m_session.agendaItem(itemId);
    if (!item) {
        return;
    }
    QModelIndex index = m_partModel->indexOf(itemId);
    if (!index.isValid()) {
        // A plenary item with parts: its first part in time.
        for (int row = 0; row < m_partModel->rowCount() && !index.isValid(); ++row) {
            if (m_partModel->at(row).parentId == itemId) {
                index = m_partModel->index(row, 0);
            }
        }
    }
    if (index.isValid() && index != m_parts->currentIndex()) {
        m_parts->setCurrentIndex(index);
    }
}

QString PlenaryPane::ownerText(const ActionItem& a) const
{
    if (const auto* p = findRow(m_session.data().participants, a.ownerParticipantId)) {
        return p->name;
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
    for (int i = 0; i < m_partModel->rowCount(); ++i) {
        lines << m_partModel->index(i, 0).data().toString();
    }
    const auto section = [&lines](const QString& title, const QStringList& entries,
                                  const QString& empty) {
        lines << title;
        lines << (entries.isEmpty() ? QStringList{empty} : entries);
    };
    const MeetingData& data = m_session.data();
    QStringList findings;
    QStringList recommendations;
    for (const auto& s : data.statements) {
        (s.kind == StatementKind::Finding ? findings : recommendations)
            << tr("%1 [%2]").arg(s.text, Labels::of(s.status));
    }
    QStringList decisions;
    for (const auto& d : data.decisions) {
        decisions << d.text;
    }
    QStringList actions;
    for (const auto& a : data.actions) {
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
    if (text.isEmpty() || !m_session.hasMeeting()) {
        return false;
    }
    Statement s;
    s.id = newId();
    s.kind = static_cast<StatementKind>(m_statementKind->currentData().toInt());
    s.text = text;
    s.position = int(m_session.data().statements.size());
    s.agendaItemId = currentPart();
    if (!m_session.editor().saveStatement(m_session.meetingId(),
                                          tr("%1 ajouté").arg(Labels::of(s.kind)), s)) {
        return false;
    }
    m_newStatement->clear();
    return true;
}

bool PlenaryPane::addDecision()
{
    const QString text = m_newDecision->text().trimmed();
    if (text.isEmpty() || !m_session.hasMeeting()) {
        return false;
    }
    Decision d;
    d.id = newId();
    d.text = text;
    d.position = int(m_session.data().decisions.size());
    d.decidedAt = m_session.now();
    if (!m_session.editor().saveDecision(m_session.meetingId(), tr("Décision ajoutée"), d)) {
        return false;
    }
    m_newDecision->clear();
    return true;
}

bool PlenaryPane::addAction()
{
    const QString text = m_newAction->text().trimmed();
    if (text.isEmpty() || !m_session.hasMeeting()) {
        return false;
    }
    ActionItem a;
    a.id = newId();
    a.what = text;
    a.position = int(m_session.data().actions.size());
    if (!m_session.editor().saveAction(m_session.meetingId(), tr("Action ajoutée"), a)) {
        return false;
    }
    m_newAction->clear();
    return true;
}

bool PlenaryPane::askDecision(session::Session& session, QWidget* parent,
                              const QString& agendaItemId)
{
    if (!session.hasMeeting()) {
        return false;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(parent, tr("Nouvelle décision"), tr("Décision :"), {}, &ok)
            .trimmed();
    if (!ok || text.isEmpty()) {
        return false;
    }
    Decision d;
    d.id = newId();
    d.text = text;
    d.position = int(session.data().decisions.size());
    d.decidedAt = session.now();
    d.agendaItemId = agendaItemId;
    return session.editor().saveDecision(session.meetingId(), tr("Décision ajoutée"), d);
}

bool PlenaryPane::askAction(session::Session& session, QWidget* parent)
{
    if (!session.hasMeeting()) {
        return false;
    }
    bool ok = false;
    const QString what = QInputDialog::getText(parent, tr("Nouvelle action"), tr("Action (quoi) :"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || what.isEmpty()) {
        return false;
    }
    const QString who = QInputDialog::getText(parent, tr("Nouvelle action"),
                                              tr("Responsable (un participant ou une "
                                                 "organisation, facultatif) :"),
                                              QLineEdit::Normal, {}, &ok)
                            .trimmed();
    ActionItem a;
    a.id = newId();
    a.what = what;
    a.position = int(session.data().actions.size());
    if (ok && !who.isEmpty()) {
        parseOwner(who, session.data().participants, a);
    }
    return session.editor().saveAction(session.meetingId(), tr("Action ajoutée"), a);
}

} // namespace copil::gui
