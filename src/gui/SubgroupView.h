#pragma once

#include "domain/MeetingData.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace copil::domain {
class Clock;
}

namespace copil::gui {

class Editor;
class PrioritisationView;

/// The rapporteur's panel for one subgroup: its framing, rapporteur and members, the
/// guiding questions by block with their progress, and the notes taken on the selected
/// question, typed from the keyboard (Enter adds, Alt+1…5 sets the kind); and the group's
/// prioritisation of causes. Edits go through the Editor (saved, undoable).
class SubgroupView : public QWidget {
    Q_OBJECT

public:
    explicit SubgroupView(Editor* editor = nullptr, const domain::Clock* clock = nullptr,
                          QWidget* parent = nullptr);

    /// Shows the subgroup from a whole meeting; keeps the selected question and what is
    /// being typed.
    void setContent(const domain::MeetingData& data, const QString& subgroupId);
    QString subgroupId() const { return m_subgroup.id; }
    QString meetingId() const { return m_meetingId; }

    QTreeWidget* questionTree() const { return m_questions; }
    PrioritisationView* prioritisation() const { return m_prioritisation; }
    /// Opens the prioritisation in its own window, large enough for the room to read.
    void openPrioritisation();
    QTreeWidget* noteTree() const;
    QLineEdit* noteEdit() const;
    QComboBox* noteKind() const;

    void selectQuestion(const QString& questionId);
    QString selectedQuestionId() const;
    /// Adds what is typed as a note of the chosen kind on the selected question.
    bool addNote();
    /// Not started → discussed → done → not started, for the selected question.
    void cycleProgress();
    void setNoteKind(domain::NoteKind kind);
    void removeSelectedNote();

signals:
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showNotes();
    const domain::GuidingQuestion* question(const QString& id) const;

    Editor* m_editor = nullptr;
    QString m_meetingId;
    domain::Subgroup m_subgroup;
    QList<domain::GuidingQuestion> m_questionList;
    bool m_loading = false;

    QLabel* m_framing = nullptr;
    QLabel* m_members = nullptr;
    QTreeWidget* m_questions = nullptr;
    class NotesPanel* m_notesPanel = nullptr;
    PrioritisationView* m_prioritisation = nullptr;
    class RankingChart* m_summaryChart = nullptr;
    QLabel* m_summaryText = nullptr;
    QTabWidget* m_parts = nullptr;
    QWidget* m_questionsBox = nullptr;
    QGroupBox* m_notesBox = nullptr;
};

} // namespace copil::gui
