#include "ProjectorPages.h"

#include "domain/Labels.h"
#include "domain/Prioritisation.h"
#include "domain/Schedule.h"
#include "gui/plenary/RestitutionView.h"
#include "gui/subgroups/PrioritisationView.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace copil::gui {

using domain::AgendaItem;
using domain::RunState;
using domain::Timekeeping;
using domain::TimePhase;

namespace {

QLabel* projectorLabel(QWidget* parent, bool wrap = true)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(wrap);
    return l;
}

QString hhmm(const QDateTime& t)
{
    return QLocale().toString(t.time(), QStringLiteral("HH:mm"));
}

QString hhmm(QTime t)
{
    return QLocale().toString(t, QStringLiteral("HH:mm"));
}

// The same browser settings for every page that shows rich text to the room.
QTextBrowser* projectorBrowser(QWidget* parent)
{
    auto* b = new QTextBrowser(parent);
    b->setFrameShape(QFrame::NoFrame);
    b->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    b->setFocusPolicy(Qt::NoFocus);
    b->setOpenLinks(false);
    return b;
}

void scrollBrowser(QTextBrowser* browser, int pages)
{
    QScrollBar* bar = browser->verticalScrollBar();
    bar->setValue(bar->value() + pages * bar->pageStep() * 9 / 10);
}

} // namespace

// --- scale and colours ------------------------------------------------------------

int ProjectorScale::px(double at720) const
{
    return std::max(1, int(std::ceil(at720 * height / 720.0)));
}

QFont ProjectorScale::font(double at720, bool bold) const
{
    QFont f = QApplication::font();
    f.setPixelSize(px(at720));
    f.setBold(bold);
    return f;
}

QColor ProjectorColours::text()
{
    return {0x11, 0x11, 0x11};
}

QColor ProjectorColours::background(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return {0xe3, 0xf2, 0xe5};
    case TimePhase::Closing:
        return {0xff, 0xe9, 0xc2};
    case TimePhase::Overrun:
        return {0xf9, 0xd2, 0xd2};
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return {0xf0, 0xf0, 0xf0};
}

QColor ProjectorColours::foreground(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return {0x14, 0x52, 0x14};
    case TimePhase::Closing:
        return {0x7a, 0x40, 0x00};
    case TimePhase::Overrun:
        return {0x9b, 0x00, 0x00};
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return {0x33, 0x33, 0x33};
}

QColor ProjectorColours::band(TimePhase phase)
{
    switch (phase) {
    case TimePhase::Normal:
        return {0x2e, 0x7d, 0x32};
    case TimePhase::Closing:
        return {0xef, 0x8f, 0x00};
    case TimePhase::Overrun:
        return {0xc6, 0x28, 0x28};
    case TimePhase::Idle:
    case TimePhase::Done:
        break;
    }
    return {0x9e, 0x9e, 0x9e};
}

// --- time display ---------------------------------------------------------------------

TimeDisplay::TimeDisplay(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setDigitHeight(72, ProjectorScale{});
}

int TimeDisplay::pixelSizeForDigits(QFont font, int digitHeight)
{
    static const QString digits = QStringLiteral("0123456789");
    font.setPixelSize(200);
    const double ratio = QFontMetricsF(font).tightBoundingRect(digits).height() / 200.0;
    int size = std::max(1, int(std::ceil(digitHeight / std::max(0.3, ratio))));
    for (int guard = 0; guard < 20; ++guard) {
        font.setPixelSize(size);
        if (QFontMetricsF(font).tightBoundingRect(digits).height() >= digitHeight) {
            break;
        }
        ++size;
    }
    return size;
}

void TimeDisplay::setDigitHeight(int digitHeight, const ProjectorScale& scale)
{
    QFont digits = QApplication::font();
    digits.setBold(true);
    digits.setPixelSize(pixelSizeForDigits(digits, digitHeight));
    m_digitFont = digits;
    m_unitFont = scale.font(28, true);
    m_unitFont.setPixelSize(std::max(m_unitFont.pixelSize(), digits.pixelSize() * 2 / 5));
    m_captionFont = scale.font(30);
    updateGeometry();
    update();
}

void TimeDisplay::setTime(const QString& caption, const QList<TimePart>& parts,
                          const QColor& colour)
{
    if (caption == m_caption && parts == m_parts && colour == m_colour) {
        return;
    }
    m_caption = caption;
    m_parts = parts;
    m_colour = colour;
    setAccessibleName(text());
    update();
}

QString TimeDisplay::text() const
{
    return m_caption + u' ' + ProjectorText::join(m_parts);
}

int TimeDisplay::partsWidth(const QList<TimePart>& parts) const
{
    const QFontMetrics digits(m_digitFont);
    const QFontMetrics units(m_unitFont);
    int width = 0;
    for (const TimePart& p : parts) {
        width += (p.number ? digits : units).horizontalAdvance(p.text);
    }
    return width;
}

int TimeDisplay::widestWidth() const
{
    // The widest of its kind: two-digit minutes and seconds (digits all have one width).
    const int duration = partsWidth(ProjectorText::duration(59 * 60 + 59));
    return std::max(duration, QFontMetrics(m_captionFont).horizontalAdvance(m_caption));
}

QSize TimeDisplay::sizeHint() const
{
    const QFontMetrics caption(m_captionFont);
    const QFontMetrics digits(m_digitFont);
    return {std::max(widestWidth(), partsWidth(m_parts)) + 8,
            caption.height() + digits.ascent() + digits.descent() / 2};
}

QSize TimeDisplay::minimumSizeHint() const
{
    return sizeHint();
}

void TimeDisplay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFontMetrics caption(m_captionFont);
    const QFontMetrics digits(m_digitFont);
    const int total = caption.height() + digits.ascent() + digits.descent() / 2;
    const int top = std::max(0, (height() - total) / 2);
    p.setFont(m_captionFont);
    p.setPen(ProjectorColours::text());
    p.drawText(QRect(0, top, width() - 4, caption.height()), Qt::AlignRight | Qt::AlignVCenter,
               m_caption);
    // The numbers and their units on one baseline, flush right.
    const int baseline = top + caption.height() + digits.ascent();
    int x = width() - 4 - partsWidth(m_parts);
    p.setPen(m_colour);
    for (const TimePart& part : m_parts) {
        const QFont& f = part.number ? m_digitFont : m_unitFont;
        p.setFont(f);
        p.drawText(QPoint(x, baseline), part.text);
        x += QFontMetrics(f).horizontalAdvance(part.text);
    }
}

// --- the day -------------------------------------------------------------------------

DayPage::DayPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = projectorLabel(this);
    m_clock = projectorLabel(this, false);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_clock->setAccessibleName(tr("Heure"));
    header->addWidget(m_title, 1);
    header->addWidget(m_clock);
    layout->addLayout(header);
    m_laneBox = new QVBoxLayout;
    layout->addLayout(m_laneBox, 1);
    m_dayEnd = projectorLabel(this);
    m_dayEnd->setObjectName(QStringLiteral("projectorDayEnd"));
    layout->addWidget(m_dayEnd);
    applyScale();
}

void DayPage::setScale(const ProjectorScale& scale)
{
    m_scale = scale;
    applyScale();
}

void DayPage::applyScale()
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    const int margin = m_scale.px(20);
    layout->setContentsMargins(margin, m_scale.px(12), margin, m_scale.px(12));
    layout->setSpacing(m_scale.px(10));
    m_laneBox->setSpacing(m_scale.px(10));
    m_title->setFont(m_scale.font(32, true));
    m_clock->setFont(m_scale.font(32, true));
    m_dayEnd->setFont(m_scale.font(30));
    for (Lane& lane : m_lanes) {
        lane.frame->layout()->setContentsMargins(m_scale.px(24), m_scale.px(8), m_scale.px(16),
                                                 m_scale.px(8));
        lane.name->setFont(m_scale.font(30, true));
        lane.phase->setFont(m_scale.font(30, true));
        lane.title->setFont(m_scale.font(38, true));
        lane.next->setFont(m_scale.font(30));
        lane.frame->setStyleSheet({}); // the band's width follows the scale
        lane.phaseValue = TimePhase::Done;
    }
    m_fitted.clear();
}

void DayPage::rebuild(const QStringList& lanes)
{
    for (Lane& lane : m_lanes) {
        delete lane.frame;
    }
    m_lanes.clear();
    for (const QString& track : lanes) {
        Lane lane;
        lane.track = track;
        lane.frame = new QFrame(this);
        lane.frame->setObjectName(QStringLiteral("projectorLane"));
        auto* grid = new QGridLayout(lane.frame);
        grid->setHorizontalSpacing(m_scale.px(16));
        grid->setVerticalSpacing(0);
        auto* top = new QHBoxLayout;
        lane.name = projectorLabel(lane.frame, false);
        lane.phase = projectorLabel(lane.frame, false);
        top->setSpacing(m_scale.px(10));
        top->addWidget(lane.name);
        top->addWidget(lane.phase, 1);
        lane.title = projectorLabel(lane.frame);
        lane.next = projectorLabel(lane.frame);
        lane.time = new TimeDisplay(lane.frame);
        grid->addLayout(top, 0, 0);
        grid->addWidget(lane.title, 1, 0);
        grid->addWidget(lane.next, 2, 0);
        grid->addWidget(lane.time, 0, 1, 3, 1, Qt::AlignRight | Qt::AlignVCenter);
        grid->setColumnStretch(0, 1);
        grid->setRowStretch(1, 1);
        m_laneBox->addWidget(lane.frame);
        m_lanes << lane;
    }
    applyScale();
}

void DayPage::showDay(const domain::MeetingData& data, const QDateTime& now)
{
    const QList<AgendaItem>& agenda = data.agenda;
    const QStringList tracks = domain::Schedule::tracks(agenda);
    QStringList shown;
    for (const Lane& lane : m_lanes) {
        shown << lane.track;
    }
    if (shown != tracks) {
        rebuild(tracks);
    }
    m_title->setText(data.meeting.title);
    m_clock->setText(hhmm(now));
    const domain::Forecast forecast = domain::Schedule::forecast(agenda, data.meeting.date, now);
    const auto stateOf = [&agenda](const QString& id) {
        const AgendaItem* x = domain::findRow(agenda, id);
        return x ? Timekeeping::state(*x) : RunState::NotStarted;
    };
    // « à 13:00 », or « vers 13:10 (prévu 13:00) » when the day has slipped.
    const auto when = [&forecast, &data](const AgendaItem& item) {
        const auto slot = forecast.byItem.constFind(item.id);
        if (slot == forecast.byItem.constEnd() || !slot->start.isValid()) {
            return tr("à %1").arg(hhmm(item.plannedStart));
        }
        return forecast.startDelay(item, data.meeting.date) >= 60
                   ? tr("vers %1 (prévu %2)").arg(hhmm(slot->start), hhmm(item.plannedStart))
                   : tr("à %1").arg(hhmm(slot->start));
    };

    const QString mainTrack = domain::Schedule::mainTrack(agenda);
    int running = 0;
    for (Lane& lane : m_lanes) {
        const QString activeId = Timekeeping::activeIn(agenda, lane.track);
        const AgendaItem* active = domain::findRow(agenda, activeId);
        // What follows in the lane: an item not started whose parent, if any, is under
        // way (the next part of the plenary), the earliest first.
        const AgendaItem* next = nullptr;
        QDateTime nextStart;
        for (const AgendaItem& item : agenda) {
            if (item.track != lane.track || item.id == activeId ||
                Timekeeping::state(item) != RunState::NotStarted) {
                continue;
            }
            if (!item.parentId.isEmpty()) {
                const RunState parent = stateOf(item.parentId);
                if (parent != RunState::Running && parent != RunState::Paused) {
                    continue;
                }
            }
            const auto slot = forecast.byItem.constFind(item.id);
            const QDateTime start = slot != forecast.byItem.constEnd()
                                        ? slot->start
                                        : QDateTime(data.meeting.date, item.plannedStart);
            if (!next || start < nextStart) {
                next = &item;
                nextStart = start;
            }
        }
        if (!next && active && lane.track != mainTrack) {
            // Nothing more in this room: what the whole group does next (lunch, plenary).
            const auto ends = forecast.byItem.constFind(active->id);
            for (const AgendaItem& item : agenda) {
                const auto slot = forecast.byItem.constFind(item.id);
                if (item.track != mainTrack || !item.parentId.isEmpty() ||
                    Timekeeping::state(item) != RunState::NotStarted ||
                    slot == forecast.byItem.constEnd() ||
                    (ends != forecast.byItem.constEnd() && slot->start < ends->end)) {
                    continue;
                }
                if (!next || slot->start < nextStart) {
                    next = &item;
                    nextStart = slot->start;
                }
            }
        }
        const QString laneName = lane.track.isEmpty() ? tr("Sans piste") : lane.track;
        lane.name->setText(laneName);
        TimePhase phase = TimePhase::Idle;
        if (active) {
            const domain::LiveStatus live = Timekeeping::status(*active, now);
            phase = live.phase;
            lane.running = true;
            ++running;
            lane.phase->setText(u"· " + ProjectorText::phase(live));
            lane.title->setText(active->title);
            lane.next->setText(next ? tr("Ensuite : %1, %2").arg(next->title, when(*next))
                                    : tr("Ensuite : rien d’autre au programme"));
            lane.time->setTime(ProjectorText::caption(live),
                               ProjectorText::duration(live.remaining),
                               ProjectorColours::foreground(phase));
            lane.time->show();
        } else {
            lane.running = false;
            lane.phase->setText(next ? tr("· à suivre") : QString());
            lane.title->setText(next ? next->title : tr("Rien d’autre au programme"));
            lane.next->setText(next ? when(*next) : QString());
            lane.next->setVisible(next != nullptr);
            lane.time->hide();
        }
        if (active) {
            lane.next->show();
        }
        if (phase != lane.phaseValue) {
            lane.phaseValue = phase;
            lane.frame->setStyleSheet(
                QStringLiteral(
                    "QFrame#projectorLane { background: %1; border-left: %2px solid %3; }"
                    " QLabel { color: %4; }")
                    .arg(ProjectorColours::background(phase).name())
                    .arg(m_scale.px(14))
                    .arg(ProjectorColours::band(phase).name(), ProjectorColours::text().name()));
            lane.phase->setStyleSheet(
                QStringLiteral("color: %1;").arg(ProjectorColours::foreground(phase).name()));
        }
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        m_laneBox->setStretch(i, m_lanes[i].running ? 3 : 1);
    }
    if (forecast.dayEnd.isValid()) {
        const qint64 late = forecast.plannedDayEnd.secsTo(forecast.dayEnd);
        m_dayEnd->setText(
            late >= 60 ? tr("Fin de la journée prévue vers %1, %2 après le programme (%3)")
                             .arg(hhmm(forecast.dayEnd), ProjectorText::minutes(late),
                                  hhmm(forecast.plannedDayEnd))
                       : tr("Fin de la journée prévue à %1, à l’heure").arg(hhmm(forecast.dayEnd)));
    } else {
        m_dayEnd->setText(tr("Pas d’ordre du jour pour cette réunion."));
    }
    // Sizes are chosen again only when what is written changes, not every second.
    QStringList written{QString::number(width()), QString::number(height()), m_title->text(),
                        m_dayEnd->text()};
    for (const Lane& lane : m_lanes) {
        written << lane.phase->text() << lane.title->text() << lane.next->text()
                << QString::number(lane.running);
    }
    if (written != m_fitted) {
        m_fitted = written;
        fit();
    }
}

void DayPage::fit()
{
    if (m_lanes.isEmpty()) {
        return;
    }
    // The digits as large as the lanes allow, never less than a tenth of the window;
    // titles as large as they can be while wrapped whole within their lane.
    const int pageWidth = width() > 0 ? width() : m_scale.height * 16 / 9;
    const int pageHeight = height() > 0 ? height() : m_scale.height;
    const QMargins margins = layout()->contentsMargins();
    const int inner = pageWidth - margins.left() - margins.right();
    const int spacing = layout()->spacing();
    const int header = std::max(
        m_title->heightForWidth(std::max(1, inner - m_clock->sizeHint().width() - spacing)),
        m_clock->sizeHint().height());
    const int available = pageHeight - margins.top() - margins.bottom() - header -
                          m_dayEnd->heightForWidth(inner) - 2 * spacing -
                          m_laneBox->spacing() * int(m_lanes.size() - 1);
    int running = 0;
    for (const Lane& lane : m_lanes) {
        running += lane.running ? 1 : 0;
    }
    const double share = running <= 1 ? 0.17 : running == 2 ? 0.15 : running == 3 ? 0.12 : 0.105;
    const int least = int(std::ceil(m_scale.height * 0.1)) + 1;
    QList<int> digitChoices;
    for (int d = std::max(least, int(m_scale.height * share));; d = std::max(least, d * 9 / 10)) {
        digitChoices << d;
        if (d == least) {
            break;
        }
    }
    const QList<double> titleChoices{38, 34, 31, 28};
    for (int digits : digitChoices) {
        for (Lane& lane : m_lanes) {
            lane.time->setDigitHeight(digits, m_scale);
        }
        // The time left takes at most half the width.
        if (digits > least && m_lanes.first().time->widestWidth() > inner / 2) {
            continue;
        }
        for (double title : titleChoices) {
            int total = 0;
            for (Lane& lane : m_lanes) {
                lane.title->setFont(m_scale.font(title, true));
                total += std::max(lane.frame->heightForWidth(inner),
                                  lane.frame->minimumSizeHint().height());
            }
            if (total <= available) {
                return;
            }
        }
    }
}

void DayPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_fitted.clear();
    fit();
}

const DayPage::Lane* DayPage::find(const QString& lane) const
{
    for (const Lane& l : m_lanes) {
        if (l.track == lane) {
            return &l;
        }
    }
    return nullptr;
}

QStringList DayPage::lanes() const
{
    QStringList out;
    for (const Lane& l : m_lanes) {
        out << l.track;
    }
    return out;
}

QString DayPage::laneText(const QString& lane) const
{
    const Lane* l = find(lane);
    if (!l) {
        return {};
    }
    QStringList lines{l->name->text() + u' ' + l->phase->text(), l->title->text()};
    if (l->time->isVisibleTo(this)) {
        lines << l->time->text();
    }
    lines << l->next->text();
    return lines.join(u'\n');
}

TimePhase DayPage::lanePhase(const QString& lane) const
{
    const Lane* l = find(lane);
    return l ? l->phaseValue : TimePhase::Idle;
}

TimeDisplay* DayPage::timeDisplay(const QString& lane) const
{
    const Lane* l = find(lane);
    return l ? l->time : nullptr;
}

QString DayPage::dayEndText() const
{
    return m_dayEnd->text();
}

QString DayPage::clockText() const
{
    return m_clock->text();
}

// --- guiding questions -------------------------------------------------------------

QuestionsPage::QuestionsPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = projectorLabel(this);
    m_block = projectorLabel(this);
    m_list = projectorBrowser(this);
    m_list->setObjectName(QStringLiteral("projectorQuestions"));
    layout->addWidget(m_title);
    layout->addWidget(m_block);
    layout->addWidget(m_list, 1);
    setScale(m_scale);
}

void QuestionsPage::setScale(const ProjectorScale& scale)
{
    m_scale = scale;
    const int margin = m_scale.px(20);
    layout()->setContentsMargins(margin, m_scale.px(12), margin, m_scale.px(12));
    layout()->setSpacing(m_scale.px(8));
    m_title->setFont(m_scale.font(38, true));
    m_block->setFont(m_scale.font(32, true));
    m_list->setFont(m_scale.font(32));
    m_html.clear(); // cell paddings follow the scale
}

void QuestionsPage::showQuestions(const domain::MeetingData& data, const QString& subgroupId,
                                  const QString& currentId)
{
    const domain::Subgroup* s = domain::findRow(data.subgroups, subgroupId);
    QList<const domain::GuidingQuestion*> questions;
    for (const auto& q : data.questions) {
        if (s && q.subgroupId == s->id) {
            questions << &q;
        }
    }
    const domain::GuidingQuestion* current = nullptr;
    for (const auto* q : questions) {
        if (q->id == currentId) {
            current = q;
        }
    }
    m_highlighted = current ? current->id : QString();
    if (!s) {
        m_title->setText(tr("Aucun sous-groupe dans cette réunion"));
    } else {
        m_title->setText(tr("Sous-groupe %1 : %2").arg(s->number).arg(s->title));
    }
    QList<int> blocks;
    for (const auto* q : questions) {
        if (!blocks.contains(q->block)) {
            blocks << q->block;
        }
    }
    const int block = current ? current->block : blocks.value(0, 0);
    const auto blockTitle = [s](int number) {
        const QString title = s && number - 1 < s->questionBlocks.size() && number >= 1
                                  ? s->questionBlocks[number - 1]
                                  : QString();
        return title.isEmpty() ? tr("Bloc %1").arg(number)
                               : tr("Bloc %1 – %2").arg(number).arg(title);
    };
    if (questions.isEmpty()) {
        m_block->setText(s ? tr("Ce sous-groupe n’a pas de questions de cadrage.") : QString());
    } else {
        m_block->setText(blocks.size() > 1
                             ? tr("Questions de cadrage · %1 (%2 sur %3)")
                                   .arg(blockTitle(block))
                                   .arg(blocks.indexOf(block) + 1)
                                   .arg(blocks.size())
                             : tr("Questions de cadrage · %1").arg(blockTitle(block)));
    }

    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"%1\" cellpadding=\"%2\">")
                       .arg(m_scale.px(4))
                       .arg(m_scale.px(10));
    int number = 0;
    for (const auto* q : questions) {
        ++number;
        if (q->block != block) {
            continue;
        }
        const bool isCurrent = q == current;
        const bool done = q->progress == domain::QuestionProgress::Done;
        const QString marker = isCurrent ? QStringLiteral("▶ ")
                               : done    ? QStringLiteral("✓ ")
                                         : QString();
        const QString progress = q->progress == domain::QuestionProgress::NotStarted
                                     ? QString()
                                     : u" <span style=\"color:#3d3d3d\">(" +
                                           esc(domain::Labels::of(q->progress).toLower()) +
                                           u")</span>";
        html += QStringLiteral("<tr><td bgcolor=\"%1\" style=\"color:%2\"><a name=\"q%3\"></a>")
                    .arg(isCurrent ? QStringLiteral("#ffe27a") : QStringLiteral("#ffffff"),
                         done && !isCurrent ? QStringLiteral("#3d3d3d") : QStringLiteral("#111111"))
                    .arg(number) +
                (isCurrent ? u"<b>" : u"") + esc(marker) + QString::number(number) + u". " +
                esc(q->text) + (isCurrent ? u"</b>" : u"") + progress + u"</td></tr>";
    }
    html += u"</table>";
    QStringList later;
    for (int b : blocks) {
        if (b > block) {
            later << blockTitle(b);
        }
    }
    if (!later.isEmpty()) {
        html += u"<p style=\"color:#333333\">" + esc(tr("Ensuite : %1").arg(later.join(u" ; "))) +
                u"</p>";
    }
    if (html != m_html) {
        const int scrolled = m_list->verticalScrollBar()->value();
        m_html = html;
        m_list->setHtml(html);
        m_list->verticalScrollBar()->setValue(scrolled);
    }
    if (current) {
        // The question under discussion stays in sight.
        int index = 0;
        for (const auto* q : questions) {
            ++index;
            if (q == current) {
                m_list->scrollToAnchor(QStringLiteral("q%1").arg(index));
            }
        }
    }
}

QString QuestionsPage::text() const
{
    return m_title->text() + u'\n' + m_block->text() + u'\n' + m_list->toPlainText();
}

void QuestionsPage::scrollPages(int pages)
{
    scrollBrowser(m_list, pages);
}

// --- prioritisation ------------------------------------------------------------------

RankingPage::RankingPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = projectorLabel(this);
    layout->addWidget(m_title);
    m_stack = new QStackedLayout;
    layout->addLayout(m_stack, 1);

    auto* shown = new QWidget(this);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new RankingChart;
    m_chart->setObjectName(QStringLiteral("projectorChart"));
    m_chart->setWrapping(true);
    QPalette pal = m_chart->palette();
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, ProjectorColours::text());
    pal.setColor(QPalette::PlaceholderText, QColor(0x33, 0x33, 0x33));
    m_chart->setPalette(pal);
    // Long causes are wrapped, never cut: those that do not fit are on the next page
    // (Alt+Page suivante), and the room is told where it is.
    m_page = projectorLabel(shown, false);
    m_page->setAlignment(Qt::AlignRight);
    m_page->setObjectName(QStringLiteral("projectorChartPage"));
    connect(m_chart, &RankingChart::pageChanged, this, [this](int first, int count, int total) {
        m_page->setText(count < total ? tr("causes %1 à %2 sur %3, la suite ensuite")
                                            .arg(first + 1)
                                            .arg(first + count)
                                            .arg(total)
                                      : QString());
        m_page->setVisible(count < total);
    });
    m_page->hide();
    m_selection = projectorLabel(shown);
    shownLayout->addWidget(m_chart, 1);
    shownLayout->addWidget(m_page);
    shownLayout->addWidget(m_selection);
    m_stack->addWidget(shown);

    auto* hidden = new QWidget(this);
    auto* hiddenLayout = new QVBoxLayout(hidden);
    m_hidden = projectorLabel(hidden);
    m_hidden->setAlignment(Qt::AlignCenter);
    m_progress = projectorLabel(hidden);
    m_progress->setAlignment(Qt::AlignCenter);
    hiddenLayout->addStretch(1);
    hiddenLayout->addWidget(m_hidden);
    hiddenLayout->addWidget(m_progress);
    hiddenLayout->addStretch(2);
    m_stack->addWidget(hidden);
    setScale(m_scale);
}

void RankingPage::setScale(const ProjectorScale& scale)
{
    m_scale = scale;
    const int margin = m_scale.px(20);
    layout()->setContentsMargins(margin, m_scale.px(12), margin, m_scale.px(12));
    m_title->setFont(m_scale.font(38, true));
    m_chart->setFont(m_scale.font(28));
    m_selection->setFont(m_scale.font(30));
    m_page->setFont(m_scale.font(28));
    m_hidden->setFont(m_scale.font(48, true));
    m_progress->setFont(m_scale.font(34));
}

void RankingPage::showRanking(const domain::MeetingData& data, const QString& subgroupId,
                              bool revealed)
{
    m_revealed = revealed;
    if (subgroupId != m_subgroupId) {
        m_subgroupId = subgroupId;
        m_chart->setFirstBar(0); // another subgroup starts at its first cause
    }
    const domain::Subgroup* s = domain::findRow(data.subgroups, subgroupId);
    m_title->setText(s ? tr("Sous-groupe %1 : %2 — priorisation").arg(s->number).arg(s->title)
                       : tr("Aucun sous-groupe dans cette réunion"));
    const auto standings = s ? domain::rankItems(data, s->id) : QList<domain::ItemStanding>{};
    const auto current = s ? domain::currentSelection(data, s->id) : std::nullopt;
    if (!revealed) {
        // Nothing of the ranking leaves the laptop: only how far the vote has gone.
        m_chart->setBars({});
        int dots = 0;
        int scored = 0;
        for (const auto& st : standings) {
            dots += st.dots;
            scored += st.scoredCriteria;
        }
        m_hidden->setText(tr("Les résultats seront dévoilés dans un instant"));
        m_progress->setText(standings.isEmpty()
                                ? QString()
                                : tr("%1 · %2 · %3")
                                      .arg(tr("%n cause(s)", nullptr, int(standings.size())),
                                           tr("%n gommette(s) posée(s)", nullptr, dots),
                                           tr("%n note(s) saisie(s)", nullptr, scored)));
        m_stack->setCurrentIndex(1);
        return;
    }
    QList<RankingChart::Bar> bars;
    for (const auto& st : standings) {
        if (const auto* item = domain::findRow(data.priorityItems, st.itemId)) {
            bars << RankingChart::Bar{tr("%1. %2").arg(st.rank).arg(item->text), st.dots,
                                      st.weightedScore,
                                      current && current->itemIds.contains(item->id)};
        }
    }
    m_chart->setBars(bars);
    if (standings.isEmpty()) {
        m_selection->setText(s ? tr("Pas de causes à prioriser pour ce sous-groupe.") : QString());
    } else if (current) {
        m_selection->setText(tr("En gras, la sélection confirmée à %1 : %n cause(s).", nullptr,
                                int(current->itemIds.size()))
                                 .arg(hhmm(current->confirmedAt.toLocalTime())));
    } else {
        m_selection->setText(tr("Le groupe n’a pas encore confirmé sa sélection."));
    }
    m_stack->setCurrentIndex(0);
}

void RankingPage::scrollPages(int pages)
{
    const int step = std::max(1, m_chart->shownBars());
    m_chart->setFirstBar(pages > 0 && m_chart->firstBar() + step >= m_chart->bars().size()
                             ? m_chart->firstBar()
                             : m_chart->firstBar() + pages * step);
}

QString RankingPage::text() const
{
    QStringList lines{m_title->text()};
    if (m_revealed) {
        for (const auto& b : m_chart->bars()) {
            lines << QStringLiteral("%1 · %2 · %3").arg(b.label).arg(b.dots).arg(b.score);
        }
        lines << m_selection->text();
    } else {
        lines << m_hidden->text() << m_progress->text();
    }
    return lines.join(u'\n');
}

// --- restitution ---------------------------------------------------------------------

RestitutionPage::RestitutionPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_browser = projectorBrowser(this);
    m_browser->setObjectName(QStringLiteral("projectorRestitution"));
    layout->addWidget(m_browser);
    setScale(m_scale);
}

void RestitutionPage::setScale(const ProjectorScale& scale)
{
    m_scale = scale;
    const int margin = m_scale.px(20);
    layout()->setContentsMargins(margin, m_scale.px(8), margin, m_scale.px(8));
    m_browser->setFont(m_scale.font(30));
}

void RestitutionPage::showSubgroup(const domain::MeetingData& data, const QString& subgroupId)
{
    QString html = RestitutionView::html(data, subgroupId);
    if (html.isEmpty()) {
        html = u"<p>" + tr("Aucun sous-groupe dans cette réunion").toHtmlEscaped() + u"</p>";
    }
    if (html == m_html) {
        return;
    }
    // The room keeps its place in the text when it is drawn again.
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_html = html;
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scrolled);
}

QString RestitutionPage::text() const
{
    return m_browser->toPlainText();
}

void RestitutionPage::scrollPages(int pages)
{
    scrollBrowser(m_browser, pages);
}

} // namespace copil::gui
