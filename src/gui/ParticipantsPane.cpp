#include "ParticipantsPane.h"

#include "Editor.h"
#include "domain/Attendance.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"
#include "domain/Validation.h"
#include "exchange/ParticipantCsv.h"
#include "storage/ParticipantRepository.h"
#include "storage/SubgroupRepository.h"
#include "ui_ParticipantDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace copil::gui {

using domain::Labels;
using domain::Participant;

namespace {

QString subgroupName(const QList<domain::Subgroup>& subgroups, const QString& id)
{
    for (const auto& s : subgroups) {
        if (s.id == id) {
            return ParticipantModel::tr("Sous-groupe %1").arg(s.number);
        }
    }
    return {};
}

QString rapporteurOf(const QList<domain::Subgroup>& subgroups, const QString& personId)
{
    for (const auto& s : subgroups) {
        if (!personId.isEmpty() && s.rapporteurId == personId) {
            return s.id;
        }
    }
    return {};
}

} // namespace

// --- model -------------------------------------------------------------------------

void ParticipantModel::setContent(const QList<Participant>& people,
                                  const QList<domain::Subgroup>& subgroups)
{
    beginResetModel();
    m_people = people;
    m_subgroups = subgroups;
    endResetModel();
}

int ParticipantModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people[i].id == id) {
            return i;
        }
    }
    return -1;
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size()) {
        return {};
    }
    const Participant& p = m_people[index.row()];
    if (role == Qt::UserRole) {
        return p.id;
    }
    if (role == Qt::ForegroundRole && index.column() == Presence) {
        switch (p.attendance) {
        case domain::Attendance::Present:
            return QColor(0x1b, 0x5e, 0x20);
        case domain::Attendance::Absent:
            return QColor(0xb7, 0x1c, 0x1c);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p.name;
    case Organisation:
        return p.organisation;
    case Kind:
        return Labels::of(p.organisationKind);
    case Role: {
        const bool reports =
            rapporteurOf(m_subgroups, p.id) == p.subgroupId && !p.subgroupId.isEmpty();
        return reports ? tr("Rapporteur") : Labels::of(p.role);
    }
    case Subgroup:
        return subgroupName(m_subgroups, p.subgroupId);
    case Presence:
        return Labels::of(p.attendance);
    default:
        return {};
    }
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Nom");
    case Organisation:
        return tr("Organisation");
    case Kind:
        return tr("Type");
    case Role:
        return tr("Rôle");
    case Subgroup:
        return tr("Sous-groupe");
    case Presence:
        return tr("Présence");
    default:
        return {};
    }
}

// --- dialog ------------------------------------------------------------------------

ParticipantDialog::ParticipantDialog(const Participant& person, bool rapporteur,
                                     const QList<domain::Subgroup>& subgroups, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ParticipantDialog>()), m_original(person)
{
    m_ui->setupUi(this);
    for (auto v : domain::allValues<domain::OrganisationKind>()) {
        m_ui->kindCombo->addItem(Labels::of(v), int(v));
    }
    for (auto v : domain::allValues<domain::ParticipantRole>()) {
        m_ui->roleCombo->addItem(Labels::of(v), int(v));
    }
    for (auto v : domain::allValues<domain::Attendance>()) {
        m_ui->attendanceCombo->addItem(Labels::of(v), int(v));
    }
    m_ui->subgroupCombo->addItem(tr("(aucun)"), QString());
    for (const auto& s : subgroups) {
        m_ui->subgroupCombo->addItem(tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title), s.id);
    }
    m_ui->nameEdit->setText(person.name);
    m_ui->organisationEdit->setText(person.organisation);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(person.organisationKind)));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(person.role)));
    m_ui->attendanceCombo->setCurrentIndex(m_ui->attendanceCombo->findData(int(person.attendance)));
    m_ui->subgroupCombo->setCurrentIndex(
        std::max(0, m_ui->subgroupCombo->findData(person.subgroupId)));
    m_ui->rapporteurCheck->setChecked(rapporteur);
    m_ui->emailEdit->setText(person.email);
    const auto syncRapporteur = [this] {
        const bool inGroup = !m_ui->subgroupCombo->currentData().toString().isEmpty();
        m_ui->rapporteurCheck->setEnabled(inGroup);
        if (!inGroup) {
            m_ui->rapporteurCheck->setChecked(false);
        }
    };
    connect(m_ui->subgroupCombo, &QComboBox::currentIndexChanged, this, syncRapporteur);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    syncRapporteur();
}

ParticipantDialog::~ParticipantDialog() = default;

Participant ParticipantDialog::person() const
{
    Participant p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.organisation = m_ui->organisationEdit->text().trimmed();
    p.organisationKind =
        static_cast<domain::OrganisationKind>(m_ui->kindCombo->currentData().toInt());
    p.role = static_cast<domain::ParticipantRole>(m_ui->roleCombo->currentData().toInt());
    p.attendance = static_cast<domain::Attendance>(m_ui->attendanceCombo->currentData().toInt());
    p.subgroupId = m_ui->subgroupCombo->currentData().toString();
    p.email = m_ui->emailEdit->text().trimmed();
    if (rapporteur()) {
        p.role = domain::ParticipantRole::Rapporteur;
    }
    return p;
}

bool ParticipantDialog::rapporteur() const
{
    return m_ui->rapporteurCheck->isChecked();
}

void ParticipantDialog::accept()
{
    const auto issues = domain::Validation::checkParticipant(person(), QString());
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const auto& i : issues) {
            messages << tr("%1 : %2").arg(
                m_ui->nameLabel->text().remove(u'&').remove(u':').trimmed(), i.message);
        }
        m_ui->issuesLabel->setText(messages.join(u'\n'));
        m_ui->nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}

// --- pane --------------------------------------------------------------------------

ParticipantsPane::ParticipantsPane(Editor& editor, storage::ParticipantRepository& participants,
                                   storage::SubgroupRepository& subgroups, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_participants(participants), m_subgroups(subgroups)
{
    auto* layout = new QVBoxLayout(this);
    auto* editBar = new QHBoxLayout;
    auto* checkInBar = new QHBoxLayout;
    QHBoxLayout* bar = editBar;
    const auto button = [this, &bar](const QString& text, const QKeySequence& keys,
                                     const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        return action;
    };
    button(tr("Ajouter…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
           tr("Ajouter un participant"), [this] { addParticipant(); });
    button(tr("Modifier…"), QKeySequence(Qt::Key_F2), tr("Modifier le participant"),
           [this] { editSelected(); });
    button(tr("Retirer"), QKeySequence(QKeySequence::Delete), tr("Retirer de la liste"),
           [this] { removeSelected(); });
    button(tr("Importer CSV…"), {}, tr("Importer une liste exportée d’un tableur"),
           [this] { importCsv(); });
    editBar->addStretch(1);
    layout->addLayout(editBar);
    bar = checkInBar;
    bar->addWidget(new QLabel(tr("Émargement :"), this));
    button(tr("Présent"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("Marquer présent"),
           [this] { checkInSelected(domain::Attendance::Present); });
    button(tr("Excusé"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Marquer excusé"),
           [this] { checkInSelected(domain::Attendance::Excused); });
    button(tr("Absent"), QKeySequence(Qt::CTRL | Qt::Key_3), tr("Marquer absent"),
           [this] { checkInSelected(domain::Attendance::Absent); });
    bar->addStretch(1);
    layout->addLayout(checkInBar);

    m_model = new ParticipantModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    layout->addWidget(m_table, 1);
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    connect(&m_participants, &storage::Repository::changed, this, [this](const QString& id) {
        if (id == m_meetingId) {
            reload();
        }
    });
    connect(&m_subgroups, &storage::Repository::changed, this, [this](const QString& id) {
        if (id == m_meetingId) {
            reload();
        }
    });
}

void ParticipantsPane::setMeeting(const QString& meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void ParticipantsPane::reload()
{
    const QStringList selected = selectedIds();
    QList<Participant> people;
    m_subgroupList.clear();
    if (!m_meetingId.isEmpty()) {
        auto loaded = m_participants.participants(m_meetingId);
        auto subgroups = m_subgroups.subgroups(m_meetingId);
        if (!loaded || !subgroups) {
            emit failed(!loaded ? loaded.error() : subgroups.error());
            return;
        }
        people = loaded.value();
        m_subgroupList = subgroups.value();
    }
    m_model->setContent(people, m_subgroupList);
    for (const QString& id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    const auto c = domain::countAttendance(people);
    QStringList kinds;
    for (auto it = c.invitedByKind.cbegin(); it != c.invitedByKind.cend(); ++it) {
        kinds << tr("%1 %2/%3")
                     .arg(Labels::of(it.key()))
                     .arg(c.presentByKind.value(it.key()))
                     .arg(it.value());
    }
    m_counts->setText(
        people.isEmpty()
            ? tr("Aucun participant. Ajoutez-en ou importez une liste (CSV).")
            : tr("Présents %1 sur %2 · excusés %3 · absents %4 · non pointés %5")
                      .arg(c.present)
                      .arg(c.total())
                      .arg(c.excused)
                      .arg(c.absent)
                      .arg(c.expected) +
                  u"\n" + tr("Présents par type : %1").arg(kinds.join(QStringLiteral(" · "))));
}

QString ParticipantsPane::countsText() const
{
    return m_counts->text();
}

QStringList ParticipantsPane::selectedIds() const
{
    QStringList ids;
    if (!m_table->selectionModel()) {
        return ids;
    }
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->at(index.row()).id;
    }
    return ids;
}

void ParticipantsPane::selectParticipant(const QString& id)
{
    selectRow(m_model->rowOf(id));
}

void ParticipantsPane::selectRow(int row)
{
    // Through the selection model: selectRow() would add to the selection while Ctrl is
    // held, as it is during a Ctrl+1 check-in.
    if (row >= 0 && row < m_model->rowCount()) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

void ParticipantsPane::addParticipant()
{
    if (m_meetingId.isEmpty()) {
        return;
    }
    Participant p;
    p.id = domain::newId();
    p.position = m_model->rowCount();
    ParticipantDialog dialog(p, false, m_subgroupList, this);
    dialog.setWindowTitle(tr("Ajouter un participant"));
    if (dialog.exec() == QDialog::Accepted) {
        const Participant added = dialog.person();
        if (m_editor.updateParticipant(m_meetingId, tr("Ajout de %1").arg(added.name), added,
                                       dialog.rapporteur())) {
            selectParticipant(added.id);
        }
    }
}

void ParticipantsPane::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    const Participant& p = m_model->at(m_model->rowOf(ids.first()));
    ParticipantDialog dialog(
        p, rapporteurOf(m_subgroupList, p.id) == p.subgroupId && !p.subgroupId.isEmpty(),
        m_subgroupList, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Participant changed = dialog.person();
        m_editor.updateParticipant(m_meetingId, tr("Modification de %1").arg(changed.name), changed,
                                   dialog.rapporteur());
    }
}

void ParticipantsPane::removeSelected()
{
    const QStringList ids = selectedIds();
    for (const QString& id : ids) {
        m_editor.removeParticipant(m_meetingId, id);
    }
}

void ParticipantsPane::checkInSelected(domain::Attendance attendance)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    const int row = m_model->rowOf(ids.last());
    if (m_editor.setAttendance(m_meetingId, ids, attendance) && ids.size() == 1 &&
        row + 1 < m_model->rowCount()) {
        // Checking people in one by one: go on to the next.
        selectRow(row + 1);
    }
}

void ParticipantsPane::importCsv(const QString& chosen)
{
    if (m_meetingId.isEmpty()) {
        return;
    }
    const QString path =
        chosen.isEmpty()
            ? QFileDialog::getOpenFileName(this, tr("Importer des participants"), QString(),
                                           tr("Listes CSV (*.csv *.txt);;Tous les fichiers (*)"))
            : chosen;
    if (path.isEmpty()) {
        return;
    }
    auto parsed = exchange::ParticipantCsv::readFile(path, m_subgroupList);
    if (!parsed) {
        emit failed(parsed.error());
        return;
    }
    exchange::ParticipantCsv csv = std::move(parsed).value();

    // Preview: the good lines as they will be saved, the bad ones with their number.
    QDialog preview(this);
    preview.setObjectName(QStringLiteral("csvPreview"));
    preview.setWindowTitle(tr("Importer des participants"));
    preview.resize(760, 480);
    auto* layout = new QVBoxLayout(&preview);
    auto* summary = new QLabel(&preview);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    summary->setText(
        tr("%1 : %n personne(s) prête(s) à importer", nullptr, int(csv.people.size()))
            .arg(QDir::toNativeSeparators(path)) +
        (csv.errors.isEmpty()
             ? QString()
             : u"\n" + tr("%n ligne(s) refusée(s), non importée(s) : corrigez le fichier et "
                          "importez-les ensuite.",
                          nullptr, int(csv.errors.size()))) +
        (csv.ignoredColumns.isEmpty()
             ? QString()
             : u"\n" + tr("Colonnes ignorées : %1").arg(csv.ignoredColumns.join(u", "))));
    layout->addWidget(summary);
    auto* table = new QTableWidget(int(csv.people.size()), 6, &preview);
    table->setObjectName(QStringLiteral("rows"));
    table->setHorizontalHeaderLabels(
        {tr("Ligne"), tr("Nom"), tr("Organisation"), tr("Type"), tr("Rôle"), tr("Sous-groupe")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < csv.people.size(); ++r) {
        const Participant& p = csv.people[r];
        const QStringList cells{QString::number(csv.lines[r]),
                                p.name,
                                p.organisation,
                                Labels::of(p.organisationKind),
                                Labels::of(p.role),
                                subgroupName(m_subgroupList, p.subgroupId)};
        for (int c = 0; c < cells.size(); ++c) {
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    if (!csv.errors.isEmpty()) {
        auto* errors = new QPlainTextEdit(csv.errors.join(u'\n'), &preview);
        errors->setObjectName(QStringLiteral("errors"));
        errors->setReadOnly(true);
        errors->setMaximumHeight(120);
        errors->setStyleSheet(QStringLiteral("color: #b71c1c"));
        layout->addWidget(errors);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &preview);
    QPushButton* import =
        buttons->addButton(tr("Importer %n personne(s)", nullptr, int(csv.people.size())),
                           QDialogButtonBox::AcceptRole);
    import->setEnabled(!csv.people.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, &preview, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &preview, &QDialog::reject);
    layout->addWidget(buttons);
    if (preview.exec() != QDialog::Accepted || csv.people.isEmpty()) {
        return;
    }
    const int offset = m_model->rowCount();
    for (auto& p : csv.people) {
        p.position += offset;
    }
    m_editor.addParticipants(m_meetingId,
                             tr("Import de %n participant(s)", nullptr, int(csv.people.size())),
                             csv.people);
}

} // namespace copil::gui
