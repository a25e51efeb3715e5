#include "RoomActions.h"

#include "session/Editor.h"
#include "session/Session.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace copil::gui {

// --- preparing the rooms' copies ----------------------------------------------------------

PrepareRoomsDialog::PrepareRoomsDialog(session::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Préparer les postes des salles"));
    setObjectName(QStringLiteral("prepareRoomsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Chaque poste est un espace de travail Copil à ouvrir sur l’ordinateur du "
           "rapporteur (clé USB, dossier partagé, courriel). La saisie de la salle se fusionne "
           "ensuite ici par Fichier › Fusionner une saisie de salle…"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const auto& s : session.data().subgroups) {
        auto* box = new QCheckBox(tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title), this);
        box->setChecked(true);
        box->setProperty("subgroupId", s.id);
        layout->addWidget(box);
        m_boxes << box;
    }
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Dossier :"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("roomsFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    label->setBuddy(m_folder);
    auto* browse = new QPushButton(tr("&Parcourir…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Dossier des postes"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
        }
    });
    row->addWidget(label);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Écrire les postes"), QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &PrepareRoomsDialog::write);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void PrepareRoomsDialog::write()
{
    m_written.clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_message->setText(
            tr("Le dossier « %1 » n’existe pas : choisissez-en un.").arg(m_folder->text()));
        return;
    }
    QStringList done;
    for (QCheckBox* box : m_boxes) {
        if (!box->isChecked()) {
            continue;
        }
        const QString id = box->property("subgroupId").toString();
        const QString file =
            QDir(folder).filePath(exchange::RoomCopy::fileNameFor(m_session.data(), id));
        auto written = exchange::RoomCopy::write(m_session.workspace(), m_session.meetingId(), id,
                                                 file, m_session.now());
        if (!written) {
            m_message->setText(written.error());
            return;
        }
        m_written << file;
        done << QDir::toNativeSeparators(file);
    }
    if (done.isEmpty()) {
        m_message->setText(tr("Cochez au moins un sous-groupe."));
        return;
    }
    m_message->setText(tr("%n poste(s) écrit(s) :", nullptr, int(done.size())) + u'\n' +
                       done.join(u'\n'));
}

// --- merging a room's capture -------------------------------------------------------------

MergeRoomDialog::MergeRoomDialog(session::Session& session, exchange::MergePlan plan,
                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_plan(std::move(plan))
{
    setWindowTitle(tr("Fusionner : %1").arg(m_plan.copy.mark.label));
    setObjectName(QStringLiteral("mergeRoomDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* from = new QLabel(exchange::RoomCopy::banner(m_plan.copy.mark) + u'\n' +
                                QDir::toNativeSeparators(m_plan.source),
                            this);
    from->setWordWrap(true);
    layout->addWidget(from);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    layout->addWidget(new QLabel(tr("Ce que la salle apporte :"), this));
    layout->addWidget(m_preview, 1);
    if (!m_plan.conflicts.isEmpty()) {
        layout->addWidget(
            new QLabel(tr("%n conflit(s) : le même champ a changé ici et dans la salle.", nullptr,
                          int(m_plan.conflicts.size())),
                       this));
        m_conflicts = new QTableWidget(int(m_plan.conflicts.size()), 5, this);
        m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
        m_conflicts->setHorizontalHeaderLabels(
            {tr("Élément"), tr("Champ"), tr("Ici"), tr("Dans la salle"), tr("Garder")});
        m_conflicts->verticalHeader()->hide();
        m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int i = 0; i < m_plan.conflicts.size(); ++i) {
            const auto& c = m_plan.conflicts[i];
            const QStringList cells{c.what, exchange::RoomMerge::fieldLabel(c.column), c.hub,
                                    c.room};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                item->setToolTip(cells[column]);
                m_conflicts->setItem(i, column, item);
            }
            auto* choice = new QComboBox(m_conflicts);
            choice->addItem(tr("La version d’ici"));
            choice->addItem(tr("La version de la salle"));
            if (c.text) {
                choice->addItem(tr("Les deux textes"));
            }
            connect(choice, &QComboBox::currentIndexChanged, this, &MergeRoomDialog::refresh);
            m_conflicts->setCellWidget(i, 4, choice);
        }
        m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_conflicts->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
        m_conflicts->setWordWrap(true);
        m_conflicts->resizeRowsToContents();
        layout->addWidget(m_conflicts, 1);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Fusionner"), QDialogButtonBox::AcceptRole);
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeRoomDialog::merge);
    layout->addWidget(buttons);
    resize(820, 560);
    refresh();
}

QComboBox* MergeRoomDialog::choiceOf(int conflict) const
{
    return m_conflicts ? qobject_cast<QComboBox*>(m_conflicts->cellWidget(conflict, 4)) : nullptr;
}

void MergeRoomDialog::refresh()
{
    QList<exchange::MergeSide> choices;
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        choices << exchange::MergeSide(choiceOf(i)->currentIndex());
    }
    auto changes = exchange::RoomMerge::resolve(m_plan, choices, m_session.now());
    if (!changes) {
        m_changes.reset();
        m_preview->setPlainText({});
        m_message->setText(changes.error());
        m_merge->setEnabled(false);
        return;
    }
    m_changes = std::move(changes).value();
    m_preview->setPlainText(exchange::RoomMerge::preview(m_plan, *m_changes).join(u'\n'));
    m_message->clear();
    m_merge->setEnabled(true);
}

void MergeRoomDialog::merge()
{
    if (!m_changes) {
        return;
    }
    QString error;
    const auto connection = connect(&m_session.editor(), &session::Editor::failed, this,
                                    [&error](const QString& message) { error = message; });
    const bool ok = m_session.editor().mergeRoomCopy(*m_changes);
    disconnect(connection);
    if (!ok) {
        m_message->setText(tr("Rien n’a été fusionné : %1 Rouvrez la fusion pour voir l’état "
                              "actuel.")
                               .arg(error));
        return;
    }
    accept();
}

// --- the actions --------------------------------------------------------------------------

RoomActions::RoomActions(session::Session& session, QMenu* fileMenu, QMenu* liveMenu,
                         QWidget* header, std::function<bool(const QString&)> showPane,
                         QWidget* window)
    : QObject(window), m_session(session), m_window(window), m_showPane(std::move(showPane))
{
    m_merge = new QAction(tr("Fusionner une &saisie de salle…"), this);
    m_merge->setObjectName(QStringLiteral("mergeRoomAction"));
    m_merge->setStatusTip(tr("Reprendre ici ce qu’un rapporteur a saisi sur son poste de salle"));
    connect(m_merge, &QAction::triggered, this, [this] { mergeRoom(); });
    // After « Importer une réunion… ».
    const QList<QAction*> file = fileMenu->actions();
    fileMenu->insertAction(file.value(3), m_merge);

    m_prepare = new QAction(tr("Préparer les &postes des salles…"), this);
    m_prepare->setObjectName(QStringLiteral("prepareRoomsAction"));
    m_prepare->setStatusTip(tr("Une copie de la réunion par sous-groupe, pour l’ordinateur de "
                               "son rapporteur"));
    connect(m_prepare, &QAction::triggered, this, &RoomActions::prepareRooms);
    liveMenu->addSeparator();
    liveMenu->addAction(m_prepare);

    // A band across the top of the window: who reads it must know this is not the
    // facilitator's workspace.
    m_banner = new QLabel(header->parentWidget());
    m_banner->setObjectName(QStringLiteral("roomBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #4a3b00; "
                                           "border: 1px solid #e0c868; padding: 4px 8px; "
                                           "font-weight: bold; }"));
    m_banner->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(header->parentWidget()->layout())) {
        box->insertWidget(0, m_banner);
    }

    connect(&session, &session::Session::meetingOpened, this, &RoomActions::meetingOpened);
    connect(&session, &session::Session::workspaceChanged, this, &RoomActions::meetingOpened);
    meetingOpened();
}

void RoomActions::meetingOpened()
{
    const bool hasMeeting = m_session.hasMeeting();
    m_prepare->setEnabled(hasMeeting && !m_session.isReadOnly());
    m_merge->setEnabled(hasMeeting && !m_session.isReadOnly());
    auto copy = exchange::RoomCopy::read(m_session.workspace());
    if (!copy || !copy.value() || copy.value()->mark.meetingId != m_session.meetingId()) {
        m_banner->hide();
        return;
    }
    const storage::RoomCopyMark& mark = copy.value()->mark;
    m_banner->setText(exchange::RoomCopy::banner(mark));
    m_banner->show();
    // A room copy opens on its subgroup's pane, once per opening.
    const QString key = m_session.workspace().path() + u'|' + mark.copyId;
    if (key == m_shownFor) {
        return;
    }
    m_shownFor = key;
    if (const auto* s = domain::findRow(m_session.data().subgroups, mark.subgroupId)) {
        // Once the window has built its panes.
        QTimer::singleShot(0, this, [this, pane = QStringLiteral("subgroup-%1").arg(s->number)] {
            m_showPane(pane);
        });
    }
}

void RoomActions::prepareRooms()
{
    if (!m_session.hasMeeting()) {
        return;
    }
    PrepareRoomsDialog dialog(m_session, m_window);
    dialog.exec();
}

void RoomActions::mergeRoom(const QString& chosen)
{
    if (!m_session.hasMeeting()) {
        return;
    }
    const QString file =
        chosen.isEmpty()
            ? QFileDialog::getOpenFileName(
                  m_window, tr("Fusionner une saisie de salle"),
                  QFileInfo(m_session.workspace().path()).absolutePath(),
                  tr("Postes de salle Copil (*.sqlite *.copil);;Tous les fichiers (*)"))
            : chosen;
    if (file.isEmpty()) {
        return;
    }
    auto plan = exchange::RoomMerge::prepare(m_session.workspace(), file);
    if (!plan) {
        emit failed(plan.error());
        return;
    }
    const QString label = plan.value().copy.mark.label;
    MergeRoomDialog dialog(m_session, std::move(plan).value(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit m_session.notice(tr("Saisie fusionnée : %1 (Ctrl+Z pour annuler).").arg(label));
    }
}

} // namespace copil::gui
