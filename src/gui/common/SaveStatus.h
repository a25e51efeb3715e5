#pragma once

#include "domain/Result.h"

#include <QObject>
#include <functional>

class QLabel;

namespace copil::session {
class Session;
}

namespace copil::gui {

class SaveBanner;
struct Draft;

/// Says whether what is shown is saved: the indicator of the status bar after each
/// save, and the band when a save fails for a passing reason (another program holds the
/// file, the disk is full), which tries again until it works and copies what was typed
/// to an emergency file. Other failures are passed on by problem().
class SaveStatus : public QObject {
    Q_OBJECT

public:
    SaveStatus(session::Session& session, SaveBanner* banner, QLabel* indicator,
               QObject* parent = nullptr);

    /// A pane that keeps typing the Editor could not save: what it holds, for the
    /// emergency file, and how to save it again (true when saved).
    void addPending(std::function<QList<Draft>()> drafts, std::function<bool()> retry);
    /// Something is being typed, not saved yet.
    void typing();
    /// A workspace was opened: the band starts afresh (and says read-only if it is).
    void workspaceOpened();
    /// Tries again what could not be saved (the band's timer and button).
    void retry();
    /// What was typed and is not saved, the focused field included.
    QList<Draft> drafts() const;

signals:
    /// A failure that trying again cannot mend.
    void problem(const QString& message);
    /// An edit the rules refuse: said in place, next to what was being typed.
    void refused(const QString& message);

private:
    void saved();
    void failed(const QString& message, domain::Fault fault);
    bool anythingUnsaved() const;
    /// The name the emergency file is made from (the file, or the server's database).
    QString emergencyName() const;

    session::Session& m_session;
    SaveBanner* m_banner;
    QLabel* m_indicator;
    struct Pending {
        std::function<QList<Draft>()> drafts;
        std::function<bool()> retry;
    };
    QList<Pending> m_pending;
};

} // namespace copil::gui
