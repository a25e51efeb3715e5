#include "SubgroupView.h"

#include "Editor.h"
#include "NotesPanel.h"
#include "PrioritisationView.h"
#include "domain/Labels.h"

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
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copil::gui {

namespace {

// Sizes rows to the wrapped height of their text in the column's current width (the
// default delegate measures text on one line, so long questions would be cut).
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const auto* tree = qobject_cast<const QTreeView*>(parent());
        if (!tree || index.column() != 0) {
            return size; // the other columns hold short values sized to their contents
        }
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
            ++depth;
        }
        const int width = tree->columnWidth(0) - depth * tree->indentation();
        const QString text = index.data(Qt::DisplayRole).toString();
        const QFontMetrics metrics(option.font);
        const QRect needed = metrics.boundingRect(QRect(0, 0, std::max(width - 12, 40), 100000),
                                                  Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), needed.height() + 4));
        return size;
    }
};

// Row heights are laid out again whenever the width changes.
class WrappingTree : public QTreeWidget {
public:
    WrappingTree() { setItemDelegate(new WrappingDelegate(this)); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTreeWidget::resizeEvent(event);
        scheduleDelayedItemsLayout();
    }
};

QTreeWidget* makeTree(const QStringList& headers)
{
    auto* tree = new WrappingTree;
    tree->setUniformRowHeights(false);
    tree->setHeaderLabels(headers);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c) {
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    return tree;
}

QGroupBox* boxed(const QString& title, QWidget* inner, QWidget* second = nullptr)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(inner, 1);
    if (second) {
        layout->addWidget(second);
    }
    return box;
}

constexpr int kIdRole = Qt::UserRole;

} // namespace

SubgroupView::SubgroupView(Editor* editor, const domain::Clock* clock, QWidget* parent)
    : QWidget(parent), m_editor(editor)
{
    m_framing = new QLabel;
    m_framing->setWordWrap(true);
    m_framing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members = new QLabel;
    m_members->setWordWrap(true);
    m_questions = makeTree({tr("Questions"), tr("Avancement"), tr("Notes")});
    m_questions->setToolTip(tr("Espace : avancement suivant (pas commencée, abordée, traitée). "
                               "Entrée : prendre une note."));
    m_questions->installEventFilter(this);
    connect(m_questions, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading) {
            showNotes();
        }
    });

    m_notesPanel = new NotesPanel(editor, domain::NoteTarget::Question,
                                  tr("Nouvelle note sur la question choisie, puis Entrée"));
    // A note on a question not yet started means it is being discussed (same undo step).
    m_notesPanel->onFirstNote = [this](const QString& questionId) {
        const auto* q = question(questionId);
        if (q && q->progress == domain::QuestionProgress::NotStarted && m_editor) {
            domain::GuidingQuestion discussed = *q;
            discussed.progress = domain::QuestionProgress::Discussed;
            m_editor->updateQuestion(m_meetingId, tr("Question abordée"), discussed);
        }
    };

    // The full prioritisation is a window of its own (tables, chart: the group reads it
    // together, often on a projector); the pane keeps the ranking at a glance.
    m_prioritisation = new PrioritisationView(editor, clock, this);
    m_prioritisation->setWindowFlag(Qt::Window);
    m_prioritisation->resize(1100, 700);
    connect(m_prioritisation, &PrioritisationView::failed, this, &SubgroupView::failed);
    auto* summary = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summary);
    m_summaryChart = new RankingChart;
    m_summaryText = new QLabel;
    m_summaryText->setWordWrap(true);
    auto* open = new QPushButton(tr("Ouvrir la priorisation (gommettes, notes, sélection)…"));
    open->setShortcut(QKeySequence(Qt::Key_F4));
    open->setToolTip(tr("F4"));
    connect(open, &QPushButton::clicked, this, &SubgroupView::openPrioritisation);
    summaryLayout->addWidget(m_summaryChart, 1);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addWidget(open);

    auto* splitter = new QSplitter(Qt::Vertical);
    m_questionsBox = boxed(tr("Questions de cadrage"), m_questions);
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
}

const domain::GuidingQuestion* SubgroupView::question(const QString& id) const
{
    for (const auto& q : m_questionList) {
        if (q.id == id) {
            return &q;
        }
    }
    return nullptr;
}

void SubgroupView::setContent(const domain::MeetingData& data, const QString& subgroupId)
{
    const QString selected = selectedQuestionId();
    m_loading = true;
    m_meetingId = data.meeting.id;
    m_subgroup = {};
    for (const auto& s : data.subgroups) {
        if (s.id == subgroupId) {
            m_subgroup = s;
        }
    }
    m_framing->setText(m_subgroup.framing.isEmpty() ? tr("(pas de texte de cadrage)")
                                                    : m_subgroup.framing);
    // Rapporteur and members, from the participants list and its check-in.
    QString rapporteur;
    QStringList members;
    int present = 0;
    for (const auto& p : data.participants) {
        if (p.id == m_subgroup.rapporteurId) {
            rapporteur = p.name;
        }
        if (p.subgroupId == m_subgroup.id) {
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

    m_questionList.clear();
    for (const auto& q : data.questions) {
        if (q.subgroupId == m_subgroup.id) {
            m_questionList << q;
        }
    }
    m_notesPanel->setNotes(m_meetingId, data.notes);
    m_questions->clear();
    QHash<int, QTreeWidgetItem*> blocks;
    QTreeWidgetItem* current = nullptr;
    for (const auto& q : m_questionList) {
        QTreeWidgetItem*& block = blocks[q.block];
        if (!block) {
            const QString title = q.block - 1 < m_subgroup.questionBlocks.size()
                                      ? m_subgroup.questionBlocks[q.block - 1]
                                      : QString();
            block = new QTreeWidgetItem(
                m_questions, {title.isEmpty() ? tr("Bloc %1").arg(q.block)
                                              : tr("Bloc %1 – %2").arg(q.block).arg(title)});
            QFont bold = block->font(0);
            bold.setBold(true);
            block->setFont(0, bold);
            block->setFirstColumnSpanned(true);
            block->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(block, {q.text, domain::Labels::of(q.progress),
                                                 m_notesPanel->countFor(q.id)
                                                     ? QString::number(m_notesPanel->countFor(q.id))
                                                     : QString()});
        item->setData(0, kIdRole, q.id);
        if (q.progress == domain::QuestionProgress::Done) {
            item->setForeground(1, QColor(0x2e, 0x7d, 0x32));
        } else if (q.progress == domain::QuestionProgress::Discussed) {
            item->setForeground(1, QColor(0xef, 0x8f, 0x00));
        }
        if (q.id == selected) {
            current = item;
        }
    }
    m_questions->expandAll();
    if (current) {
        m_questions->setCurrentItem(current);
    }
    m_questionsBox->setVisible(!blocks.isEmpty());
    m_notesBox->setVisible(!blocks.isEmpty());

    m_prioritisation->setContent(data, subgroupId);
    m_prioritisation->setWindowTitle(
        tr("Priorisation – sous-groupe %1 – %2").arg(m_subgroup.number).arg(m_subgroup.title));
    m_summaryChart->setBars(m_prioritisation->chart()->bars());
    m_summaryText->setText(m_prioritisation->selectionText());
    // A group without questions (the seed's subgroup 4) goes straight to its priorities;
    // prioritisation is there for any group, which can start its own list of causes.
    m_parts->setTabVisible(0, !blocks.isEmpty());
    m_loading = false;
    showNotes();
}

QString SubgroupView::selectedQuestionId() const
{
    const QTreeWidgetItem* item = m_questions->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void SubgroupView::selectQuestion(const QString& questionId)
{
    for (QTreeWidgetItemIterator it(m_questions); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == questionId) {
            m_questions->setCurrentItem(*it);
            return;
        }
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
    m_notesBox->setTitle(id.isEmpty() ? tr("Notes : choisissez une question")
                                      : tr("Notes sur la question choisie"));
}

QTreeWidget* SubgroupView::noteTree() const
{
    return m_notesPanel->noteTree();
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

void SubgroupView::cycleProgress()
{
    const auto* q = question(selectedQuestionId());
    if (!q || !m_editor) {
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
    m_editor->updateQuestion(m_meetingId,
                             tr("Question : %1").arg(domain::Labels::of(next.progress)), next);
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
