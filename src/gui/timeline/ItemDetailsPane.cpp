#include "ItemDetailsPane.h"

#include "domain/Labels.h"
#include "domain/Timekeeping.h"
#include "gui/common/SaveBanner.h"
#include "gui/common/TypingSaver.h"
#include "gui/timeline/TimelineView.h"
#include "session/Editor.h"
#include "session/Session.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace copil::gui {

using domain::RunState;

ItemDetailsPane::ItemDetailsPane(session::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSize(f.pointSize() + 3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* label =
        new QLabel(tr("&Description et consignes (enregistrées au fil de la frappe) :"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("itemDescription"));
    m_description->setTabChangesFocus(true);
    label->setBuddy(m_description);
    layout->addWidget(m_description, 1);
    m_description->installEventFilter(this);

    m_typing = new TypingSaver([this] { saveTyped(); }, this);
    connect(&m_session, &session::Session::workspaceClosing, this, &ItemDetailsPane::flush);
    connect(&m_session.editor(), &session::Editor::conflictSettled, this,
            &ItemDetailsPane::conflictSettled);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_itemId.isEmpty()) {
            return;
        }
        if (!m_pending) {
            m_pending = true;
            emit pendingChanged(true);
        }
        m_typing->typed();
    });
    showItem(nullptr, {}, {});
}

void ItemDetailsPane::flush()
{
    m_typing->cancel();
    saveTyped();
}

void ItemDetailsPane::saveTyped()
{
    if (!m_pending) {
        return;
    }
    m_pending = false;
    save(m_itemId, m_description->toPlainText(), m_basedOn);
    emit pendingChanged(false);
}

void ItemDetailsPane::save(const QString& itemId, const QString& text, int basedOn)
{
    const domain::AgendaItem* x = m_session.agendaItem(itemId);
    if (!x || x->description == text) {
        if (m_unsaved && m_unsaved->itemId == itemId) {
            m_unsaved.reset();
        }
        return;
    }
    domain::AgendaItem changed = *x;
    changed.description = text;
    changed.rowRevision.value = basedOn;
    // Known before the attempt: a failure reports it in the emergency file.
    m_unsaved = Unsaved{itemId, text, basedOn};
    if (m_session.editor().typeInAgenda(m_session.meetingId(), changed)) {
        m_unsaved.reset();
        if (itemId == m_itemId && m_description->toPlainText() == text && !m_typing->isDue()) {
            m_pending = false;
        }
    } else if (m_session.editor().hasConflict()) {
        // Someone else saved it meanwhile: both versions are shown, the person chooses
        // (conflictSettled); nothing to retry.
        m_unsaved.reset();
    } else if (itemId == m_itemId) {
        // The field keeps the text, and is not refreshed from the stored one.
        m_pending = true;
    }
}

void ItemDetailsPane::conflictSettled()
{
    const domain::AgendaItem* x = m_session.agendaItem(m_itemId);
    if (!x || m_pending) {
        return;
    }
    m_basedOn = x->rowRevision.value;
    if (m_description->toPlainText() != x->description) {
        m_loading = true;
        m_description->setPlainText(x->description);
        m_loading = false;
    }
}

bool ItemDetailsPane::retry()
{
    if (m_unsaved) {
        const Unsaved pending = *m_unsaved;
        save(pending.itemId, pending.text, pending.basedOn);
    }
    return !m_unsaved;
}

QList<Draft> ItemDetailsPane::drafts() const
{
    if (!m_unsaved) {
        return {};
    }
    const domain::AgendaItem* x = m_session.agendaItem(m_unsaved->itemId);
    return {
        Draft{tr("Description de « %1 »").arg(x ? x->title : m_unsaved->itemId), m_unsaved->text}};
}

bool ItemDetailsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut) {
        flush();
    }
    return QWidget::eventFilter(watched, event);
}

void ItemDetailsPane::showItem(const domain::AgendaItem* item, const domain::Forecast& forecast,
                               const QDateTime& now)
{
    if (!item || item->id != m_itemId) {
        flush();
        // A text whose save failed stays with the pane (retried, emergency file).
        m_pending = false;
    }
    if (!item) {
        m_itemId.clear();
        m_title->setText(tr("Aucun point sélectionné"));
        m_summary->setText(tr("Cliquez un bloc du déroulé pour voir ses horaires et sa "
                              "description."));
        m_loading = true;
        m_description->clear();
        m_loading = false;
        m_description->setEnabled(false);
        return;
    }
    m_itemId = item->id;
    m_description->setEnabled(true);
    m_title->setText(item->title);
    const auto hhmm = [](const QDateTime& t) {
        return t.isValid() ? t.time().toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
    };
    QStringList lines;
    lines << tr("%1 · piste « %2 »%3")
                 .arg(domain::Labels::of(item->kind), item->track,
                      item->room.isEmpty() ? QString() : tr(" · salle %1").arg(item->room));
    lines << tr("Prévu : %1 – %2")
                 .arg(item->plannedStart.toString(QStringLiteral("HH:mm")),
                      item->plannedEnd.toString(QStringLiteral("HH:mm")));
    const auto slot = forecast.byItem.value(item->id);
    if (slot.start.isValid() && domain::Timekeeping::state(*item) != RunState::Finished) {
        lines << tr("Prévision : %1 – %2").arg(hhmm(slot.start), hhmm(slot.end));
    }
    const auto live = domain::Timekeeping::status(*item, now);
    switch (live.state) {
    case RunState::NotStarted:
        lines << tr("Pas encore commencé");
        break;
    case RunState::Running:
    case RunState::Paused:
        lines << (live.state == RunState::Paused
                      ? tr("En pause depuis %1").arg(hhmm(item->pausedAt))
                      : tr("En cours depuis %1").arg(hhmm(item->actualStart)));
        lines << tr("Écoulé %1 · %2 %3")
                     .arg(formatDuration(live.elapsed),
                          live.remaining >= 0 ? tr("reste") : tr("dépassement"),
                          formatDuration(live.remaining));
        break;
    case RunState::Finished:
        lines << tr("Réalisé : %1 – %2 (%3)")
                     .arg(hhmm(item->actualStart), hhmm(item->actualEnd),
                          formatDuration(live.elapsed));
        break;
    }
    if (item->extensionMinutes > 0) {
        lines << tr("Prolongé de %1 min").arg(item->extensionMinutes);
    }
    if (!item->presenters.isEmpty()) {
        lines << tr("Intervenants : %1").arg(item->presenters.join(u", "));
    }
    m_summary->setText(lines.join(u'\n'));
    // Never overwrite what is being typed; otherwise follow the stored text (undo…),
    // and the version it is.
    if (!m_pending) {
        m_basedOn = item->rowRevision.value;
        if (m_description->toPlainText() != item->description) {
            m_loading = true;
            m_description->setPlainText(item->description);
            m_loading = false;
        }
    }
}

QString ItemDetailsPane::summaryText() const
{
    return m_title->text() + u'\n' + m_summary->text();
}

} // namespace copil::gui
