#include "ProjectorWindow.h"

#include "gui/projector/ProjectorPages.h"
#include "session/Session.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace copil::gui {

using domain::EntityKind;

ProjectorWindow::ProjectorWindow(session::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setWindowTitle(tr("Copil – Projection"));
    setObjectName(QStringLiteral("projectorWindow"));
    // Opening it on the room's screen does not take the keyboard from the control window.
    setAttribute(Qt::WA_ShowWithoutActivating);
    // Closing the control window ends Copil, even with the room's screen still open.
    setAttribute(Qt::WA_QuitOnClose, false);
    // Dark text on white: what reads best on a projector in a lit room.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    pal.setColor(QPalette::Text, QColor(0x11, 0x11, 0x11));
    setPalette(pal);
    setAutoFillBackground(true);

    m_content = new QWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // The screen sets the window's size; what it shows fits itself in (ProjectorScale).
    outer->setSizeConstraint(QLayout::SetNoConstraint);
    outer->addWidget(m_content);
    m_pages = new QStackedLayout(m_content);
    m_day = new DayPage;
    m_questions = new QuestionsPage;
    m_ranking = new RankingPage;
    m_restitution = new RestitutionPage;
    for (QWidget* page : {static_cast<QWidget*>(m_day), static_cast<QWidget*>(m_questions),
                          static_cast<QWidget*>(m_ranking), static_cast<QWidget*>(m_restitution)}) {
        m_pages->addWidget(page);
    }

    // Over the pages: the message, then the frozen image, then the blackout.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("projectorMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_frozen = new QLabel(this);
    m_frozen->setObjectName(QStringLiteral("projectorFrozen"));
    m_frozen->setScaledContents(true);
    m_frozen->hide();
    m_black = new QWidget(this);
    m_black->setObjectName(QStringLiteral("projectorBlack"));
    QPalette black = m_black->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_black->setPalette(black);
    m_black->setAutoFillBackground(true);
    m_black->hide();

    connect(&m_session, &session::Session::changed, this, &ProjectorWindow::changed);
    connect(&m_session, &session::Session::meetingOpened, this, [this] {
        m_followed.clear();
        m_lastFollowedSubgroup.clear();
        refresh();
    });
    resize(1280, 720);
    applyScale();
    refresh();
}

ProjectorWindow::~ProjectorWindow() = default;

void ProjectorWindow::setState(const ProjectorState& state)
{
    if (state == m_state) {
        return;
    }
    if (state.frozen && !m_state.frozen) {
        // The room keeps exactly what it sees now, whatever changes meanwhile.
        m_black->hide();
        m_frozen->setPixmap(grab());
    }
    m_state = state;
    m_message->setText(m_state.message);
    m_message->setVisible(!m_state.message.isEmpty());
    m_frozen->setVisible(m_state.frozen);
    m_black->setVisible(m_state.blackout);
    if (!m_state.frozen) {
        m_frozen->clear();
    }
    placeOverlays();
    refresh();
}

void ProjectorWindow::followQuestion(const QString& subgroupId, const QString& questionId)
{
    if (subgroupId.isEmpty()) {
        return;
    }
    m_lastFollowedSubgroup = subgroupId;
    if (questionId.isEmpty() || m_followed.value(subgroupId) == questionId) {
        return;
    }
    m_followed.insert(subgroupId, questionId);
    if (m_state.mode == ProjectorMode::Questions) {
        refresh();
    }
}

QString ProjectorWindow::shownSubgroupId() const
{
    const domain::MeetingData& data = m_session.data();
    if (domain::findRow(data.subgroups, m_state.subgroupId)) {
        return m_state.subgroupId;
    }
    const auto has = [&data](const auto& list, const QString& subgroupId) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&subgroupId](const auto& x) { return x.subgroupId == subgroupId; });
    };
    // Chosen automatically: the subgroup whose rapporteur works last, if it has what the
    // mode shows; else the first that has it.
    QList<QString> candidates;
    if (domain::findRow(data.subgroups, m_lastFollowedSubgroup)) {
        candidates << m_lastFollowedSubgroup;
    }
    for (const auto& s : data.subgroups) {
        candidates << s.id;
    }
    for (const QString& id : candidates) {
        if ((m_state.mode == ProjectorMode::Questions && has(data.questions, id)) ||
            (m_state.mode == ProjectorMode::Ranking && has(data.priorityItems, id)) ||
            m_state.mode == ProjectorMode::Restitution || m_state.mode == ProjectorMode::Day) {
            return id;
        }
    }
    return candidates.value(0);
}

QString ProjectorWindow::currentQuestionId(const QString& subgroupId) const
{
    const domain::MeetingData& data = m_session.data();
    const QString followed = m_followed.value(subgroupId);
    const domain::GuidingQuestion* first = nullptr;
    const domain::GuidingQuestion* discussed = nullptr;
    const domain::GuidingQuestion* notStarted = nullptr;
    for (const auto& q : data.questions) {
        if (q.subgroupId != subgroupId) {
            continue;
        }
        if (q.id == followed) {
            return q.id;
        }
        first = first ? first : &q;
        if (!discussed && q.progress == domain::QuestionProgress::Discussed) {
            discussed = &q;
        }
        if (!notStarted && q.progress == domain::QuestionProgress::NotStarted) {
            notStarted = &q;
        }
    }
    // Nobody has chosen one yet: the question under discussion, else the next to take.
    const auto* q = discussed ? discussed : notStarted ? notStarted : first;
    return q ? q->id : QString();
}

void ProjectorWindow::tick()
{
    if (m_state.mode == ProjectorMode::Day) {
        m_day->showDay(m_session.data(), m_session.now());
        emit updated();
    }
}

void ProjectorWindow::changed(const domain::ChangeEvent& event)
{
    using K = EntityKind;
    QList<K> kinds;
    switch (m_state.mode) {
    case ProjectorMode::Day:
        kinds = {K::AgendaItem, K::Meeting};
        break;
    case ProjectorMode::Questions:
        kinds = {K::Question, K::Subgroup};
        break;
    case ProjectorMode::Ranking:
        kinds = {K::PriorityItem, K::DotVote,  K::Score,      K::Criterion,
                 K::Selection,    K::Subgroup, K::Participant};
        break;
    case ProjectorMode::Restitution:
        kinds = {K::Subgroup, K::Question, K::PriorityItem, K::Criterion, K::DotVote,
                 K::Score,    K::Solution, K::Note,         K::Selection, K::Participant};
        break;
    }
    for (K kind : kinds) {
        if (event.touches(kind)) {
            refresh();
            return;
        }
    }
}

void ProjectorWindow::refresh()
{
    const domain::MeetingData& data = m_session.data();
    const QString subgroup = shownSubgroupId();
    switch (m_state.mode) {
    case ProjectorMode::Day:
        m_day->showDay(data, m_session.now());
        break;
    case ProjectorMode::Questions:
        m_questions->showQuestions(data, subgroup, currentQuestionId(subgroup));
        break;
    case ProjectorMode::Ranking:
        m_ranking->showRanking(data, subgroup, m_state.resultsRevealed);
        break;
    case ProjectorMode::Restitution:
        m_restitution->showSubgroup(data, subgroup);
        break;
    }
    m_pages->setCurrentWidget(currentPage());
    emit updated();
}

QWidget* ProjectorWindow::currentPage() const
{
    switch (m_state.mode) {
    case ProjectorMode::Day:
        return m_day;
    case ProjectorMode::Questions:
        return m_questions;
    case ProjectorMode::Ranking:
        return m_ranking;
    case ProjectorMode::Restitution:
        return m_restitution;
    }
    return m_day;
}

void ProjectorWindow::scrollPages(int pages)
{
    switch (m_state.mode) {
    case ProjectorMode::Day:
        return;
    case ProjectorMode::Questions:
        m_questions->scrollPages(pages);
        break;
    case ProjectorMode::Ranking:
        m_ranking->scrollPages(pages);
        break;
    case ProjectorMode::Restitution:
        m_restitution->scrollPages(pages);
        break;
    }
    emit updated();
}

bool ProjectorWindow::isMessageShown() const
{
    return !m_message->isHidden();
}

bool ProjectorWindow::isBlackedOut() const
{
    return !m_black->isHidden();
}

bool ProjectorWindow::isFrozen() const
{
    return !m_frozen->isHidden();
}

QImage ProjectorWindow::image()
{
    return grab().toImage();
}

void ProjectorWindow::applyScale()
{
    if (height() == m_scaledHeight) {
        return;
    }
    m_scaledHeight = height();
    const ProjectorScale scale{std::max(1, height())};
    m_day->setScale(scale);
    m_questions->setScale(scale);
    m_ranking->setScale(scale);
    m_restitution->setScale(scale);
    m_message->setFont(scale.font(52, true));
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #111111; color: #ffffff;"
                                            " border-radius: %1px; padding: %2px; }")
                                 .arg(scale.px(10))
                                 .arg(scale.px(18)));
}

void ProjectorWindow::placeOverlays()
{
    const QRect all = rect();
    m_black->setGeometry(all);
    m_frozen->setGeometry(all);
    // The message across the top of the screen, as high as its text: the room reads it
    // first, and the time left below stays in sight.
    const int margin = std::max(8, height() / 30);
    const int width = all.width() - 2 * margin;
    const int height = std::min(all.height() * 6 / 10, std::max(m_message->heightForWidth(width),
                                                                m_message->sizeHint().height()));
    m_message->setGeometry(margin, margin, width, height);
    m_message->raise();
    m_frozen->raise();
    m_black->raise();
}

void ProjectorWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
    placeOverlays();
    refresh();
}

void ProjectorWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ProjectorWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        emit leaveFullScreenRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    emit closed();
}

} // namespace copil::gui
