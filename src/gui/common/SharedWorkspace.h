#pragma once

#include "storage/Workspace.h"

#include <QDialog>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace copil::session {
struct Conflict;
class Session;
} // namespace copil::session

namespace copil::gui {

/// Fichier › Ouvrir un espace partagé… : where the PostgreSQL database is (server, port,
/// database, user). The password is never asked here nor kept: libpq reads ~/.pgpass,
/// and open() asks for it only when the server wants one.
class ServerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerDialog(QWidget* parent = nullptr);
    /// Fills the fields from a URI (the last server opened).
    void setUri(const QString& uri);
    /// The postgresql:// URI of the fields.
    QString uri() const;

    /// Opens the shared workspace at uri; when the server wants a password, asks for it
    /// (hidden, never kept) and tries again. An error says why it could not be opened
    /// (empty if the person cancelled the password).
    static storage::Result<std::unique_ptr<storage::Workspace>>
    open(const QString& uri, QWidget* parent, storage::Workspace::Options options = {});
    /// Opens the shared workspace at uri in place of the session's (its daily backup
    /// made); remembers the server, without its password, in settings when given. False,
    /// said in a box, when it cannot be opened.
    static bool openInto(session::Session& session, const QString& uri, QWidget* parent,
                         QSettings* settings);
    /// Fichier › Ouvrir un espace partagé… : the dialog on the last server, then openInto.
    static void ask(session::Session& session, QWidget* parent, QSettings* settings);

private:
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
};

/// Both versions of a row someone else saved meanwhile, field by field; the person keeps
/// theirs or the other one (accepted: keep mine).
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    ConflictDialog(const session::Conflict& conflict, QWidget* parent = nullptr);
    /// Shows the editor's conflict (if there is one) without blocking the window, and
    /// applies the person's choice.
    static void ask(session::Session& session, QWidget* parent);
    /// A column's name for people ("Texte" for text).
    static QString label(const QString& column);
};

} // namespace copil::gui
