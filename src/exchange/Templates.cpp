#include "Templates.h"

#include "Archive.h"
#include "domain/Preparation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace copil::exchange {

namespace {

struct BuiltIn {
    const char* name;
    const char* title;
};

// The titles are translated where they are shown.
constexpr BuiltIn kBuiltIns[] = {
    {"villes-vivre-ensemble-copil6",
     QT_TRANSLATE_NOOP("Templates",
                       "Comité de pilotage n°6 « Villes et vivre ensemble » (exemple)")},
    {"atelier-participatif", QT_TRANSLATE_NOOP("Templates", "Atelier participatif")},
    {"comite-de-pilotage-simple", QT_TRANSLATE_NOOP("Templates", "Comité de pilotage simple")},
};

QString resourceOf(const char* name)
{
    return QStringLiteral(":/copil/templates/%1.json").arg(QLatin1StringView(name));
}

Result<domain::MeetingData> readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Templates::tr("%1 : lecture impossible : %2").arg(shown, file.errorString())};
    }
    const JsonLimits limits;
    if (file.size() > limits.maxFileBytes) {
        return Error{Templates::tr("%1 : fichier trop gros").arg(shown), domain::Fault::Invalid};
    }
    return MeetingJson::parse(file.readAll(), shown, limits);
}

} // namespace

QString Templates::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/modeles");
}

QString Templates::nameFor(const QString& title)
{
    // Letters without their accents, digits, and dashes between words.
    const QString plain = title.normalized(QString::NormalizationForm_D).toLower();
    QString name;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!name.isEmpty() && !name.endsWith(u'-')) {
            name += u'-';
        }
    }
    while (name.endsWith(u'-')) {
        name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("modele") : name.left(80);
}

QList<TemplateInfo> Templates::list(const QString& folder)
{
    QList<TemplateInfo> all;
    for (const BuiltIn& b : kBuiltIns) {
        all << TemplateInfo{QString::fromLatin1(b.name), tr(b.title), resourceOf(b.name), true};
    }
    QList<TemplateInfo> own;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files) {
        auto data = readFile(f.absoluteFilePath());
        if (!data) {
            continue;
        }
        own << TemplateInfo{f.completeBaseName(), data.value().meeting.title, f.absoluteFilePath(),
                            false};
    }
    std::stable_sort(own.begin(), own.end(), [](const TemplateInfo& a, const TemplateInfo& b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return all + own;
}

Result<domain::MeetingData> Templates::load(const QString& nameOrFile, const QString& folder)
{
    for (const TemplateInfo& t : list(folder)) {
        if (t.name == nameOrFile) {
            return readFile(t.path);
        }
    }
    if (const QString own = QDir(folder).filePath(nameOrFile + QStringLiteral(".json"));
        QFileInfo::exists(own)) {
        return readFile(own); // listed only when readable: say why it is not
    }
    if (QFileInfo(nameOrFile).isFile()) {
        return readFile(nameOrFile);
    }
    QStringList names;
    for (const TemplateInfo& t : list(folder)) {
        names << t.name;
    }
    return Error{tr("Modèle « %1 » introuvable : ni un modèle connu (%2), ni un fichier.")
                     .arg(nameOrFile, names.join(QStringLiteral(", "))),
                 domain::Fault::Missing};
}

Result<QString> Templates::save(const domain::MeetingData& meeting, bool withPeople,
                                const QString& name, const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return Error{tr("Dossier des modèles impossible à créer : %1")
                         .arg(QDir::toNativeSeparators(folder))};
    }
    domain::MeetingData templ = domain::Preparation::asTemplate(meeting, withPeople);
    const QString path = QDir(folder).filePath(nameFor(name) + QStringLiteral(".json"));
    if (Status s = Archive::writeFileAtomically(path, MeetingJson::serialize(templ)); !s) {
        return s.failure();
    }
    return path;
}

Result<QString> Templates::importFile(const QString& path, const QString& folder)
{
    auto data = readFile(path);
    if (!data) {
        return data.failure();
    }
    if (!QDir().mkpath(folder)) {
        return Error{tr("Dossier des modèles impossible à créer : %1")
                         .arg(QDir::toNativeSeparators(folder))};
    }
    const QString name = nameFor(QFileInfo(path).completeBaseName());
    const QString target = QDir(folder).filePath(name + QStringLiteral(".json"));
    if (Status s = Archive::writeFileAtomically(target, MeetingJson::serialize(data.value())); !s) {
        return s.failure();
    }
    return name;
}

} // namespace copil::exchange
