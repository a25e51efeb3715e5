#include "PrepareActions.h"

#include "MeetingPropertiesDialog.h"
#include "NewMeetingDialog.h"
#include "SubgroupDialog.h"
#include "domain/Preparation.h"
#include "exchange/Templates.h"
#include "gui/subgroups/SubgroupTabs.h"
#include "gui/subgroups/SubgroupView.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace copil::gui {

using domain::Preparation;

PrepareActions::PrepareActions(session::Session& session, QMainWindow* window, QMenu* fileMenu,
                               QAction* before, SubgroupTabs* tabs)
    : QObject(window), m_session(session), m_window(window), m_tabs(tabs)
{
    m_menu = new QMenu(tr("&Réunion"), window);
    m_menu->setObjectName(QStringLiteral("meetingMenu"));
    QAction* after = fileMenu->menuAction();
    const QList<QAction*> top = window->menuBar()->actions();
    const qsizetype at = top.indexOf(after);
    window->menuBar()->insertMenu(top.value(at + 1), m_menu);

    m_new = m_menu->addAction(tr("&Nouvelle réunion…"), this,
                              [this] { NewMeetingDialog::ask(m_session, m_window); });
    m_new->setObjectName(QStringLiteral("newMeetingAction"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_new->setToolTip(tr("Une réunion vide, d’après un modèle ou la suivante d’une réunion"));
    m_menu->addSeparator();
    m_properties = m_menu->addAction(tr("&Propriétés de la réunion…"), this,
                                     [this] { MeetingPropertiesDialog::ask(m_session, m_window); });
    m_properties->setObjectName(QStringLiteral("meetingPropertiesAction"));
    m_properties->setToolTip(tr("Titre, série, numéro, date, lieu, horaires, organisateurs, "
                                "contact, contexte"));
    m_rename = m_menu->addAction(tr("&Renommer…"), this, &PrepareActions::rename);
    m_rename->setObjectName(QStringLiteral("renameMeetingAction"));
    m_duplicate = m_menu->addAction(tr("&Dupliquer"), this, &PrepareActions::duplicate);
    m_duplicate->setObjectName(QStringLiteral("duplicateMeetingAction"));
    m_remove = m_menu->addAction(tr("&Supprimer…"), this, &PrepareActions::remove);
    m_remove->setObjectName(QStringLiteral("removeMeetingAction"));

    m_menu->addSeparator();
    QAction* addSubgroup =
        m_menu->addAction(tr("&Ajouter un sous-groupe…"), this, [this] { editSubgroup({}); });
    addSubgroup->setObjectName(QStringLiteral("addSubgroupAction"));
    m_editSubgroup = m_menu->addAction(tr("&Modifier le sous-groupe…"), this,
                                       [this] { editSubgroup(currentSubgroup()); });
    m_editSubgroup->setObjectName(QStringLiteral("editSubgroupAction"));
    m_editSubgroup->setToolTip(tr("Titre, cadrage, point de l’ordre du jour, rapporteur, "
                                  "membres, gommettes et questions du sous-groupe affiché"));
    m_removeSubgroup =
        m_menu->addAction(tr("Supprimer le sous-&groupe…"), this, &PrepareActions::removeSubgroup);
    m_removeSubgroup->setObjectName(QStringLiteral("removeSubgroupAction"));

    // The Sous-groupes pane: a button to add one, and while there is none, what to do.
    auto* corner = new QPushButton(tr("+ Sous-groupe"), tabs);
    corner->setObjectName(QStringLiteral("addSubgroupButton"));
    corner->setToolTip(tr("Ajouter un sous-groupe"));
    connect(corner, &QPushButton::clicked, addSubgroup, &QAction::trigger);
    tabs->setCornerWidget(corner, Qt::TopRightCorner);
    m_noSubgroup = new QWidget(tabs);
    m_noSubgroup->setObjectName(QStringLiteral("noSubgroupHint"));
    auto* hintLayout = new QVBoxLayout(m_noSubgroup);
    auto* hint = new QLabel(tr("Cette réunion n’a pas de sous-groupe. Des groupes qui "
                               "travaillent en parallèle ? Ajoutez-en un."),
                            m_noSubgroup);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto* hintButton = new QPushButton(tr("Ajouter un sous-groupe"), m_noSubgroup);
    hintButton->setObjectName(QStringLiteral("noSubgroupAddButton"));
    connect(hintButton, &QPushButton::clicked, addSubgroup, &QAction::trigger);
    hintLayout->addStretch();
    hintLayout->addWidget(hint);
    hintLayout->addWidget(hintButton, 0, Qt::AlignCenter);
    hintLayout->addStretch();
    tabs->installEventFilter(this);
    connect(&m_session, &session::Session::changed, this, &PrepareActions::update);

    m_saveTemplate = new QAction(tr("Enregistrer comme &modèle…"), this);
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateAction"));
    connect(m_saveTemplate, &QAction::triggered, this, &PrepareActions::saveAsTemplate);
    auto* importTemplate = new QAction(tr("Importer un mo&dèle…"), this);
    importTemplate->setObjectName(QStringLiteral("importTemplateAction"));
    connect(importTemplate, &QAction::triggered, this, &PrepareActions::importTemplate);
    m_exportTemplate = new QAction(tr("E&xporter comme modèle (fichier)…"), this);
    m_exportTemplate->setObjectName(QStringLiteral("exportTemplateAction"));
    m_exportTemplate->setToolTip(tr("Le modèle de cette réunion dans un fichier, pour le "
                                    "partager avec un collègue"));
    connect(m_exportTemplate, &QAction::triggered, this, &PrepareActions::exportTemplate);
    fileMenu->insertActions(before, {m_saveTemplate, m_exportTemplate, importTemplate});

    connect(&m_session, &session::Session::meetingOpened, this, &PrepareActions::update);
    connect(&m_session, &session::Session::workspaceChanged, this, &PrepareActions::update);
    update();
}

void PrepareActions::update()
{
    const bool open = m_session.hasMeeting() && !m_session.isReadOnly();
    for (QAction* a :
         {m_properties, m_rename, m_duplicate, m_remove, m_saveTemplate, m_exportTemplate}) {
        a->setEnabled(open);
    }
    m_new->setEnabled(!m_session.isReadOnly());
    const bool none = m_session.data().subgroups.isEmpty();
    m_editSubgroup->setEnabled(open && !none);
    m_removeSubgroup->setEnabled(open && !none);
    m_noSubgroup->setVisible(open && none);
    m_noSubgroup->setGeometry(m_tabs->rect());
    m_noSubgroup->raise();
}

bool PrepareActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize) {
        m_noSubgroup->setGeometry(m_tabs->rect());
    }
    return QObject::eventFilter(watched, event);
}

void PrepareActions::editSubgroup(const QString& id)
{
    if (!m_session.hasMeeting()) {
        return;
    }
    SubgroupDialog dialog(m_session, id, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.wantsPrioritisation()) {
        return;
    }
    for (SubgroupView* view : m_tabs->views()) {
        if (view->subgroupId() == dialog.subgroupId()) {
            view->openPrioritisation();
        }
    }
}

QString PrepareActions::currentSubgroup() const
{
    m_tabs->ensureBuilt();
    if (auto* view = qobject_cast<SubgroupView*>(m_tabs->currentWidget())) {
        return view->subgroupId();
    }
    return m_session.data().subgroups.isEmpty() ? QString() : m_session.data().subgroups.first().id;
}

void PrepareActions::removeSubgroup()
{
    const QString id = currentSubgroup();
    const domain::Subgroup* s = domain::findRow(m_session.data().subgroups, id);
    if (!s) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Supprimer le sous-groupe"),
                    tr("Supprimer le sous-groupe %1 – %2 ?").arg(s->number).arg(s->title),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("removeSubgroupBox"));
    box.setInformativeText(tr("Ses questions, éléments à prioriser, critères, votes, solutions et "
                              "notes partent avec lui ; ses membres restent, sans sous-groupe. "
                              "Édition › Annuler remet tout en place."));
    QPushButton* yes = box.addButton(tr("&Supprimer"), QMessageBox::DestructiveRole);
    box.addButton(tr("Annuler"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().last()));
    box.exec();
    if (box.clickedButton() == yes) {
        m_session.editor().removeSubgroup(m_session.meetingId(), id);
    }
}

void PrepareActions::rename()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    domain::Meeting m = m_session.data().meeting;
    bool ok = false;
    const QString title = QInputDialog::getText(m_window, tr("Renommer la réunion"), tr("&Titre :"),
                                                QLineEdit::Normal, m.title, &ok)
                              .trimmed();
    if (!ok || title == m.title) {
        return;
    }
    if (title.isEmpty()) {
        emit failed(tr("Titre : une réunion a besoin d’un titre ; rien n’a changé."));
        return;
    }
    const QString old = m.title;
    m.title = title;
    m_session.editor().updateMeeting(tr("Renommage de « %1 » en « %2 »").arg(old, title), m);
}

void PrepareActions::duplicate()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    const domain::MeetingData copy = Preparation::duplicate(m_session.data());
    if (m_session.editor().createMeeting(tr("Copie de « %1 »").arg(m_session.data().meeting.title),
                                         copy)) {
        m_session.openMeeting(copy.meeting.id);
        emit m_session.notice(tr("Copie créée : « %1 ».").arg(copy.meeting.title));
    }
}

void PrepareActions::remove()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    const domain::MeetingData& d = m_session.data();
    const int notes = int(d.notes.size());
    const int people = int(d.participants.size());
    const int decisions = int(d.decisions.size() + d.actions.size());
    QMessageBox box(
        QMessageBox::Warning, tr("Supprimer la réunion"),
        tr("Supprimer « %1 » (%2) ?")
            .arg(d.meeting.title, QLocale().toString(d.meeting.date, QLocale::LongFormat)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("removeMeetingBox"));
    box.setInformativeText(
        tr("Partent avec elle : %1 ; %2 ; %3 ; %4. Une sauvegarde de l’espace de travail est "
           "faite avant, et Édition › Annuler la remet en place.")
            .arg(Preparation::summary(d), tr("%n note(s)", nullptr, notes),
                 tr("%n participant(s)", nullptr, people),
                 tr("%n décision(s) et action(s)", nullptr, decisions)));
    QPushButton* yes = box.addButton(tr("&Supprimer"), QMessageBox::DestructiveRole);
    box.addButton(tr("Annuler"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().last()));
    box.exec();
    if (box.clickedButton() != yes) {
        return;
    }
    const QString title = d.meeting.title;
    if (m_session.editor().removeMeeting(d.meeting.id)) {
        emit m_session.notice(
            tr("Réunion « %1 » supprimée (une sauvegarde a été faite avant).").arg(title));
    }
}

void PrepareActions::saveAsTemplate()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("saveTemplateDialog"));
    dialog.setWindowTitle(tr("Enregistrer comme modèle"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(m_session.data().meeting.title, &dialog);
    name->setObjectName(QStringLiteral("templateNameEdit"));
    form->addRow(tr("&Nom du modèle :"), name);
    auto* people = new QCheckBox(tr("Garder les &participants"), &dialog);
    people->setObjectName(QStringLiteral("templatePeopleCheck"));
    form->addRow(people);
    form->addRow(new QLabel(tr("Le modèle garde l’ordre du jour, les sous-groupes, leurs "
                               "questions, éléments à prioriser et critères ; ni notes, ni "
                               "votes, ni résultats."),
                            &dialog));
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty()) {
        return;
    }
    domain::MeetingData data = m_session.data();
    data.meeting.title = name->text().trimmed();
    auto saved = exchange::Templates::save(data, people->isChecked(), data.meeting.title);
    if (!saved) {
        emit failed(saved.error());
        return;
    }
    emit m_session.notice(tr("Modèle « %1 » enregistré (%2) : proposé dans Réunion › Nouvelle "
                             "réunion.")
                              .arg(data.meeting.title, QDir::toNativeSeparators(saved.value())));
}

void PrepareActions::exportTemplate()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Exporter comme modèle"),
        exchange::Templates::nameFor(m_session.data().meeting.title) + QStringLiteral(".json"),
        tr("Modèles Copil (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const auto folder = QFileInfo(path).absolutePath();
    auto saved = exchange::Templates::save(m_session.data(), false,
                                           QFileInfo(path).completeBaseName(), folder);
    if (!saved) {
        emit failed(saved.error());
        return;
    }
    emit m_session.notice(
        tr("Modèle exporté : %1 (sans les participants ni ce que la journée a produit).")
            .arg(QDir::toNativeSeparators(saved.value())));
}

void PrepareActions::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Importer un modèle"), {},
                                                      tr("Modèles et réunions Copil (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    auto imported = exchange::Templates::importFile(path);
    if (!imported) {
        emit failed(imported.error());
        return;
    }
    emit m_session.notice(
        tr("Modèle « %1 » ajouté à vos modèles : proposé dans Réunion › Nouvelle réunion.")
            .arg(imported.value()));
}

} // namespace copil::gui
