#include "SubgroupView.h"

#include "PrioritisationView.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"
#include "gui/common/NotesPanel.h"
#include "gui/common/RowModel.h"
#include "gui/common/Views.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace copil::gui {

using domain::EntityKind;

namespace {

QGroupBox* boxed(const QString& title, QWidget* inner)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(inner, 1);
    return box;
}

QString blockId(int block)
{
    return QStringLiteral("block:%1").arg(block);
}

} // namespace

SubgroupView::SubgroupView(session::Session& session, const QString& subgroupId, QWidget* parent)
    : QWidget(parent), m_session(session), m_subgroupId(subgroupId)
{
    m_framing = new QLabel;
    m_framing->setWordWrap(true);
    m_framing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members = new QLabel;
    m_members->setWordWrap(true);

    m_questionModel = new RowModel<QuestionRow>(this);
    m_questionModel->setParentOf([](const QuestionRow& r) { return r.parentId; });
    m_questionModel->setOrder([](const QuestionRow& a, const QuestionRow& b) {
        return std::tie(a.block, a.position, a.id) < std::tie(b.block, b.position, b.id);
    });
    m_questionModel->setItemFlags([](const QuestionRow& r, int) -> Qt::ItemFlags {
        return r.isBlock ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    });
    m_questionModel->setColumns({
        {tr("Questions"),
         [this](const QuestionRow& r, int role) -> QVariant {
             if (role == Qt::DisplayRole) {
                 return r.text;
             }
             if (role == Qt::FontRole && r.isBlock) {
                 QFont bold = font();
                 bold.setBold(true);
                 return bold;
             }
             return {};
         },
         {}},
        {tr("Avancement"),
         [](const QuestionRow& r, int role) -> QVariant {
             if (r.isBlock) {
                 return {};
             }
             if (role == Qt::DisplayRole) {
                 return domain::Labels::of(r.progress);
             }
             if (role == Qt::ForegroundRole) {
                 if (r.progress == domain::QuestionProgress::Done) {
                     return QColor(0x2e, 0x7d, 0x32);
                 }
                 if (r.progress == domain::QuestionProgress::Discussed) {
                     return QColor(0xef, 0x8f, 0x00);
                 }
             }
             return {};
         },
         {}},
        {tr("Notes"),
         [](const QuestionRow& r, int role) -> QVariant {
             return role == Qt::DisplayRole && !r.isBlock && r.notes > 0 ? QVariant(r.notes)
                                                                         : QVariant();
         },
         {}},
    });
    auto* questions = new WrappingTreeView;
    questions->setObjectName(QStringLiteral("questions"));
    questions->setModel(m_questionModel);
    questions->header()->setStretchLastSection(false);
    questions->header()->setSectionResizeMode(QuestionTextColumn, QHeaderView::Stretch);
    questions->header()->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);
    questions->header()->setSectionResizeMode(NotesColumn, QHeaderView::ResizeToContents);
    questions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questions = questions;
    m_questions->installEventFilter(this);
    connect(m_questions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SubgroupView::showNotes);
    connect(m_questions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit questionSelected(selectedQuestionId()); });
    // A block's title spans the row.
    connect(m_questionModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid()) {
                    for (int row = first; row <= last; ++row) {
                        m_questions->setFirstColumnSpanned(row, {}, true);
                        m_questions->expand(m_questionModel->index(row, 0));
                    }
                }
            });
    connect(m_questionModel, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_questionModel->rowCount(); ++row) {
            m_questions->setFirstColumnSpanned(row, {}, true);
        }
        m_questions->expandAll();
    });

    m_notesPanel = new NotesPanel(session, domain::NoteTarget::Question,
                                  tr("Nouvelle note sur la question choisie, puis Entrée"));
    // From the note being typed to the next question without the mouse.
    const auto step = [this](const QString& text, QKeyCombination key, int direction) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, direction] { stepQuestion(direction); });
        addAction(action);
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    const QString previous = step(tr("Question précédente"), Qt::CTRL | Qt::Key_Up, -1);
    const QString next = step(tr("Question suivante"), Qt::CTRL | Qt::Key_Down, 1);
    m_questions->setToolTip(tr("Espace : avancement suivant (pas commencée, abordée, traitée). "
                               "Entrée : prendre une note. %1 / %2 depuis la note : question "
                               "précédente / suivante.")
                                .arg(previous, next));
    m_notesPanel->noteEdit()->setToolTip(
        tr("Entrée : ajouter la note. %1 / %2 : question précédente / suivante.")
            .arg(previous, next));
    // A note on a question not yet started means it is being discussed (same undo step).
    m_notesPanel->onFirstNote = [this](const QString& questionId) {
        const auto* q = domain::findRow(m_session.data().questions, questionId);
        if (q && q->progress == domain::QuestionProgress::NotStarted) {
            domain::GuidingQuestion discussed = *q;
            discussed.progress = domain::QuestionProgress::Discussed;
            m_session.editor().updateQuestion(m_session.meetingId(), tr("Question abordée"),
                                              discussed);
        }
    };

    // The full prioritisation is a window of its own (tables, chart: the group reads it
    // together, often on a projector); the pane keeps the ranking at a glance.
    m_prioritisation = new PrioritisationView(session, subgroupId, this);
    m_prioritisation->setWindowFlag(Qt::Window);
    m_prioritisation->resize(1100, 700);
    connect(m_prioritisation, &PrioritisationView::failed, this, &SubgroupView::failed);
    auto* summary = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summary);
    m_summaryChart = new RankingChart;
    m_summaryText = new QLabel;
    m_summaryText->setWordWrap(true);
    auto* open = new QPushButton(tr("Ouvrir la priorisation (gommettes, notes, sélection)…"));
    open->setToolTip(tr("F4")); // from any pane: Affichage › Priorisation du sous-groupe
    connect(open, &QPushButton::clicked, this, &SubgroupView::openPrioritisation);
    summaryLayout->addWidget(m_summaryChart, 1);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addWidget(open);

    auto* splitter = new QSplitter(Qt::Vertical);
    // A question the group raises during the session, typed without leaving the keyboard.
    m_raised = new QLineEdit;
    m_raised->setObjectName(QStringLiteral("raisedQuestion"));
    auto* raise = new QAction(tr("Question soulevée par le groupe"), this);
    raise->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    raise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(raise, &QAction::triggered, m_raised, [this] { m_raised->setFocus(); });
    addAction(raise);
    m_raised->setPlaceholderText(tr("Question soulevée en séance, puis Entrée (%1)")
                                     .arg(raise->shortcut().toString(QKeySequence::NativeText)));
    connect(m_raised, &QLineEdit::returnPressed, this, &SubgroupView::addRaisedQuestion);
    auto* questionsPart = new QWidget;
    auto* questionsLayout = new QVBoxLayout(questionsPart);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addWidget(m_questions, 1);
    questionsLayout->addWidget(m_raised);
    m_questionsBox = boxed(tr("Questions de cadrage"), questionsPart);
    splitter->addWidget(m_questionsBox);
    m_notesBox = boxed(tr("Notes sur la question"), m_notesPanel);
    splitter->addWidget(m_notesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_parts = new QTabWidget;
    m_parts->addTab(splitter, tr("Questions et notes"));
    m_parts->addTab(summary, tr("Priorisation"));

    auto* context = new QWidget;
    auto* contextLayout = new QVBoxLayout(context);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    contextLayout->addWidget(m_framing);
    contextLayout->addWidget(m_members);
    // The framing can be long: it scrolls, and leaves the room to the questions.
    auto* scroll = new QScrollArea;
    scroll->setWidget(context);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(fontMetrics().height() * 7);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(boxed(tr("Contexte"), scroll));
    layout->addWidget(m_parts, 1);

    connect(&m_session, &session::Session::changed, this, &SubgroupView::changed);
    showContext();
    showQuestions(true);
    showSummary();
    showNotes();
}

SubgroupView::~SubgroupView() = default;

domain::Subgroup SubgroupView::subgroup() const
{
    const auto* s = domain::findRow(m_session.data().subgroups, m_subgroupId);
    return s ? *s : domain::Subgroup{};
}

void SubgroupView::changed(const domain::ChangeEvent& event)
{
    if (event.touches(EntityKind::Subgroup) || event.touches(EntityKind::Participant)) {
        showContext();
    }
    if (event.touches(EntityKind::Question) || event.touches(EntityKind::Subgroup) ||
        touchesMyNotes(event)) {
        showQuestions(event.reset);
    }
    if (event.touches(EntityKind::PriorityItem) || event.touches(EntityKind::DotVote) ||
        event.touches(EntityKind::Score) || event.touches(EntityKind::Criterion) ||
        event.touches(EntityKind::Selection) || event.touches(EntityKind::Participant) ||
        event.touches(EntityKind::Subgroup)) {
        showSummary();
    }
}

void SubgroupView::showContext()
{
    const domain::Subgroup s = subgroup();
    m_framing->setText(s.framing.isEmpty() ? tr("(pas de texte de cadrage)") : s.framing);
    // Rapporteur and members, from the participants list and its check-in.
    QString rapporteur;
    QStringList members;
    int present = 0;
    for (const auto& p : m_session.data().participants) {
        if (p.id == s.rapporteurId) {
            rapporteur = p.name;
        }
        if (p.subgroupId == s.id && !s.id.isEmpty()) {
            const bool here = p.attendance == domain::Attendance::Present;
            present += here ? 1 : 0;
            members << (p.attendance == domain::Attendance::Absent ||
                                p.attendance == domain::Attendance::Excused
                            ? tr("%1 (%2)").arg(p.name, domain::Labels::of(p.attendance).toLower())
                            : p.name);
        }
    }
    m_members->setText(
        tr("Rapporteur : %1").arg(rapporteur.isEmpty() ? tr("à désigner") : rapporteur) + u"\n" +
        (members.isEmpty() ? tr("Membres : aucun pour l’instant (volet Participants).")
                           : tr("Membres (%1 présents sur %2) : %3")
                                 .arg(present)
                                 .arg(members.size())
                                 .arg(members.join(u", "))));
}

bool SubgroupView::touchesMyNotes(const domain::ChangeEvent& event) const
{
    if (event.reset) {
        return true;
    }
    const domain::EntityChanges& changes = event.of(EntityKind::Note);
    if (changes.isEmpty()) {
        return false;
    }
    // A removed note is no longer there to say where it was: look at the counts shown.
    if (!changes.removed.isEmpty()) {
        return true;
    }
    for (const QStringList* ids : {&changes.inserted, &changes.updated}) {
        for (const QString& id : *ids) {
            if (const auto* n = domain::findRow(m_session.data().notes, id);
                n && m_questionModel->find(n->targetId)) {
                return true;
            }
        }
    }
    return false;
}

QList<QuestionRow> SubgroupView::questionRows() const
{
    const domain::MeetingData& data = m_session.data();
    const domain::Subgroup s = subgroup();
    QList<QuestionRow> rows;
    QSet<int> blocks;
    for (const auto& q : data.questions) {
        if (q.subgroupId != m_subgroupId) {
            continue;
        }
        if (!blocks.contains(q.block)) {
            blocks.insert(q.block);
            const QString title =
                q.block - 1 < s.questionBlocks.size() ? s.questionBlocks[q.block - 1] : QString();
            rows << QuestionRow{blockId(q.block),
                                {},
                                q.block,
                                title.isEmpty() ? tr("Bloc %1").arg(q.block)
                                                : tr("Bloc %1 – %2").arg(q.block).arg(title),
                                true,
                                {},
                                0,
                                -1};
        }
        rows << QuestionRow{q.id,
                            blockId(q.block),
                            q.block,
                            q.text,
                            false,
                            q.progress,
                            int(m_session.notesOn(q.id).size()),
                            q.position};
    }
    return rows;
}

void SubgroupView::showQuestions(bool reset)
{
    const QList<QuestionRow> rows = questionRows();
    if (reset) {
        const QString selected = selectedQuestionId();
        m_questionModel->reset(rows);
        selectQuestion(selected);
    } else {
        m_questionModel->update(rows);
    }
    const bool any = m_questionModel->rowCount() > 0;
    m_questionsBox->setVisible(any);
    m_notesBox->setVisible(any);
    // A group without questions (the seed's subgroup 4) goes straight to its priorities;
    // prioritisation is there for any group, which can start its own list of causes.
    m_parts->setTabVisible(0, any);
}

void SubgroupView::showSummary()
{
    m_summaryChart->setBars(m_prioritisation->chart()->bars());
    m_summaryText->setText(m_prioritisation->selectionText());
}

QString SubgroupView::selectedQuestionId() const
{
    const QModelIndex current = m_questions->currentIndex();
    if (!current.isValid()) {
        return {};
    }
    const QuestionRow& row = m_questionModel->at(current.siblingAtColumn(0));
    return row.isBlock ? QString() : row.id;
}

void SubgroupView::selectQuestion(const QString& questionId)
{
    const QModelIndex index = m_questionModel->indexOf(questionId);
    if (index.isValid()) {
        m_questions->setCurrentIndex(index);
    }
}

void SubgroupView::openPrioritisation()
{
    m_prioritisation->show();
    m_prioritisation->raise();
    m_prioritisation->activateWindow();
}

void SubgroupView::showNotes()
{
    const QString id = selectedQuestionId();
    m_notesPanel->setTarget(id);
    // The question the notes go to, in the box's title: the keys can change it from the
    // note field, away from the list.
    const auto* q = domain::findRow(m_session.data().questions, id);
    const QString question =
        q ? fontMetrics().elidedText(q->text, Qt::ElideRight, fontMetrics().averageCharWidth() * 60)
          : QString();
    m_notesBox->setTitle(question.isEmpty() ? tr("Notes : choisissez une question")
                                            : tr("Notes sur « %1 »").arg(question));
    m_notesBox->setToolTip(q ? q->text : QString());
}

void SubgroupView::stepQuestion(int direction)
{
    QStringList ids;
    for (const QuestionRow& r : questionRows()) {
        if (!r.isBlock) {
            ids << r.id;
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    const qsizetype at = ids.indexOf(selectedQuestionId());
    const qsizetype to = at < 0 ? (direction > 0 ? 0 : ids.size() - 1)
                                : std::clamp<qsizetype>(at + direction, 0, ids.size() - 1);
    selectQuestion(ids.at(to));
    m_questions->scrollTo(m_questionModel->indexOf(ids.at(to)));
}

QLineEdit* SubgroupView::noteEdit() const
{
    return m_notesPanel->noteEdit();
}

QComboBox* SubgroupView::noteKind() const
{
    return m_notesPanel->noteKind();
}

void SubgroupView::setNoteKind(domain::NoteKind kind)
{
    m_notesPanel->setNoteKind(kind);
}

bool SubgroupView::addNote()
{
    return m_notesPanel->addNote();
}

bool SubgroupView::addRaisedQuestion()
{
    const QString text = m_raised->text().trimmed();
    if (text.isEmpty()) {
        return false;
    }
    // In the block of the selected question, else the last block, at its end.
    const auto& all = m_session.data().questions;
    const domain::GuidingQuestion* selected = domain::findRow(all, selectedQuestionId());
    int block = selected ? selected->block : 1;
    for (const auto& q : all) {
        if (!selected && q.subgroupId == m_subgroupId) {
            block = std::max(block, q.block);
        }
    }
    int position = 0;
    for (const auto& q : all) {
        if (q.subgroupId == m_subgroupId && q.block == block) {
            position = std::max(position, q.position + 1);
        }
    }
    domain::GuidingQuestion q;
    q.id = domain::newId();
    q.subgroupId = m_subgroupId;
    q.block = block;
    q.position = position;
    q.text = text;
    if (!m_session.editor().saveQuestion(m_session.meetingId(),
                                         tr("Question soulevée : « %1 »").arg(text.left(40)), q)) {
        return false;
    }
    m_raised->clear();
    selectQuestion(q.id);
    return true;
}

void SubgroupView::cycleProgress()
{
    const auto* q = domain::findRow(m_session.data().questions, selectedQuestionId());
    if (!q) {
        return;
    }
    domain::GuidingQuestion next = *q;
    switch (q->progress) {
    case domain::QuestionProgress::NotStarted:
        next.progress = domain::QuestionProgress::Discussed;
        break;
    case domain::QuestionProgress::Discussed:
        next.progress = domain::QuestionProgress::Done;
        break;
    case domain::QuestionProgress::Done:
        next.progress = domain::QuestionProgress::NotStarted;
        break;
    }
    m_session.editor().updateQuestion(
        m_session.meetingId(), tr("Question : %1").arg(domain::Labels::of(next.progress)), next);
}

void SubgroupView::removeSelectedNote()
{
    m_notesPanel->removeSelectedNote();
}

bool SubgroupView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_questions || event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (m_notesPanel->handleKindKey(key)) {
        return true; // Alt+1…5 from the questions: the kind of the next note
    }
    if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Space) {
        cycleProgress();
        return true;
    }
    if (key->modifiers() == Qt::NoModifier &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        m_notesPanel->noteEdit()->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace copil::gui
