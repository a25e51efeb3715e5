#include "Session.h"

#include "Editor.h"
#include "domain/Clock.h"
#include "domain/Schedule.h"
#include "domain/Timekeeping.h"
#include "domain/Validation.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/RowStore.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace copil::session {

using domain::AgendaItem;
using domain::Error;
using domain::Fault;
using domain::Status;
using domain::Timekeeping;

/// The export under way: rendering and writing on a worker thread.
class ExportJob : public QFutureWatcher<QString> {
public:
    using QFutureWatcher::QFutureWatcher;
    QString path;
};

Session::Session(std::unique_ptr<storage::Workspace> workspace,
                 std::shared_ptr<domain::Clock> clock, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : std::make_shared<domain::SystemClock>()),
      m_workspace(std::move(workspace))
{
    m_editor = std::make_unique<Editor>(*m_workspace);
    m_editor->setClock(m_clock.get());
    connect(m_editor.get(), &Editor::failed, this, &Session::failed);
    attach();
    // The first meeting is open before any view is made: views start from it, once.
    if (!m_meetings.isEmpty()) {
        m_data.meeting.id = m_meetings.first().id;
        if (const Status s = reloadMeeting(); !s) {
            m_data = {};
        }
    }
}

Session::~Session()
{
    waitForExport();
}

bool Session::isReadOnly() const
{
    return m_workspace->isReadOnly();
}

bool Session::isRealTime() const
{
    return dynamic_cast<const domain::SystemClock*>(m_clock.get()) != nullptr;
}

QDateTime Session::now() const
{
    return m_clock->now();
}

void Session::attach()
{
    m_rows = std::make_unique<storage::RowStore>(*m_workspace);
    m_meetingRepository = std::make_unique<storage::MeetingRepository>(*m_workspace);
    connect(m_workspace.get(), &storage::Workspace::committed, this, &Session::committed);
    connect(m_workspace.get(), &storage::Workspace::connectionLost, this, &Session::connectionLost);
    connect(m_workspace.get(), &storage::Workspace::connectionRestored, this,
            &Session::reconnected);
    readMeetings();
}

void Session::reconnected()
{
    // What was kept while the server was away is saved first (the window's panes save
    // theirs on connectionRestored), then everything is read again: others may have
    // changed anything meanwhile.
    emit connectionRestored();
    if (m_editor->hasUnsaved()) {
        m_editor->retry();
    }
    readMeetings();
    emit meetingsChanged();
    if (hasMeeting()) {
        bool still = false;
        for (const auto& m : m_meetings) {
            still = still || m.id == meetingId();
        }
        if (!still) {
            openMeeting(m_meetings.isEmpty() ? QString() : m_meetings.first().id);
            return;
        }
        if (const Status s = reloadMeeting(); !s) {
            emit failed(s.error(), s.fault());
            return;
        }
        domain::ChangeEvent event;
        event.meetingId = meetingId();
        event.origin = domain::ChangeOrigin::Remote;
        event.reset = true;
        emit changed(event);
        if (std::exchange(m_reopenPending, false)) {
            reopenMinutes(); // the return to draft that waited for the server
        }
    }
}

void Session::setWorkspace(std::unique_ptr<storage::Workspace> workspace)
{
    emit workspaceClosing();
    waitForExport();
    m_editor->setWorkspace(*workspace);
    m_data = {};
    m_notesIndexed = false;
    m_workspace = std::move(workspace);
    attach();
    emit workspaceChanged();
    emit meetingsChanged();
    openMeeting(m_meetings.isEmpty() ? QString() : m_meetings.first().id);
}

Status Session::restoreBackup(const QString& backupPath)
{
    emit workspaceClosing();
    waitForExport();
    const QString path = m_workspace->path();
    const QString meeting = meetingId();
    // The file is replaced while nothing holds it open.
    m_rows.reset();
    m_meetingRepository.reset();
    m_workspace.reset();
    const Status restored = storage::Backups::restore(path, backupPath);
    auto reopened = storage::Workspace::open(path, {.createIfMissing = false});
    Status result = restored;
    if (!reopened) {
        // Should not happen (the copy was checked): say so, and open the copy read-only.
        result = reopened.failure();
        reopened =
            storage::Workspace::open(backupPath, {.createIfMissing = false, .readOnly = true});
        if (!reopened) {
            // Nothing can be opened: the original file, whatever it holds now, read-only.
            reopened = storage::Workspace::open(path, {.createIfMissing = false, .readOnly = true});
        }
        if (!reopened) {
            return reopened.failure();
        }
    }
    m_workspace = std::move(reopened).value();
    m_editor->setWorkspace(*m_workspace);
    attach();
    emit workspaceChanged();
    emit meetingsChanged();
    bool still = false;
    for (const auto& m : m_meetings) {
        still = still || m.id == meeting;
    }
    if (still) {
        // The same meeting, as the backup has it: one event says everything may differ.
        m_data.meeting.id = meeting;
        if (const Status s = reloadMeeting(); !s) {
            openMeeting(QString());
            emit failed(s.error(), s.fault());
        } else {
            domain::ChangeEvent event;
            event.meetingId = meeting;
            event.origin = domain::ChangeOrigin::Restore;
            event.reset = true;
            emit changed(event);
        }
    } else {
        openMeeting(m_meetings.isEmpty() ? QString() : m_meetings.first().id);
    }
    return result;
}

void Session::readMeetings()
{
    auto meetings = m_meetingRepository->meetings();
    if (!meetings) {
        m_meetings.clear();
        emit failed(meetings.error(), meetings.fault());
        return;
    }
    m_meetings = std::move(meetings).value();
}

Status Session::reloadMeeting()
{
    m_notesIndexed = false;
    domain::ChangeEvent all;
    all.meetingId = m_data.meeting.id;
    all.reset = true;
    return m_rows->refresh(m_data, all);
}

void Session::openMeeting(const QString& meetingId)
{
    m_data = {};
    m_notesIndexed = false;
    if (!meetingId.isEmpty()) {
        m_data.meeting.id = meetingId;
        if (const Status s = reloadMeeting(); !s) {
            m_data = {};
            emit failed(s.error(), s.fault());
        }
    }
    emit meetingOpened();
}

const AgendaItem* Session::agendaItem(const QString& id) const
{
    return id.isEmpty() ? nullptr : domain::findRow(m_data.agenda, id);
}

QList<domain::Note> Session::notesOn(const QString& targetId) const
{
    if (!m_notesIndexed) {
        m_notesByTarget.clear();
        for (qsizetype i = 0; i < m_data.notes.size(); ++i) {
            m_notesByTarget[m_data.notes[i].targetId] << i;
        }
        m_notesIndexed = true;
    }
    QList<domain::Note> out;
    for (qsizetype i : m_notesByTarget.value(targetId)) {
        out << m_data.notes[i];
    }
    return out;
}

bool Session::changesValidatedMinutes(const domain::Meeting& before,
                                      const domain::ChangeEvent& event) const
{
    if (!before.minutesValidated() || !m_data.meeting.minutesValidated()) {
        return false; // a draft, or the validation (or its undoing) itself
    }
    for (int k = 0; k < domain::kEntityKinds; ++k) {
        if (domain::EntityKind(k) != domain::EntityKind::Meeting &&
            !event.kinds[size_t(k)].isEmpty()) {
            return true;
        }
    }
    // Only the meeting's row: a change of what it says, not of who validated it.
    const auto content = [](domain::Meeting m) {
        m.minutesValidatedBy.clear();
        m.minutesValidatedAt = {};
        m.minutesHistory.clear();
        m.rowRevision = {};
        return m;
    };
    return content(before) != content(m_data.meeting);
}

void Session::reopenMinutes()
{
    m_reopenPending = false;
    if (!hasMeeting() || !m_data.meeting.minutesValidated()) {
        return;
    }
    const storage::Workspace::OriginScope origin(*m_workspace, domain::ChangeOrigin::Edit);
    const auto reopened = m_meetingRepository->reopenMinutes(m_data.meeting.id, now());
    if (!reopened) {
        if (domain::isTransient(reopened.fault())) {
            // The server away, the disk full, the file locked: the band already says so;
            // the minutes go back to draft once writing works again.
            m_reopenPending = true;
            return;
        }
        emit failed(reopened.error(), reopened.fault());
        return;
    }
    if (!reopened.value()) {
        return; // someone else took them back to draft already
    }
    const domain::MinutesValidation& was = *reopened.value();
    emit notice(tr("Le compte rendu validé par %1 le %2 revient à l’état de projet : la "
                   "réunion a changé depuis. Validez-le à nouveau à l’export.")
                    .arg(was.by, was.at.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
}

void Session::committed(const domain::ChangeSet& incoming)
{
    domain::ChangeSet changes = incoming;
    // Another client's removals whose meeting the server could no longer tell (rows
    // removed with their subgroup or cause): those of the open meeting join its event.
    for (qsizetype i = 0; i < changes.events.size(); ++i) {
        if (!changes.events[i].meetingId.isEmpty()) {
            continue;
        }
        const domain::ChangeEvent orphan = changes.events.takeAt(i--);
        if (!hasMeeting()) {
            continue;
        }
        domain::ChangeEvent mine;
        const domain::MeetingData& d = m_data;
        const auto keep = [&](const auto& list, domain::EntityKind kind) {
            for (const QString& id : orphan.of(kind).removed) {
                if (domain::findRow(list, id)) {
                    mine.of(kind).remove(id);
                }
            }
        };
        keep(d.questions, domain::EntityKind::Question);
        keep(d.priorityItems, domain::EntityKind::PriorityItem);
        keep(d.criteria, domain::EntityKind::Criterion);
        keep(d.dotVotes, domain::EntityKind::DotVote);
        keep(d.scores, domain::EntityKind::Score);
        keep(d.solutions, domain::EntityKind::Solution);
        keep(d.selections, domain::EntityKind::Selection);
        if (!mine.isEmpty()) {
            domain::ChangeEvent& target = changes.of(meetingId());
            for (int k = 0; k < domain::kEntityKinds; ++k) {
                for (const QString& id : mine.kinds[size_t(k)].removed) {
                    target.kinds[size_t(k)].remove(id);
                }
            }
        }
    }
    bool listChanged = false;
    bool currentGone = false;
    for (const domain::ChangeEvent& event : changes.events) {
        listChanged = listChanged || !event.of(domain::EntityKind::Meeting).isEmpty();
        if (event.meetingId != m_data.meeting.id || m_data.meeting.id.isEmpty()) {
            continue;
        }
        if (event.meetingRemoved()) {
            currentGone = true;
            continue;
        }
        if (event.touches(domain::EntityKind::Note)) {
            m_notesIndexed = false;
        }
        const domain::Meeting before = m_data.meeting;
        Status s = m_rows->refresh(m_data, event);
        if (!s) {
            // Read whole again; views start over.
            emit failed(s.error(), s.fault());
            openMeeting(m_data.meeting.id);
            continue;
        }
        emit changed(event);
        if (event.origin != domain::ChangeOrigin::Remote &&
            changesValidatedMinutes(before, event)) {
            // After the emit: the views are up to date; the draft is written next.
            QMetaObject::invokeMethod(this, &Session::reopenMinutes, Qt::QueuedConnection);
        }
    }
    if (listChanged) {
        readMeetings();
        emit meetingsChanged();
    }
    if (currentGone) {
        openMeeting(m_meetings.isEmpty() ? QString() : m_meetings.first().id);
    }
}

domain::Result<QString> Session::importFile(const QString& path, exchange::ImportOptions options)
{
    const storage::Workspace::OriginScope origin(*m_workspace, domain::ChangeOrigin::Import);
    return exchange::Archive::importFile(*m_workspace, path, options);
}

// --- live timekeeping -----------------------------------------------------------------

Status Session::refuse(const QString& message)
{
    emit notice(message);
    return Error{message, Fault::Invalid};
}

Status Session::applyTimekeeping(const QString& text,
                                 const domain::Result<QList<AgendaItem>>& changes)
{
    if (!changes) {
        return refuse(changes.error());
    }
    if (!m_editor->updateAgenda(meetingId(), text, changes.value())) {
        return Error{tr("« %1 » n’a pas été enregistré.").arg(text)};
    }
    emit notice(text);
    return {};
}

Status Session::start(const QString& itemId)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return refuse(tr("Sélectionnez d’abord un point dans le déroulé."));
    }
    return applyTimekeeping(tr("Début de « %1 »").arg(x->title),
                            Timekeeping::start(m_data.agenda, itemId, now()));
}

Status Session::togglePause(const QString& itemId)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return refuse(tr("Sélectionnez d’abord un point dans le déroulé."));
    }
    if (Timekeeping::state(*x) == domain::RunState::Paused) {
        return applyTimekeeping(tr("Reprise de « %1 »").arg(x->title),
                                Timekeeping::resume(m_data.agenda, itemId, now()));
    }
    return applyTimekeeping(tr("Pause de « %1 »").arg(x->title),
                            Timekeeping::pause(m_data.agenda, itemId, now()));
}

Status Session::finish(const QString& itemId)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return refuse(tr("Sélectionnez d’abord un point dans le déroulé."));
    }
    return applyTimekeeping(tr("Fin de « %1 »").arg(x->title),
                            Timekeeping::finish(m_data.agenda, itemId, now()));
}

Status Session::extend(const QString& itemId, int minutes)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return refuse(tr("Sélectionnez d’abord un point dans le déroulé."));
    }
    return applyTimekeeping(tr("« %1 » prolongé de %2 min").arg(x->title).arg(minutes),
                            Timekeeping::extend(m_data.agenda, itemId, minutes));
}

Status Session::resetTimes(const QString& itemId)
{
    if (!agendaItem(itemId)) {
        return refuse(tr("Sélectionnez d’abord un point dans le déroulé."));
    }
    return applyTimekeeping(tr("Heures réelles effacées"),
                            Timekeeping::reset(m_data.agenda, itemId));
}

// --- planning ---------------------------------------------------------------------------

Status Session::savePlanning(const QString& text, const QList<AgendaItem>& changed)
{
    if (changed.isEmpty()) {
        return Error{tr("Rien à changer."), Fault::Invalid};
    }
    QList<AgendaItem> agenda = m_data.agenda;
    QStringList concerned;
    for (const auto& c : changed) {
        for (qsizetype i = 0; i < agenda.size(); ++i) {
            if (agenda[i].id == c.id) {
                agenda[i] = c;
                concerned << QStringLiteral("agenda[%1]").arg(i);
            }
        }
    }
    QStringList problems;
    for (const auto& issue :
         domain::Validation::checkAgendaPlacement(agenda, m_data.meeting, false)) {
        if (concerned.contains(issue.path.section(u'.', 0, 0))) {
            problems << issue.message;
        }
    }
    if (!problems.isEmpty()) {
        return Error{tr("Modification refusée :\n%1").arg(problems.join(u'\n')), Fault::Invalid};
    }
    if (!m_editor->updateAgenda(meetingId(), text, changed)) {
        return Error{tr("« %1 » n’a pas été enregistré.").arg(text)};
    }
    return {};
}

Status Session::moveItem(const QString& itemId, QTime start)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return Error{tr("Ce point n’existe plus."), Fault::Missing};
    }
    const auto changed = domain::Schedule::moved(m_data.agenda, itemId, start);
    if (changed.isEmpty()) {
        return Error{tr("« %1 » ne peut pas sortir de la journée.").arg(x->title), Fault::Invalid};
    }
    return savePlanning(
        tr("Déplacement de « %1 » à %2").arg(x->title, start.toString(QStringLiteral("HH:mm"))),
        changed);
}

Status Session::resizeItem(const QString& itemId, QTime end)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return Error{tr("Ce point n’existe plus."), Fault::Missing};
    }
    AgendaItem changed = *x;
    changed.plannedEnd = end;
    return savePlanning(
        tr("Fin de « %1 » à %2").arg(x->title, end.toString(QStringLiteral("HH:mm"))), {changed});
}

Status Session::swapItem(const QString& itemId, int direction)
{
    const AgendaItem* x = agendaItem(itemId);
    if (!x) {
        return Error{tr("Ce point n’existe plus."), Fault::Missing};
    }
    const auto changed = domain::Schedule::swapped(m_data.agenda, itemId, direction);
    if (changed.isEmpty()) {
        return refuse(direction < 0 ? tr("Déjà le premier point de sa piste.")
                                    : tr("Déjà le dernier point de sa piste."));
    }
    return savePlanning(direction < 0 ? tr("« %1 » avancé").arg(x->title)
                                      : tr("« %1 » reculé").arg(x->title),
                        changed);
}

// --- export ---------------------------------------------------------------------------------

bool Session::isExporting() const
{
    return m_export && m_export->isRunning();
}

void Session::waitForExport()
{
    if (m_export) {
        m_export->waitForFinished();
    }
}

void Session::startExport(exchange::ExportRequest request, const QString& path)
{
    if (isExporting()) {
        emit exportFinished(path, tr("Un export est déjà en cours ; attendez qu’il se termine."));
        return;
    }
    if (!hasMeeting()) {
        emit exportFinished(path, tr("Aucune réunion à exporter."));
        return;
    }
    if (request.options.validated &&
        request.options.variant != exchange::MinutesOptions::Variant::Agenda &&
        request.options.variant != exchange::MinutesOptions::Variant::AttendanceSheet &&
        request.format != exchange::ExportFormat::Json &&
        (!m_data.meeting.minutesValidated() ||
         m_data.meeting.minutesValidatedBy != request.options.validatedBy)) {
        domain::Meeting validated = m_data.meeting;
        validated.minutesValidatedBy = request.options.validatedBy;
        validated.minutesValidatedAt = now();
        const storage::Workspace::OriginScope origin(*m_workspace, domain::ChangeOrigin::Edit);
        if (const Status saved = m_meetingRepository->update(validated); !saved) {
            emit exportFinished(path, saved.error());
            return;
        }
    }
    // Rendering and writing run on a worker thread with their own copy of the meeting.
    const domain::MeetingData data = m_data;
    request.options.validatedBy = data.meeting.minutesValidatedBy;
    request.options.validatedAt = data.meeting.minutesValidatedAt;
    if (!m_export) {
        m_export = new ExportJob(this);
        connect(m_export, &QFutureWatcher<QString>::finished, this,
                [this] { emit exportFinished(m_export->path, m_export->result()); });
    }
    m_export->path = path;
    m_export->setFuture(QtConcurrent::run([data, request, path]() -> QString {
        auto bytes = exchange::renderMeeting(data, request);
        if (!bytes) {
            return bytes.error();
        }
        const Status written = exchange::Archive::writeFileAtomically(path, bytes.value());
        return written ? QString() : written.error();
    }));
}

} // namespace copil::session
