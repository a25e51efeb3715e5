#include "NotesPanel.h"

#include "Editor.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

constexpr int kNoteIdRole = Qt::UserRole;

QColor colourOf(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Finding:
        return {0x15, 0x65, 0xc0};
    case NoteKind::Proposal:
        return {0x2e, 0x7d, 0x32};
    case NoteKind::Vigilance:
        return {0xc6, 0x28, 0x28};
    case NoteKind::OpenQuestion:
        return {0x6a, 0x1b, 0x9a};
    case NoteKind::Remark:
        break;
    }
    return {0x44, 0x44, 0x44};
}

} // namespace

NotesPanel::NotesPanel(Editor* editor, NoteTarget type, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_type(type)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Nature"), tr("Note")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_loading || column != 1 || !m_editor) {
            return;
        }
        for (auto note : m_notes) {
            if (note.id == item->data(0, kNoteIdRole).toString() && note.text != item->text(1)) {
                note.text = item->text(1).trimmed();
                note.updatedAt = QDateTime::currentDateTime();
                m_editor->saveNote(m_meetingId, tr("Note modifiée"), note);
            }
        }
    });
    layout->addWidget(m_tree, 1);

    auto* row = new QHBoxLayout;
    m_kind = new QComboBox;
    int shortcut = 0;
    for (auto kind : allValues<NoteKind>()) {
        m_kind->addItem(tr("%1 (Alt+%2)").arg(Labels::of(kind)).arg(++shortcut), int(kind));
    }
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setPlaceholderText(placeholder);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &NotesPanel::addNote);
    row->addWidget(m_kind);
    row->addWidget(m_edit, 1);
    layout->addLayout(row);
    show();
}

void NotesPanel::setNotes(const QString& meetingId, const QList<Note>& notes)
{
    m_meetingId = meetingId;
    m_notes.clear();
    for (const auto& n : notes) {
        if (n.targetType == m_type) {
            m_notes << n;
            if (n.id == m_unsavedNoteId) { // saved by a retry
                m_unsavedNoteId.clear();
                m_edit->clear();
            }
        }
    }
    show();
}

void NotesPanel::setTarget(const QString& targetId)
{
    if (targetId != m_target) {
        m_target = targetId;
        show();
    }
}

int NotesPanel::countFor(const QString& targetId) const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(),
                             [&targetId](const Note& n) { return n.targetId == targetId; }));
}

void NotesPanel::show()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kNoteIdRole).toString() : QString();
    m_loading = true;
    m_tree->clear();
    QList<const Note*> mine;
    for (const auto& n : m_notes) {
        if (n.targetId == m_target && !m_target.isEmpty()) {
            mine << &n;
        }
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const Note* a, const Note* b) { return a->position < b->position; });
    for (const Note* n : mine) {
        auto* item = new QTreeWidgetItem(m_tree, {Labels::of(n->kind), n->text});
        item->setData(0, kNoteIdRole, n->id);
        item->setForeground(0, colourOf(n->kind));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (n->id == selected) {
            m_tree->setCurrentItem(item);
        }
    }
    m_loading = false;
    m_edit->setEnabled(!m_target.isEmpty() && m_editor);
}

bool NotesPanel::addNote()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || m_target.isEmpty() || !m_editor) {
        return false;
    }
    Note note;
    note.id = m_unsavedNoteId.isEmpty() ? newId() : m_unsavedNoteId;
    note.targetType = m_type;
    note.targetId = m_target;
    note.kind = static_cast<NoteKind>(m_kind->currentData().toInt());
    note.text = text;
    int position = 0;
    for (const auto& n : m_notes) {
        if (n.targetId == m_target) {
            position = std::max(position, n.position + 1);
        }
    }
    note.position = position;
    note.createdAt = QDateTime::currentDateTime();
    note.updatedAt = note.createdAt;
    const bool first = countFor(m_target) == 0;
    const QString target = m_target;
    const QString step = tr("Note : %1").arg(text.left(40));
    m_editor->beginStep(step);
    const bool saved = m_editor->saveNote(m_meetingId, step, note);
    if (saved && first && onFirstNote) {
        onFirstNote(target);
    }
    m_editor->endStep();
    if (saved) {
        m_unsavedNoteId.clear();
        m_edit->clear();
    } else {
        m_unsavedNoteId = note.id; // what was typed stays in the field
    }
    return saved;
}

void NotesPanel::setNoteKind(NoteKind kind)
{
    // On the selected note when the list has the focus, else for the next note.
    if (m_tree->hasFocus() && m_tree->currentItem() && m_editor) {
        for (auto note : m_notes) {
            if (note.id == m_tree->currentItem()->data(0, kNoteIdRole).toString() &&
                note.kind != kind) {
                note.kind = kind;
                note.updatedAt = QDateTime::currentDateTime();
                m_editor->saveNote(m_meetingId, tr("Nature de note : %1").arg(Labels::of(kind)),
                                   note);
            }
        }
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NotesPanel::removeSelectedNote()
{
    if (m_tree->currentItem() && m_editor) {
        m_editor->removeNote(m_meetingId, m_tree->currentItem()->data(0, kNoteIdRole).toString());
    }
}

bool NotesPanel::handleKindKey(const QKeyEvent* key)
{
    if (key->modifiers() == Qt::AltModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
        setNoteKind(allValues<NoteKind>()[key->key() - Qt::Key_1]);
        return true;
    }
    return false;
}

bool NotesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (handleKindKey(key)) {
            return true;
        }
        if (watched == m_tree && key->key() == Qt::Key_Delete) {
            removeSelectedNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace copil::gui
