#include "NotesPanel.h"

#include "RowModel.h"
#include "TypingSaver.h"
#include "Views.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

namespace {

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

NotesPanel::NotesPanel(session::Session& session, NoteTarget type, const QString& placeholder,
                       QWidget* parent)
    : QWidget(parent), m_session(session), m_type(type)
{
    m_model = new RowModel<Note>(this);
    m_model->setColumns({
        {tr("Nature"),
         [](const Note& n, int role) -> QVariant {
             if (role == Qt::DisplayRole) {
                 return Labels::of(n.kind);
             }
             if (role == Qt::ForegroundRole) {
                 return colourOf(n.kind);
             }
             return {};
         },
         {}},
        {tr("Note"), [](const Note& n, int role) -> QVariant { return typedText(role, n.text); },
         [this](Note& n, const QVariant& value, int) -> QString {
             const QString text = value.toString().trimmed();
             if (text.isEmpty()) {
                 return tr("Une note ne peut pas être vide : Suppr la retire.");
             }
             n.text = text;
             n.updatedAt = m_session.now();
             return {};
         }},
    });
    m_model->setFilter([this](const Note& n) {
        return n.targetType == m_type && !m_target.isEmpty() && n.targetId == m_target;
    });
    m_model->setOrder([](const Note& a, const Note& b) { return a.position < b.position; });
    m_model->setCommit([this](const Note&, const Note& after, int) {
        return m_session.editor().typeNote(m_session.meetingId(), after);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new WrappingTreeView;
    m_view->setObjectName(QStringLiteral("notes"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_message = new InlineMessage;
    layout->addWidget(m_message);
    connect(m_model, &RowModelBase::refused, m_message,
            [this](const QModelIndex&, const QString& why) { m_message->showError(why); });

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
    // What is being typed is saved as it goes, as a note of its own that Enter closes.
    m_saver = new TypingSaver([this] { saveField(false); }, this);
    connect(m_edit, &QLineEdit::textEdited, m_saver, &TypingSaver::typed);
    row->addWidget(m_kind);
    row->addWidget(m_edit, 1);
    layout->addLayout(row);

    connect(&m_session, &session::Session::changed, this, &NotesPanel::changed);
    // A conflict on the note of the field: keeping theirs puts their text in the field;
    // either way the next save is based on the version now stored.
    connect(&m_session.editor(), &session::Editor::conflictSettled, this, [this](bool keptTheirs) {
        const QList<Note> notes = m_session.notesOn(m_target);
        const Note* stored = m_fieldNote.isEmpty() ? nullptr : domain::findRow(notes, m_fieldNote);
        if (!stored) {
            return;
        }
        m_fieldBasedOn = stored->rowRevision.value;
        if (keptTheirs && m_edit->text().trimmed() != stored->text) {
            m_saver->cancel();
            m_edit->setText(stored->text);
        }
    });
    connect(&m_session, &session::Session::meetingOpened, this, [this] {
        m_fieldNote.clear();
        reset();
    });
    reset();
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::reset()
{
    m_model->reset(m_session.notesOn(m_target));
    m_edit->setEnabled(!m_target.isEmpty() && !m_session.isReadOnly());
}

void NotesPanel::changed(const ChangeEvent& event)
{
    if (event.reset) {
        reset();
        return;
    }
    if (!event.touches(EntityKind::Note)) {
        return;
    }
    if (m_fieldFinal && !m_fieldNote.isEmpty() && event.of(EntityKind::Note).touches(m_fieldNote)) {
        m_fieldNote.clear(); // the note Enter could not save, saved by a retry
        m_edit->clear();
    }
    m_model->update(m_session.notesOn(m_target));
}

void NotesPanel::setTarget(const QString& targetId)
{
    if (targetId != m_target) {
        m_target = targetId;
        reset();
    }
}

int NotesPanel::countFor(const QString& targetId) const
{
    const auto notes = m_session.notesOn(targetId);
    return int(std::count_if(notes.cbegin(), notes.cend(),
                             [this](const Note& n) { return n.targetType == m_type; }));
}

QString NotesPanel::selectedNoteId() const
{
    return m_model->idAt(m_view->currentIndex());
}

bool NotesPanel::addNote()
{
    if (m_edit->text().trimmed().isEmpty() || m_target.isEmpty()) {
        return false;
    }
    m_saver->cancel();
    const bool saved = saveField(true);
    m_edit->setFocus(); // the next note follows at once
    return saved;
}

bool NotesPanel::saveField(bool final)
{
    const QString text = m_edit->text().trimmed();
    session::Editor& editor = m_session.editor();
    // A copy kept for as long as the pointer into it (notesOn gives a new list each time).
    const QList<Note> notes = m_session.notesOn(m_target);
    const Note* stored = m_fieldNote.isEmpty() ? nullptr : domain::findRow(notes, m_fieldNote);
    if (text.isEmpty()) {
        // The field emptied before Enter: the draft saved meanwhile goes.
        if (stored && !final) {
            editor.removeNote(m_session.meetingId(), m_fieldNote);
        }
        m_fieldNote.clear();
        return false;
    }
    m_fieldFinal = final;
    bool saved = false;
    if (stored) {
        Note note = *stored;
        note.text = text;
        note.kind = static_cast<NoteKind>(m_kind->currentData().toInt());
        note.updatedAt = m_session.now();
        note.rowRevision.value = m_fieldBasedOn;
        saved = note == *stored || editor.typeNote(m_session.meetingId(), note);
    } else {
        Note note;
        note.id = m_fieldNote.isEmpty() ? newId() : m_fieldNote;
        note.targetType = m_type;
        note.targetId = m_target;
        note.kind = static_cast<NoteKind>(m_kind->currentData().toInt());
        note.text = text;
        for (const auto& n : m_session.notesOn(m_target)) {
            note.position = std::max(note.position, n.position + 1);
        }
        note.createdAt = m_session.now();
        note.updatedAt = note.createdAt;
        m_fieldNote = note.id;
        const bool first = countFor(m_target) == 0;
        const QString target = m_target;
        const QString step = tr("Note : %1").arg(text.left(40));
        editor.beginStep(step);
        saved = editor.saveNote(m_session.meetingId(), step, note);
        if (saved) {
            const QList<Note> now = m_session.notesOn(target);
            const Note* written = domain::findRow(now, note.id);
            m_fieldBasedOn = written ? written->rowRevision.value : 0;
        }
        if (saved && first && onFirstNote) {
            onFirstNote(target);
        }
        editor.endStep();
    }
    if (saved && final) {
        m_fieldNote.clear();
        m_edit->clear();
        m_message->clearMessage();
    }
    // Not saved: what was typed stays in the field and is saved under the same id by a
    // retry, or by Enter again (never twice).
    return saved;
}

void NotesPanel::setNoteKind(NoteKind kind)
{
    // On the selected note when the list has the focus, else for the next note.
    if (m_view->hasFocus() && m_view->currentIndex().isValid()) {
        const Note* current = m_model->find(selectedNoteId());
        if (current && current->kind != kind) {
            Note note = *current;
            note.kind = kind;
            note.updatedAt = m_session.now();
            m_session.editor().saveNote(m_session.meetingId(),
                                        tr("Nature de note : %1").arg(Labels::of(kind)), note);
        }
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NotesPanel::removeSelectedNote()
{
    const QString id = selectedNoteId();
    if (!id.isEmpty()) {
        m_session.editor().removeNote(m_session.meetingId(), id);
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
        if (watched == m_view && key->key() == Qt::Key_Delete) {
            removeSelectedNote();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut && watched == m_edit) {
        m_saver->flush();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace copil::gui
