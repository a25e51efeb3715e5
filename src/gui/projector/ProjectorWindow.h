#pragma once

#include "gui/projector/ProjectorState.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class DayPage;
class QuestionsPage;
class RankingPage;
class RestitutionPage;

/// The room's screen: one more view over the Session, driven from the control window.
/// It shows the day, a subgroup's guiding questions, its prioritisation or its
/// restitution (ProjectorState), with a message over it, a blackout or a frozen image.
/// Everything it shows is read from the Session and follows each change in place; the
/// sizes of its text follow the window's height (see ProjectorScale).
class ProjectorWindow : public QWidget {
    Q_OBJECT

public:
    explicit ProjectorWindow(session::Session& session, QWidget* parent = nullptr);
    ~ProjectorWindow() override;

    const ProjectorState& state() const { return m_state; }
    void setState(const ProjectorState& state);
    /// The question a subgroup's rapporteur has selected: highlighted when shown.
    void followQuestion(const QString& subgroupId, const QString& questionId);
    /// Reads the clock again (the control window's one-second tick).
    void tick();
    /// Scrolls what is shown (questions, chart, restitution) by pages (negative: up).
    void scrollPages(int pages);

    /// The subgroup shown by the modes that show one (the chosen one, or the one chosen
    /// automatically), empty if the meeting has none.
    QString shownSubgroupId() const;
    /// The question highlighted for that subgroup.
    QString currentQuestionId(const QString& subgroupId) const;

    DayPage* dayPage() const { return m_day; }
    QuestionsPage* questionsPage() const { return m_questions; }
    RankingPage* rankingPage() const { return m_ranking; }
    RestitutionPage* restitutionPage() const { return m_restitution; }
    QWidget* currentPage() const;
    QLabel* messageLabel() const { return m_message; }
    bool isMessageShown() const;
    bool isBlackedOut() const;
    bool isFrozen() const;
    /// What the room sees now, as an image of the window's size.
    QImage image();

signals:
    /// What the room sees may have changed (the thumbnail draws it again).
    void updated();
    /// The person asked for full screen to end (Esc on this window).
    void leaveFullScreenRequested();
    /// The window was closed from its own title bar.
    void closed();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void changed(const domain::ChangeEvent& event);
    void refresh();
    void placeOverlays();
    void applyScale();

    session::Session& m_session;
    ProjectorState m_state;
    QHash<QString, QString> m_followed; ///< by subgroup: the question its rapporteur chose
    QString m_lastFollowedSubgroup;
    int m_scaledHeight = 0;

    QWidget* m_content = nullptr;
    QStackedLayout* m_pages = nullptr;
    DayPage* m_day = nullptr;
    QuestionsPage* m_questions = nullptr;
    RankingPage* m_ranking = nullptr;
    RestitutionPage* m_restitution = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_frozen = nullptr;
    QWidget* m_black = nullptr;
};

} // namespace copil::gui
