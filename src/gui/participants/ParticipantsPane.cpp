#include "ParticipantsPane.h"

#include "domain/Attendance.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"
#include "domain/Validation.h"
#include "exchange/ParticipantCsv.h"
#include "gui/common/RowModel.h"
#include "session/Editor.h"
#include "session/Session.h"
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
            return ParticipantsPane::tr("Sous-groupe %1").arg(s.number);
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

ParticipantsPane::ParticipantsPane(session::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
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

    m_model = new RowModel<Participant>(this);
    const auto text = [](int role, const QString& value) {
        return role == Qt::DisplayRole ? QVariant(value) : QVariant();
    };
    m_model->setColumns({
        {tr("Nom"), [text](const Participant& p, int role) { return text(role, p.name); }},
        {tr("Présence"),
         [text](const Participant& p, int role) -> QVariant {
             if (role == Qt::ForegroundRole) {
                 switch (p.attendance) {
                 case domain::Attendance::Present:
                     return QColor(0x1b, 0x5e, 0x20);
                 case domain::Attendance::Absent:
                     return QColor(0xb7, 0x1c, 0x1c);
                 default:
                     return {};
                 }
             }
             return text(role, Labels::of(p.attendance));
         }},
        {tr("Organisation"),
         [text](const Participant& p, int role) { return text(role, p.organisation); }},
        {tr("Type"), [text](const Participant& p,
                            int role) { return text(role, Labels::of(p.organisationKind)); }},
        {tr("Rôle"),
         [this, text](const Participant& p, int role) {
             const bool reports = !p.subgroupId.isEmpty() &&
                                  rapporteurOf(m_session.data().subgroups, p.id) == p.subgroupId;
             return text(role, reports ? tr("Rapporteur") : Labels::of(p.role));
         }},
        {tr("Sous-groupe"),
         [this, text](const Participant& p, int role) {
             return text(role, subgroupName(m_session.data().subgroups, p.subgroupId));
         }},
    });
    m_model->setOrder([](const Participant& a, const Participant& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
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
    // An empty list says what to do, with the button to do it.
    m_importHint = new QPushButton(tr("Importer une liste de participants…"), this);
    m_importHint->setObjectName(QStringLiteral("importParticipantsHint"));
    connect(m_importHint, &QPushButton::clicked, this, [this] { importCsv(); });
    layout->addWidget(m_importHint, 0, Qt::AlignLeft);

    connect(&m_session, &session::Session::changed, this, &ParticipantsPane::changed);
    connect(&m_session, &session::Session::meetingOpened, this, &ParticipantsPane::reset);
    reset();
}

ParticipantsPane::~ParticipantsPane() = default;

void ParticipantsPane::reset()
{
    m_model->reset(m_session.data().participants);
    showCounts();
}

void ParticipantsPane::changed(const domain::ChangeEvent& event)
{
    if (event.reset) {
        reset();
        return;
    }
    if (event.touches(domain::EntityKind::Participant)) {
        m_model->update(m_session.data().participants);
    }
    if (event.touches(domain::EntityKind::Subgroup)) {
        m_model->refreshAll(); // subgroup names and rapporteurs are shown
    }
    if (event.touches(domain::EntityKind::Participant)) {
        showCounts();
    }
}

void ParticipantsPane::showCounts()
{
    const QList<Participant>& people = m_session.data().participants;
    const auto c = domain::countAttendance(people);
    m_importHint->setVisible(people.isEmpty() && m_session.hasMeeting());
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
        ids << m_model->idAt(index);
    }
    return ids;
}

void ParticipantsPane::selectParticipant(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    selectRow(index.isValid() ? index.row() : -1);
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
    if (!m_session.hasMeeting()) {
        return;
    }
    Participant p;
    p.id = domain::newId();
    for (const auto& other : m_session.data().participants) {
        p.position = std::max(p.position, other.position + 1);
    }
    ParticipantDialog dialog(p, false, m_session.data().subgroups, this);
    dialog.setWindowTitle(tr("Ajouter un participant"));
    if (dialog.exec() == QDialog::Accepted) {
        const Participant added = dialog.person();
        if (m_session.editor().updateParticipant(m_session.meetingId(),
                                                 tr("Ajout de %1").arg(added.name), added,
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
    const Participant* found = m_model->find(ids.first());
    if (!found) {
        return;
    }
    const Participant p = *found;
    const QList<domain::Subgroup>& subgroups = m_session.data().subgroups;
    ParticipantDialog dialog(
        p, rapporteurOf(subgroups, p.id) == p.subgroupId && !p.subgroupId.isEmpty(), subgroups,
        this);
    if (dialog.exec() == QDialog::Accepted) {
        const Participant changed = dialog.person();
        m_session.editor().updateParticipant(m_session.meetingId(),
                                             tr("Modification de %1").arg(changed.name), changed,
                                             dialog.rapporteur());
    }
}

void ParticipantsPane::removeSelected()
{
    const QStringList ids = selectedIds();
    for (const QString& id : ids) {
        m_session.editor().removeParticipant(m_session.meetingId(), id);
    }
}

void ParticipantsPane::checkInSelected(domain::Attendance attendance)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    const int row = m_model->indexOf(ids.last()).row();
    if (m_session.editor().setAttendance(m_session.meetingId(), ids, attendance) &&
        ids.size() == 1 && row + 1 < m_model->rowCount()) {
        // Checking people in one by one: go on to the next.
        selectRow(row + 1);
    }
}

void ParticipantsPane::importCsv(const QString& chosen)
{
    if (!m_session.hasMeeting()) {
        return;
    }
    const QList<domain::Subgroup>& subgroups = m_session.data().subgroups;
    const QString path =
        chosen.isEmpty()
            ? QFileDialog::getOpenFileName(this, tr("Importer des participants"), QString(),
                                           tr("Listes CSV (*.csv *.txt);;Tous les fichiers (*)"))
            : chosen;
    if (path.isEmpty()) {
        return;
    }
    auto parsed = exchange::ParticipantCsv::readFile(path, subgroups);
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
                                subgroupName(subgroups, p.subgroupId)};
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
    int offset = 0;
    for (const auto& other : m_session.data().participants) {
        offset = std::max(offset, other.position + 1);
    }
    for (auto& p : csv.people) {
        p.position += offset;
    }
    m_session.editor().addParticipants(
        m_session.meetingId(), tr("Import de %n participant(s)", nullptr, int(csv.people.size())),
        csv.people);
}

} // namespace copil::gui
