#include "WorkspaceActions.h"

#include "Recovery.h"
#include "exchange/MeetingJson.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace copil::gui {

using domain::Error;
using domain::Status;

Status WorkspaceActions::open(session::Session& session, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Ouvrir un espace de travail"),
        QFileInfo(session.workspace().path()).absolutePath(),
        tr("Espaces de travail Copil (*.copil *.sqlite);;Tous les fichiers (*)"));
    if (path.isEmpty()) {
        return {};
    }
    auto opened = storage::Workspace::open(path, {.createIfMissing = false, .dailyBackup = true});
    if (!opened) {
        return opened.failure();
    }
    session.setWorkspace(std::move(opened).value());
    return {};
}

Status WorkspaceActions::importMeeting(session::Session& session, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Importer une réunion"), QString(),
                                                      tr("Réunions Copil (*.copil.json *.json)"));
    if (path.isEmpty()) {
        return {};
    }
    return importMeetingFile(session, path, parent);
}

Status WorkspaceActions::importMeetingFile(session::Session& session, const QString& path,
                                           QWidget* parent)
{
    // A meeting already in the workspace: offer a copy with new ids.
    exchange::ImportOptions options;
    if (QFile file(path); file.open(QIODevice::ReadOnly)) {
        const auto parsed = exchange::MeetingJson::parse(file.readAll(), path);
        if (parsed &&
            storage::MeetingRepository(session.workspace()).contains(parsed.value().meeting.id)) {
            QMessageBox box(
                QMessageBox::Question, tr("Importer une réunion"),
                tr("« %1 » est déjà dans cet espace de travail.").arg(parsed.value().meeting.title),
                QMessageBox::NoButton, parent);
            box.setObjectName(QStringLiteral("importCopyBox"));
            box.setInformativeText(tr("En faire une copie, avec de nouveaux identifiants ? "
                                      "La réunion déjà là ne change pas."));
            QPushButton* copy = box.addButton(tr("Faire une &copie"), QMessageBox::AcceptRole);
            box.addButton(tr("Annuler"), QMessageBox::RejectRole);
            box.setDefaultButton(copy);
            box.exec();
            if (box.clickedButton() != copy) {
                return {};
            }
            options.newIds = true;
        }
    }
    auto imported = session.importFile(path, options);
    if (!imported) {
        return imported.failure();
    }
    session.openMeeting(imported.value());
    return {};
}

void WorkspaceActions::offerImport(session::Session& session, const QString& path, QWidget* parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Importer une réunion"),
        tr("Importer la réunion du fichier « %1 » dans l’espace de travail %2 ?")
            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(session.workspace().path())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    auto imported = session.importFile(path);
    if (!imported) {
        QMessageBox::warning(parent, tr("Importer une réunion"), imported.error());
        return;
    }
    session.openMeeting(imported.value());
}

Status WorkspaceActions::restoreBackup(session::Session& session, const QString& backupPath)
{
    if (const Status restored = session.restoreBackup(backupPath); !restored) {
        return restored;
    }
    emit session.notice(
        tr("Sauvegarde remise en place ; la version remplacée est gardée parmi les sauvegardes."));
    return {};
}

Status WorkspaceActions::chooseBackup(session::Session& session, QWidget* parent)
{
    const QString path = session.workspace().path();
    if (storage::Backups::list(path).isEmpty()) {
        return Error{tr("Aucune sauvegarde de %1 pour l’instant (dossier %2).")
                         .arg(QDir::toNativeSeparators(path),
                              QDir::toNativeSeparators(storage::Backups::folderOf(path))),
                     domain::Fault::Missing};
    }
    if (const QString chosen = Recovery::chooseBackup(path, parent); !chosen.isEmpty()) {
        return restoreBackup(session, chosen);
    }
    return {};
}

QList<QAction*> WorkspaceActions::historyActions(session::Editor& editor, QObject* parent)
{
    const QUndoStack* stack = editor.undoStack();
    auto* undo = new QAction(tr("&Annuler"), parent);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    auto* redo = new QAction(tr("&Rétablir"), parent);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QObject::connect(undo, &QAction::triggered, &editor, [&editor] { editor.undo(); });
    QObject::connect(redo, &QAction::triggered, &editor, [&editor] { editor.redo(); });
    const auto follow = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(stack->canUndo() ? tr("&Annuler « %1 »").arg(stack->undoText())
                                       : tr("&Annuler"));
        redo->setText(stack->canRedo() ? tr("&Rétablir « %1 »").arg(stack->redoText())
                                       : tr("&Rétablir"));
    };
    QObject::connect(stack, &QUndoStack::indexChanged, undo, follow);
    QObject::connect(stack, &QUndoStack::cleanChanged, undo, follow);
    follow();
    return {undo, redo};
}

} // namespace copil::gui
