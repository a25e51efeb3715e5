#include "Recovery.h"

#include "storage/Backups.h"

#include <QDir>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace copil::gui {

domain::Result<std::unique_ptr<storage::Workspace>>
Recovery::recover(const QString& path, const QString& error, QWidget* parent)
{
    auto readOnly = storage::Workspace::open(path, {.createIfMissing = false, .readOnly = true});
    const auto backups = storage::Backups::list(path);

    QMessageBox box(QMessageBox::Critical, tr("Copil"), error, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recovery"));
    QPushButton* openReadOnly = nullptr;
    QPushButton* restore = nullptr;
    QStringList ways;
    if (readOnly) {
        openReadOnly = box.addButton(tr("Ouvrir en lecture seule"), QMessageBox::AcceptRole);
        ways << tr("l’ouvrir en lecture seule (rien ne sera modifié)");
    }
    if (!backups.isEmpty()) {
        restore = box.addButton(tr("Restaurer une sauvegarde…"), QMessageBox::ActionRole);
        ways << tr("remettre en place une de ses %n sauvegarde(s), la plus récente du %1", nullptr,
                   int(backups.size()))
                    .arg(QLocale().toString(backups.first().when, QLocale::ShortFormat));
    }
    QPushButton* quit = box.addButton(tr("Quitter"), QMessageBox::RejectRole);
    box.setInformativeText(
        ways.isEmpty()
            ? tr("Aucune sauvegarde de ce fichier (dossier %1). Le fichier n’a pas été modifié.")
                  .arg(QDir::toNativeSeparators(storage::Backups::folderOf(path)))
            : tr("Vous pouvez %1.").arg(ways.join(tr(", ou "))));
    box.setDefaultButton(restore ? restore : openReadOnly ? openReadOnly : quit);
    box.exec();

    if (box.clickedButton() == openReadOnly && readOnly) {
        return std::move(readOnly).value();
    }
    if (box.clickedButton() == restore && restore) {
        const QString chosen = chooseBackup(path, parent);
        if (chosen.isEmpty()) {
            return domain::Error{error};
        }
        readOnly = domain::Error{QString()}; // nothing may hold the file during the restore
        const auto restored = storage::Backups::restore(path, chosen);
        if (!restored) {
            return restored.failure();
        }
        return storage::Workspace::open(path, {.createIfMissing = false});
    }
    return domain::Error{error};
}

QString Recovery::chooseBackup(const QString& path, QWidget* parent)
{
    const auto backups = storage::Backups::list(path);
    if (backups.isEmpty()) {
        return {};
    }
    QStringList labels;
    for (const auto& b : backups) {
        labels << tr("%1 – %2 (%3 Ko)")
                      .arg(QLocale().toString(b.when, QLocale::ShortFormat), b.reason)
                      .arg(b.size / 1024);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("Restaurer une sauvegarde"),
        tr("Remettre en place la sauvegarde (la version actuelle sera gardée) :"), labels, 0, false,
        &ok);
    return ok ? backups[labels.indexOf(chosen)].path : QString();
}

} // namespace copil::gui
