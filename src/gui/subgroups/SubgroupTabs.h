#pragma once

#include <QHash>
#include <QTabWidget>

namespace copil::domain {
struct MeetingData;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class SubgroupView;

/// One tab per subgroup of the open meeting, each a SubgroupView, kept in step with the
/// subgroups as they are added, renamed and removed. The views are made when the tabs
/// first appear (or are asked for): the window opens without them.
class SubgroupTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit SubgroupTabs(QWidget* parent = nullptr);
    /// The session whose meeting is shown; to call once, before anything else.
    void attach(session::Session& session);

    /// Makes the views if they are not made yet.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }
    /// The views, in the order of the tabs (made first if need be).
    QList<SubgroupView*> views();
    /// Brings the tab of the subgroup numbered `number` to the front.
    bool showSubgroup(int number);

    /// "questions : 1 traitées, 2 abordées sur 10", by the agenda item each subgroup works
    /// in: the progress of its guiding questions, for the timeline's blocks.
    static QHash<QString, QString> progressBadges(const domain::MeetingData& data);

signals:
    void failed(const QString& message);
    /// A rapporteur selected a question in the view of a subgroup.
    void questionSelected(const QString& subgroupId, const QString& questionId);

private:
    void sync();

    session::Session* m_session = nullptr;
    bool m_built = false;
};

} // namespace copil::gui
