#pragma once

#include "domain/Note.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace copil::gui {

class Editor;

/// Notes typed quickly on one target (a guiding question, a plenary item…): Enter adds
/// what is typed, Alt+1…5 sets the kind (on the selected note when the list has the
/// focus), F2 or a double click edits a note, Delete removes it. Saved and undoable.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    NotesPanel(Editor* editor, domain::NoteTarget type, const QString& placeholder,
               QWidget* parent = nullptr);

    /// The notes of the meeting (those of this panel's kind of target are kept).
    void setNotes(const QString& meetingId, const QList<domain::Note>& notes);
    void setTarget(const QString& targetId);
    QString target() const { return m_target; }
    int countFor(const QString& targetId) const;

    QTreeWidget* noteTree() const { return m_tree; }
    QLineEdit* noteEdit() const { return m_edit; }
    QComboBox* noteKind() const { return m_kind; }

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
    void show();

    Editor* m_editor = nullptr;
    domain::NoteTarget m_type;
    QString m_meetingId;
    QString m_target;
    QList<domain::Note> m_notes;
    /// The note in the field whose save failed: pressing Enter again, or the window's
    /// retry, saves it under this id (never twice); the field empties once it is stored.
    QString m_unsavedNoteId;
    bool m_loading = false;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_edit = nullptr;
    QComboBox* m_kind = nullptr;
};

} // namespace copil::gui
