#pragma once

#include "domain/Note.h"
#include "gui/common/RowModel.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class InlineMessage;
class TypingSaver;

/// Notes typed quickly on one target (a guiding question, a plenary item…): Enter adds
/// what is typed and keeps the focus for the next one, Alt+1…5 sets the kind (on the
/// selected note when the list has the focus), F2 or a double click edits a note in
/// place, Delete removes it. Saved and undoable; the list follows the stored notes row
/// by row.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn };

    NotesPanel(session::Session& session, domain::NoteTarget type, const QString& placeholder,
               QWidget* parent = nullptr);
    ~NotesPanel() override;

    void setTarget(const QString& targetId);
    QString target() const { return m_target; }
    /// How many notes of this panel's kind of target the meeting has on targetId.
    int countFor(const QString& targetId) const;

    QTreeView* noteView() const { return m_view; }
    RowModel<domain::Note>* noteModel() const { return m_model; }
    QLineEdit* noteEdit() const { return m_edit; }
    QComboBox* noteKind() const { return m_kind; }
    InlineMessage* message() const { return m_message; }

    bool addNote();
    void setNoteKind(domain::NoteKind kind);
    void removeSelectedNote();
    /// Alt+1…5 from any widget that forwards its keys here; true when handled.
    bool handleKindKey(const class QKeyEvent* key);

    /// Runs after the first note on a target is saved, in the same undo step.
    std::function<void(const QString& targetId)> onFirstNote;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(const domain::ChangeEvent& event);
    void reset();
    QString selectedNoteId() const;

    session::Session& m_session;
    domain::NoteTarget m_type;
    QString m_target;
    /// Saves what the field holds as a note of its own (a draft while typing; final: Enter,
    /// after which the field empties for the next one).
    bool saveField(bool final);

    /// The note the field's text is saved as: a draft saved while typing, or one whose
    /// save failed (Enter again, or the window's retry, saves it under this id, never
    /// twice; the field empties once a final save is stored).
    QString m_fieldNote;
    bool m_fieldFinal = false;
    /// The stored version the field's note was at after this panel first saved it: later
    /// saves are based on it, so that someone else's change meanwhile is a conflict.
    int m_fieldBasedOn = 0;
    TypingSaver* m_saver = nullptr;
    RowModel<domain::Note>* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_edit = nullptr;
    QComboBox* m_kind = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace copil::gui
