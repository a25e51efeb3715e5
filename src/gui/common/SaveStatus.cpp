#include "SaveStatus.h"

#include "SaveBanner.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace copil::gui {

SaveStatus::SaveStatus(session::Session& session, SaveBanner* banner, QLabel* indicator,
                       QObject* parent)
    : QObject(parent), m_session(session), m_banner(banner), m_indicator(indicator)
{
    connect(&session.editor(), &session::Editor::saved, this, &SaveStatus::saved);
    connect(&session, &session::Session::failed, this, &SaveStatus::failed);
    connect(banner, &SaveBanner::retryRequested, this, &SaveStatus::retry);
    // A shared workspace's server gone: the band at once; back: what was kept is saved.
    connect(&session, &session::Session::connectionLost, this, [this](const QString& message) {
        m_indicator->setText(tr("⚠ Serveur injoignable"));
        m_banner->reportFailure(domain::Fault::Offline, message, emergencyName(), drafts());
    });
    connect(&session, &session::Session::connectionRestored, this, &SaveStatus::retry);
    m_indicator->setToolTip(tr("Chaque modification est enregistrée aussitôt dans l’espace de "
                               "travail : il n’y a pas de bouton Enregistrer."));
    workspaceOpened();
}

void SaveStatus::addPending(std::function<QList<Draft>()> drafts, std::function<bool()> retry)
{
    m_pending.append({std::move(drafts), std::move(retry)});
}

void SaveStatus::typing()
{
    m_indicator->setText(tr("✎ Saisie en cours…"));
}

void SaveStatus::workspaceOpened()
{
    m_banner->resolved();
    m_banner->hide();
    const storage::Workspace& ws = m_session.workspace();
    if (ws.isReadOnly()) {
        m_banner->showReadOnly(ws.readOnlyReason().isEmpty()
                                   ? tr("%1 est ouvert en lecture seule : rien ne sera enregistré.")
                                         .arg(QDir::toNativeSeparators(ws.path()))
                                   : ws.readOnlyReason());
        m_indicator->setText(tr("Lecture seule : rien ne sera enregistré"));
    } else {
        m_indicator->setText(tr("✓ Tout est enregistré"));
    }
}

bool SaveStatus::anythingUnsaved() const
{
    if (m_session.editor().hasUnsaved()) {
        return true;
    }
    for (const Pending& p : m_pending) {
        if (!p.drafts().isEmpty()) {
            return true;
        }
    }
    return false;
}

void SaveStatus::saved()
{
    m_indicator->setText(
        tr("✓ Enregistré à %1")
            .arg(m_session.editor().lastSaved().time().toString(QStringLiteral("HH:mm:ss"))));
    if (!anythingUnsaved()) {
        m_banner->resolved();
    }
}

QString SaveStatus::emergencyName() const
{
    const storage::Workspace& ws = m_session.workspace();
    if (!ws.isShared()) {
        return ws.path();
    }
    QString name = ws.displayName();
    for (QChar& c : name) {
        if (!c.isLetterOrNumber()) {
            c = u'_';
        }
    }
    return name + QStringLiteral(".partage");
}

void SaveStatus::failed(const QString& message, domain::Fault fault)
{
    if (fault == domain::Fault::Conflict) {
        return; // both versions are shown to the person (Editor::conflicted)
    }
    if (fault == domain::Fault::Invalid) {
        emit refused(message); // nothing was lost: the edit was not made
        return;
    }
    if (fault == domain::Fault::Denied) {
        // The server's rules keep this role from that change: said beside the field, in
        // place, and the field keeps what was typed.
        m_indicator->setText(tr("⚠ Non enregistré"));
        emit refused(message);
        return;
    }
    if (!domain::isTransient(fault)) {
        m_indicator->setText(tr("⚠ Non enregistré"));
        emit problem(message);
        return;
    }
    const bool again = m_banner->inTrouble();
    m_indicator->setText(tr("⚠ Non enregistré"));
    m_banner->reportFailure(fault, message, emergencyName(), drafts());
    if (!again) {
        QApplication::beep();
    }
}

void SaveStatus::retry()
{
    if (!m_session.workspace().isOnline()) {
        return; // the workspace reconnects by itself, then says so (connectionRestored)
    }
    // The kept edit first: it was made before the text now typed, and a later edit that
    // succeeds would drop it.
    if (m_session.editor().hasUnsaved() && !m_session.editor().retry()) {
        return;
    }
    for (const Pending& p : m_pending) {
        if (!p.retry()) {
            return;
        }
    }
    m_banner->resolved();
}

QList<Draft> SaveStatus::drafts() const
{
    QList<Draft> out;
    for (const Pending& p : m_pending) {
        out += p.drafts();
    }
    if (m_session.editor().hasUnsaved()) {
        out << Draft{tr("Modification non enregistrée"), m_session.editor().unsavedText()};
    }
    // Whatever field the person is typing in.
    QWidget* focus = QApplication::focusWidget();
    QString typed;
    if (auto* line = qobject_cast<QLineEdit*>(focus)) {
        typed = line->text();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(focus)) {
        typed = plain->toPlainText();
    } else if (auto* rich = qobject_cast<QTextEdit*>(focus)) {
        typed = rich->toPlainText();
    }
    const bool known =
        std::any_of(out.cbegin(), out.cend(), [&typed](const Draft& d) { return d.text == typed; });
    if (!typed.trimmed().isEmpty() && !known) {
        out << Draft{tr("Champ en cours de saisie"), typed};
    }
    return out;
}

} // namespace copil::gui
