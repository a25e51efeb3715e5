#include "RestitutionView.h"

#include "domain/Labels.h"
#include "domain/Prioritisation.h"
#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace copil::gui {

using namespace domain;

RestitutionView::RestitutionView(session::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Sous-groupe :"));
    m_subgroups = new QComboBox;
    // A long subgroup title does not widen the window; the list shows it whole.
    m_subgroups->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subgroups->setMinimumContentsLength(30);
    label->setBuddy(m_subgroups);
    top->addWidget(label);
    top->addWidget(m_subgroups, 1);
    layout->addLayout(top);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("restitution"));
    QFont big = m_browser->font();
    big.setPointSize(big.pointSize() + 6);
    m_browser->setFont(big);
    layout->addWidget(m_browser, 1);
    connect(m_subgroups, &QComboBox::currentIndexChanged, this, &RestitutionView::render);
    m_redraw = new QTimer(this);
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(kRedrawMs);
    connect(m_redraw, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible()) {
            render();
        }
    });
    connect(&m_session, &session::Session::changed, this, &RestitutionView::changed);
    connect(&m_session, &session::Session::meetingOpened, this, [this] {
        showSubgroups();
        m_stale = true;
        if (isVisible()) {
            render();
        }
    });
    showSubgroups();
}

void RestitutionView::changed(const ChangeEvent& event)
{
    if (event.touches(EntityKind::Subgroup)) {
        showSubgroups();
    }
    // Everything a subgroup brings shows here; a change to the agenda or the plenary
    // does not.
    using K = EntityKind;
    for (K kind : {K::Subgroup, K::Question, K::PriorityItem, K::Criterion, K::DotVote, K::Score,
                   K::Solution, K::Note, K::Selection, K::Participant}) {
        if (event.touches(kind)) {
            m_stale = true;
        }
    }
    // Drawn again a moment later, once for a burst of changes: laying out the whole
    // synthesis takes far longer than the edit that changed it.
    if (m_stale && isVisible() && !m_redraw->isActive()) {
        m_redraw->start();
    }
}

void RestitutionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        render();
    }
}

void RestitutionView::showSubgroups()
{
    const QString current = m_subgroups->currentData().toString();
    const QSignalBlocker blocker(m_subgroups);
    m_subgroups->clear();
    for (const auto& s : m_session.data().subgroups) {
        m_subgroups->addItem(tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title), s.id);
    }
    const int index = m_subgroups->findData(current);
    m_subgroups->setCurrentIndex(index >= 0 ? index : 0);
}

bool RestitutionView::showSubgroup(int number)
{
    for (const auto& s : m_session.data().subgroups) {
        if (s.number == number) {
            m_subgroups->setCurrentIndex(m_subgroups->findData(s.id));
            return true;
        }
    }
    return false;
}

void RestitutionView::render()
{
    // The room keeps its place in the text when it is drawn again.
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html(m_session.data(), m_subgroups->currentData().toString()));
    m_browser->verticalScrollBar()->setValue(scrolled);
    m_stale = false;
}

QString RestitutionView::text() const
{
    return m_browser->toPlainText();
}

QString RestitutionView::html(const MeetingData& d, const QString& subgroupId)
{
    const Subgroup* s = nullptr;
    for (const auto& x : d.subgroups) {
        if (x.id == subgroupId) {
            s = &x;
        }
    }
    if (!s) {
        return {};
    }
    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString out = u"<h1>" + esc(tr("Sous-groupe %1 : %2").arg(s->number).arg(s->title)) + u"</h1>";

    // The causes the group works on, with their dots and weighted scores.
    const auto selection = currentSelection(d, s->id);
    const auto standings = rankItems(d, s->id);
    if (!standings.isEmpty()) {
        out += u"<h2>" + esc(tr("Causes retenues")) + u"</h2>";
        if (!selection || selection->itemIds.isEmpty()) {
            out += u"<p><i>" + esc(tr("Le groupe n’a pas encore confirmé sa sélection.")) +
                   u"</i></p>";
        } else {
            out += u"<ol>";
            for (const QString& id : selection->itemIds) {
                for (const auto& item : d.priorityItems) {
                    if (item.id != id) {
                        continue;
                    }
                    ItemStanding st;
                    for (const auto& x : standings) {
                        if (x.itemId == id) {
                            st = x;
                        }
                    }
                    out += u"<li><b>" + esc(item.text) + u"</b> — " +
                           esc(tr("%n gommette(s)", nullptr, st.dots)) +
                           (st.scoredCriteria > 0
                                ? esc(tr(", score pondéré %1")
                                          .arg(QLocale().toString(st.weightedScore, 'f', 1)))
                                : QString());
                    // Retained solutions for this cause.
                    QString solutions;
                    for (const auto& sol : d.solutions) {
                        if (sol.itemId == id && sol.retained) {
                            QStringList carriers;
                            for (CarrierKind c : sol.carriers) {
                                carriers << Labels::of(c);
                            }
                            if (!sol.otherCarrier.isEmpty()) {
                                carriers << sol.otherCarrier;
                            }
                            solutions +=
                                u"<li>" + esc(sol.text) +
                                (carriers.isEmpty()
                                     ? QString()
                                     : u" <i>(" + esc(carriers.join(u", ")) + u")</i>") +
                                (sol.nextStep.isEmpty()
                                     ? QString()
                                     : u"<br>" +
                                           esc(tr("Prochaine étape : %1").arg(sol.nextStep))) +
                                u"</li>";
                        }
                    }
                    if (!solutions.isEmpty()) {
                        out += u"<br>" + esc(tr("Solutions retenues :")) + u"<ul>" + solutions +
                               u"</ul>";
                    }
                    out += u"</li>";
                }
            }
            out += u"</ol>";
        }
    }

    // The notes on each guiding question.
    QString questions;
    int number = 0;
    for (const auto& q : d.questions) {
        if (q.subgroupId != s->id) {
            continue;
        }
        ++number;
        QString notes;
        for (const auto& n : d.notes) {
            if (n.targetType == NoteTarget::Question && n.targetId == q.id) {
                notes += u"<li><b>" + esc(Labels::of(n.kind)) + u"</b> : " + esc(n.text) + u"</li>";
            }
        }
        if (notes.isEmpty()) {
            continue;
        }
        questions += u"<h3>" + esc(tr("Question %1").arg(number)) + u"</h3><p><i>" + esc(q.text) +
                     u"</i></p><ul>" + notes + u"</ul>";
    }
    if (!questions.isEmpty()) {
        out += u"<h2>" + esc(tr("Ce que le groupe a dit")) + u"</h2>" + questions;
    } else if (number > 0) {
        out += u"<p><i>" + esc(tr("Aucune note sur les questions pour l’instant.")) + u"</i></p>";
    }
    return out;
}

} // namespace copil::gui
