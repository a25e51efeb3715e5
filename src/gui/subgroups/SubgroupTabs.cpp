#include "SubgroupTabs.h"

#include "SubgroupView.h"
#include "domain/MeetingData.h"
#include "session/Session.h"

#include <QTabBar>

namespace copil::gui {

SubgroupTabs::SubgroupTabs(QWidget* parent) : QTabWidget(parent)
{
    tabBar()->setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
}

void SubgroupTabs::attach(session::Session& session)
{
    m_session = &session;
    connect(&session, &session::Session::changed, this, [this](const domain::ChangeEvent& e) {
        if (m_built && e.touches(domain::EntityKind::Subgroup)) {
            sync();
        }
    });
    connect(&session, &session::Session::meetingOpened, this, [this] {
        if (m_built) {
            sync();
        }
    });
}

void SubgroupTabs::ensureBuilt()
{
    if (!m_built && m_session) {
        m_built = true;
        sync();
    }
}

QList<SubgroupView*> SubgroupTabs::views()
{
    ensureBuilt();
    QList<SubgroupView*> out;
    for (int i = 0; i < count(); ++i) {
        out << qobject_cast<SubgroupView*>(widget(i));
    }
    return out;
}

bool SubgroupTabs::showSubgroup(int number)
{
    ensureBuilt();
    for (int i = 0; i < count(); ++i) {
        if (tabBar()->tabData(i).toInt() == number) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void SubgroupTabs::sync()
{
    // Views are kept as long as their subgroup is: the rapporteur's selection, scroll and
    // half-typed note survive every change.
    QHash<QString, SubgroupView*> existing;
    for (int i = 0; i < count(); ++i) {
        auto* view = qobject_cast<SubgroupView*>(widget(i));
        existing.insert(view->subgroupId(), view);
    }
    const auto& subgroups = m_session->data().subgroups;
    for (int position = 0; position < subgroups.size(); ++position) {
        const auto& s = subgroups[position];
        SubgroupView* view = existing.take(s.id);
        if (!view) {
            view = new SubgroupView(*m_session, s.id);
            connect(view, &SubgroupView::failed, this, &SubgroupTabs::failed);
            connect(view, &SubgroupView::questionSelected, this,
                    [this, id = s.id](const QString& question) {
                        emit questionSelected(id, question);
                    });
            insertTab(position, view, QString());
        } else if (indexOf(view) != position) {
            tabBar()->moveTab(indexOf(view), position);
        }
        // The number first: long titles are cut, the number stays readable.
        const int tab = indexOf(view);
        setTabText(tab, tr("%1 – %2").arg(s.number).arg(s.title));
        setTabToolTip(tab, tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title));
        tabBar()->setTabData(tab, s.number);
    }
    for (SubgroupView* gone : existing) {
        removeTab(indexOf(gone));
        delete gone;
    }
}

QHash<QString, QString> SubgroupTabs::progressBadges(const domain::MeetingData& data)
{
    QHash<QString, QString> badges;
    for (const auto& s : data.subgroups) {
        int total = 0;
        int done = 0;
        int discussed = 0;
        for (const auto& q : data.questions) {
            if (q.subgroupId == s.id) {
                ++total;
                done += q.progress == domain::QuestionProgress::Done ? 1 : 0;
                discussed += q.progress == domain::QuestionProgress::Discussed ? 1 : 0;
            }
        }
        if (total > 0 && !s.agendaItemId.isEmpty()) {
            badges.insert(s.agendaItemId, tr("questions : %1 traitées, %2 abordées sur %3")
                                              .arg(done)
                                              .arg(discussed)
                                              .arg(total));
        }
    }
    return badges;
}

} // namespace copil::gui
