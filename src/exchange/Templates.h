#pragma once

#include "MeetingJson.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copil::exchange {

/// A template offered by « Nouvelle réunion »: one of Copil's own, or one the person
/// saved or imported into their templates folder.
struct TemplateInfo {
    QString name;  ///< what `copil new --template` takes: the file's name without .json
    QString title; ///< how it is shown
    QString path;  ///< the JSON file (a resource path for the built-in ones)
    bool builtIn = false;
};

/// Templates are meeting files (the JSON format of archives) without what a day produced.
/// Built-in ones live in the application's resources; the person's in a folder of their
/// own (under QStandardPaths::AppDataLocation), one file each.
class Templates {
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    /// <AppDataLocation>/modeles
    static QString userFolder();
    /// The built-in templates first (the seed committee, « Atelier participatif »,
    /// « Comité de pilotage simple »), then the person's, by title. A file of folder that
    /// cannot be read is left out of the list (load() says why).
    static QList<TemplateInfo> list(const QString& folder = userFolder());
    /// A template by its name (built-in or in folder), or else a JSON file's path; the
    /// error names what was looked for and what is known.
    static Result<domain::MeetingData> load(const QString& nameOrFile,
                                            const QString& folder = userFolder());
    /// Saves meeting as a template named name in folder (made if missing), without what
    /// the day produced, and without its people unless withPeople; returns the file's
    /// path. An existing template of that name is replaced.
    static Result<QString> save(const domain::MeetingData& meeting, bool withPeople,
                                const QString& name, const QString& folder = userFolder());
    /// Copies a template file (checked whole first) into folder; returns its name.
    static Result<QString> importFile(const QString& path, const QString& folder = userFolder());
    /// A file name made from a title: « Atelier de mars » → « atelier-de-mars ».
    static QString nameFor(const QString& title);
};

} // namespace copil::exchange
