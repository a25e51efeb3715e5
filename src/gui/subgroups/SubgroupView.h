#pragma once

#include "domain/Subgroup.h"
#include "gui/common/RowModel.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace copil::domain {
struct ChangeEvent;
enum class NoteKind;
} // namespace copil::domain

namespace copil::session {
class Session;
}

namespace copil::gui {

class NotesPanel;
class PrioritisationView;
class RankingChart;

/// One line of the guiding questions: a block, or a question inside it.
struct QuestionRow {
    QString id;       ///< the question's id, or "block:N"
    QString parentId; ///< "block:N" for a question, empty for a block
    int block = 0;
    QString text; ///< the question, or the block's title
    bool isBlock = false;
    domain::QuestionProgress progress = domain::QuestionProgress::NotStarted;
    int notes = 0;
    int position = 0;
    bool operator==(const QuestionRow&) const = default;
};

/// The rapporteur's panel for one subgroup: its framing, rapporteur and members, the
/// guiding questions by block with their progress, and the notes taken on the selected
/// question, typed from the keyboard (Enter adds, Alt+1…5 sets the kind); and the group's
/// prioritisation of causes. A view over the Session: it follows every change in place.
class SubgroupView : public QWidget {
    Q_OBJECT

public:
    enum QuestionColumn { QuestionTextColumn, ProgressColumn, NotesColumn };

    SubgroupView(session::Session& session, const QString& subgroupId, QWidget* parent = nullptr);
    ~SubgroupView() override;

    QString subgroupId() const { return m_subgroupId; }
    /// The subgroup as stored now (empty if it is gone).
    domain::Subgroup subgroup() const;

    QTreeView* questionView() const { return m_questions; }
    RowModel<QuestionRow>* questionModel() const { return m_questionModel; }
    PrioritisationView* prioritisation() const { return m_prioritisation; }
    /// Opens the prioritisation in its own window, large enough for the room to read.
    void openPrioritisation();
    NotesPanel* notes() const { return m_notesPanel; }
    QLineEdit* noteEdit() const;
    QComboBox* noteKind() const;

    void selectQuestion(const QString& questionId);
    QString selectedQuestionId() const;
    /// Adds what is typed as a note of the chosen kind on the selected question.
    bool addNote();
    /// Adds what is typed in the « question soulevée » field (Ctrl+Alt+Q) as a guiding
    /// question, in the selected question's block, at its end.
    bool addRaisedQuestion();
    QLineEdit* raisedQuestionEdit() const { return m_raised; }
    /// Not started → discussed → done → not started, for the selected question.
    void cycleProgress();
    void setNoteKind(domain::NoteKind kind);
    void removeSelectedNote();

signals:
    void failed(const QString& message);
    /// The rapporteur selected a question (empty: none, or a block).
    void questionSelected(const QString& questionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(const domain::ChangeEvent& event);
    bool touchesMyNotes(const domain::ChangeEvent& event) const;
    void showContext();
    void showQuestions(bool reset);
    void showSummary();
    void showNotes();
    /// Selects the previous (-1) or next (1) question, across blocks.
    void stepQuestion(int direction);
    QList<QuestionRow> questionRows() const;

    session::Session& m_session;
    QString m_subgroupId;

    QLabel* m_framing = nullptr;
    QLabel* m_members = nullptr;
    QTreeView* m_questions = nullptr;
    RowModel<QuestionRow>* m_questionModel = nullptr;
    NotesPanel* m_notesPanel = nullptr;
    PrioritisationView* m_prioritisation = nullptr;
    RankingChart* m_summaryChart = nullptr;
    QLabel* m_summaryText = nullptr;
    QTabWidget* m_parts = nullptr;
    QWidget* m_questionsBox = nullptr;
    QGroupBox* m_notesBox = nullptr;
    QLineEdit* m_raised = nullptr;
};

} // namespace copil::gui
