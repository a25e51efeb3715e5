#pragma once

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace copil::exchange {

using domain::Result;

/// The workspace a person gets without asking: created on first launch with the seed
/// meeting imported from the built-in template.
class DefaultWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DefaultWorkspace)

public:
    /// Resource path of the built-in template: the 6th steering committee of
    /// « Villes et vivre ensemble », 11 October 2017.
    static QString seedTemplate();
    /// <AppDataLocation>/copil.sqlite
    static QString path();
    /// Opens path, or creates it with the seed meeting when it does not exist. Creation
    /// happens under a temporary name, so an interrupted first launch is retried whole.
    /// With `daily`, the day's first opening keeps a backup (storage::Backups).
    static Result<std::unique_ptr<storage::Workspace>> open(const QString& path,
                                                            bool daily = false);
};

} // namespace copil::exchange
