#pragma once

#include "storage/Workspace.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace copil::gui {

/// Something typed that is not saved yet, for the emergency file.
struct Draft {
    QString what; ///< "Description de « Accueil »", "Champ en cours de saisie"
    QString text;
};

/// The band at the top of the window that says when what is shown is not being saved:
/// a workspace opened read-only, or a save that failed for a passing reason (another
/// program holds the file, the disk is full, the server of a shared workspace is gone). In the
/// second case it asks for a retry every few seconds and on its button, and copies what was typed
/// into an emergency file (tried again until it can be written, since the disk may be the full
/// one).
class SaveBanner : public QFrame {
    Q_OBJECT

public:
    static constexpr int kRetryMs = 3000;

    explicit SaveBanner(QWidget* parent = nullptr);

    /// A read-only workspace: the band stays, with the reason.
    void showReadOnly(const QString& reason);
    /// A save failed: says why and what becomes of the text, keeps the drafts.
    void reportFailure(storage::Fault fault, const QString& message, const QString& workspacePath,
                       const QList<Draft>& drafts);
    /// Saving works again: the band goes (a read-only band stays).
    void resolved();
    bool inTrouble() const { return m_trouble; }
    QString text() const;
    /// Where the drafts were copied (empty until written).
    QString emergencyPath() const { return m_written ? m_emergencyPath : QString(); }
    /// Where emergency files go.
    static QString emergencyFolder();

signals:
    /// Time to try the failed save again (timer or button).
    void retryRequested();

private:
    bool writeEmergency();
    void updateText();

    QLabel* m_label = nullptr;
    QPushButton* m_retry = nullptr;
    QTimer* m_timer = nullptr;
    bool m_trouble = false;
    storage::Fault m_fault = storage::Fault::None;
    QString m_message;
    QString m_emergencyPath;
    QByteArray m_emergency;
    bool m_written = false;
};

} // namespace copil::gui
