#pragma once

#include "storage/Workspace.h"

#include <QCoreApplication>

class QWidget;

namespace copil::gui {

/// When a workspace cannot be opened for writing: says why, and offers a way forward:
/// open it read-only when that works (a locked file, an old schema on a read-only disk),
/// put one of its backups back, or give up. Nothing is written without the person's
/// choice. Returns the workspace to go on with, or the reason there is none.
class Recovery {
    Q_DECLARE_TR_FUNCTIONS(Recovery)

public:
    static domain::Result<std::unique_ptr<storage::Workspace>>
    recover(const QString& path, const QString& error, QWidget* parent = nullptr);
    /// Asks which backup of the workspace at `path` to put back; empty if none is chosen
    /// (there is none, or the person cancels).
    static QString chooseBackup(const QString& path, QWidget* parent = nullptr);
};

} // namespace copil::gui
