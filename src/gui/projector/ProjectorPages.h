#pragma once

#include "domain/MeetingData.h"
#include "domain/Timekeeping.h"
#include "gui/projector/ProjectorText.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QWidget>

class QFrame;
class QLabel;
class QStackedLayout;
class QTextBrowser;
class QVBoxLayout;

namespace copil::gui {

class RankingChart;

/// Sizes on the room's screen follow the window's height: a size given for a 720 px
/// high window (the smallest text is 28 px there) grows in proportion.
struct ProjectorScale {
    int height = 720;
    int px(double at720) const;
    /// A font of that size (in pixels, whatever the screen's resolution).
    QFont font(double at720, bool bold = false) const;
};

/// The time left on an item as the room reads it: a caption (« reste ») above the
/// duration, its numbers in very large digits and its units smaller, in the colour of
/// the phase.
class TimeDisplay : public QWidget {
    Q_OBJECT

public:
    explicit TimeDisplay(QWidget* parent = nullptr);
    void setTime(const QString& caption, const QList<TimePart>& parts, const QColor& colour);
    /// The digits' font: its digits are `digitHeight` pixels high.
    void setDigitHeight(int digitHeight, const ProjectorScale& scale);
    QFont digitFont() const { return m_digitFont; }
    QFont unitFont() const { return m_unitFont; }
    QFont captionFont() const { return m_captionFont; }
    QColor colour() const { return m_colour; }
    /// « reste 14 min 49 s ».
    QString text() const;
    /// The width the widest duration of this kind needs (« 00 min 00 s »).
    int widestWidth() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The pixel size of a font whose digits are `digitHeight` pixels high.
    static int pixelSizeForDigits(QFont font, int digitHeight);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int partsWidth(const QList<TimePart>& parts) const;

    QString m_caption;
    QList<TimePart> m_parts;
    QColor m_colour;
    QFont m_digitFont;
    QFont m_unitFont;
    QFont m_captionFont;
};

/// The day, for the room: per lane the current item with its time left in very large
/// digits and its phase in colour and in words, the next item of each lane, the expected
/// end of the day. Lanes are made again only when the agenda's lanes change.
class DayPage : public QWidget {
    Q_OBJECT

public:
    explicit DayPage(QWidget* parent = nullptr);
    void showDay(const domain::MeetingData& data, const QDateTime& now);
    void setScale(const ProjectorScale& scale);

    // What the room reads, for tests and accessibility.
    QStringList lanes() const;
    /// The lane's name, phase, item, time left and what follows, one per line.
    QString laneText(const QString& lane) const;
    domain::TimePhase lanePhase(const QString& lane) const;
    /// The lane's time left (nullptr if the lane is not shown).
    TimeDisplay* timeDisplay(const QString& lane) const;
    QString dayEndText() const;
    QString clockText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Lane {
        QString track;
        QFrame* frame = nullptr;
        QLabel* name = nullptr;
        QLabel* phase = nullptr;
        QLabel* title = nullptr;
        QLabel* next = nullptr;
        TimeDisplay* time = nullptr;
        domain::TimePhase phaseValue = domain::TimePhase::Idle;
        bool running = false;
    };
    void rebuild(const QStringList& lanes);
    void applyScale();
    void fit();
    const Lane* find(const QString& lane) const;

    ProjectorScale m_scale;
    QLabel* m_title = nullptr;
    QLabel* m_clock = nullptr;
    QVBoxLayout* m_laneBox = nullptr;
    QLabel* m_dayEnd = nullptr;
    QList<Lane> m_lanes;
    QStringList m_fitted; ///< what was written when the sizes were last chosen
};

/// A subgroup's guiding questions, one block at a time: the question being discussed
/// highlighted, the others with their progress, the next blocks' titles.
class QuestionsPage : public QWidget {
    Q_OBJECT

public:
    explicit QuestionsPage(QWidget* parent = nullptr);
    /// currentId: the question to highlight (its block is shown).
    void showQuestions(const domain::MeetingData& data, const QString& subgroupId,
                       const QString& currentId);
    void setScale(const ProjectorScale& scale);
    QString highlightedId() const { return m_highlighted; }
    QString text() const;
    QTextBrowser* browser() const { return m_list; }
    void scrollPages(int pages);

private:
    ProjectorScale m_scale;
    QLabel* m_title = nullptr;
    QLabel* m_block = nullptr;
    QTextBrowser* m_list = nullptr;
    QString m_html;
    QString m_highlighted;
};

/// A subgroup's prioritisation: the ranking as a chart (dots and weighted scores) and
/// the group's confirmed selection, live; or, until the facilitator reveals them, only
/// how far the vote has gone.
class RankingPage : public QWidget {
    Q_OBJECT

public:
    explicit RankingPage(QWidget* parent = nullptr);
    void showRanking(const domain::MeetingData& data, const QString& subgroupId, bool revealed);
    void setScale(const ProjectorScale& scale);
    RankingChart* chart() const { return m_chart; }
    bool isRevealed() const { return m_revealed; }
    QString text() const;
    void scrollPages(int pages);

private:
    ProjectorScale m_scale;
    QString m_subgroupId;
    bool m_revealed = true;
    QLabel* m_title = nullptr;
    QStackedLayout* m_stack = nullptr;
    RankingChart* m_chart = nullptr;
    QLabel* m_page = nullptr;
    QLabel* m_selection = nullptr;
    QLabel* m_hidden = nullptr;
    QLabel* m_progress = nullptr;
};

/// A subgroup's synthesis for the plenary (the restitution's content), in large type.
class RestitutionPage : public QWidget {
    Q_OBJECT

public:
    explicit RestitutionPage(QWidget* parent = nullptr);
    void showSubgroup(const domain::MeetingData& data, const QString& subgroupId);
    void setScale(const ProjectorScale& scale);
    QString text() const;
    QTextBrowser* browser() const { return m_browser; }
    void scrollPages(int pages);

private:
    ProjectorScale m_scale;
    QTextBrowser* m_browser = nullptr;
    QString m_html;
};

/// The colours of the room's screen: dark text on light backgrounds, the phase's colour
/// for the digits and the lane's band.
struct ProjectorColours {
    static QColor text();
    static QColor background(domain::TimePhase phase);
    static QColor foreground(domain::TimePhase phase);
    static QColor band(domain::TimePhase phase);
};

} // namespace copil::gui
