#include "ParticipantsPane.h"

#include "domain/Attendance.h"
#include "domain/Labels.h"
#include "domain/MeetingData.h"
#include "domain/Validation.h"
#include "exchange/ParticipantCsv.h"
#include "gui/common/RowModel.h"
#include "gui/participants/CsvImportDialog.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "ui_ParticipantDialog.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
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

// Lower case, accents and other marks dropped, spaces kept: "Sébastien" -> "sebastien".
QString foldForSearch(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out.toCaseFolded();
}

// The participants as the table shows them: every word typed found in the name or the
// organisation, accents and case aside; sorted by the column clicked (its text, in the
// language's order), or in the list's own order.
class ShownParticipants : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString& text)
    {
        m_words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_words.isEmpty()) {
            return true;
        }
        const auto* rows = static_cast<const RowModel<Participant>*>(sourceModel());
        const QModelIndex index = rows->index(row, 0, parent);
        if (!index.isValid()) {
            return false;
        }
        const Participant& p = rows->at(index);
        const QString haystack = foldForSearch(p.name + u' ' + p.organisation);
        for (const QString& word : m_words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const int order = m_collator.compare(left.data().toString(), right.data().toString());
        if (order != 0) {
            return order < 0;
        }
        return left.row() < right.row(); // equal texts keep the list's order
    }

private:
    QStringList m_words;
    QCollator m_collator = [] {
        QCollator c{QLocale()};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
};

} // namespace

// --- dialog ------------------------------------------------------------------------

ParticipantDialog::ParticipantDialog(const Participant& person, bool rapporteur,
                                     const QList<domain::Subgroup>& subgroups, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ParticipantDialog>()), m_original(person)
{
    m_ui->setupUi(this);
    for (auto v : domain::allValues<domain::Civility>()) {
        m_ui->civilityCombo->addItem(
            v == domain::Civility::None ? tr("(non précisée)") : Labels::of(v), int(v));
    }
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
    m_ui->civilityCombo->setCurrentIndex(m_ui->civilityCombo->findData(int(person.civility)));
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
    p.civility = static_cast<domain::Civility>(m_ui->civilityCombo->currentData().toInt());
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
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("participantFilter"));
    m_filter->setPlaceholderText(tr("Rechercher : nom, organisation…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("N’affiche que les personnes dont le nom ou l’organisation contient "
           "ces mots, accents et majuscules mis à part (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setAccessibleName(tr("Rechercher un participant"));
    m_filter->setMinimumWidth(160);
    m_filter->installEventFilter(this);
    bar->addWidget(m_filter, 1);
    auto* find = new QAction(tr("Rechercher un participant"), this);
    find->setShortcut(QKeySequence::Find);
    // From anywhere in the window: the welcome desk looks someone up without first
    // finding the pane.
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                dock->show();
                dock->raise();
                break;
            }
        }
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);
    layout->addLayout(checkInBar);

    m_model = new RowModel<Participant>(this);
    const auto text = [](int role, const QString& value) {
        return role == Qt::DisplayRole ? QVariant(value) : QVariant();
    };
    m_model->setColumns({
        {tr("Nom"), [text](const Participant& p,
                           int role) { return text(role, Labels::civilName(p.civility, p.name)); }},
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
    m_shown = new ShownParticipants(this);
    m_shown->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_shown);
    // Sorted by a click on a column's title; a third click gives the list's own order back.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &ParticipantsPane::filterChanged);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    m_table->setAccessibleName(tr("Participants"));
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
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        ids << m_model->idAt(m_shown->mapToSource(index));
    }
    return ids;
}

QStringList ParticipantsPane::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < m_shown->rowCount(); ++r) {
        ids << m_model->idAt(m_shown->mapToSource(m_shown->index(r, 0)));
    }
    return ids;
}

void ParticipantsPane::selectParticipant(const QString& id)
{
    QModelIndex index = m_shown->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // someone the search hides: show everyone again
        index = m_shown->mapFromSource(m_model->indexOf(id));
    }
    selectRow(index.isValid() ? index.row() : -1);
}

void ParticipantsPane::filterChanged()
{
    static_cast<ShownParticipants*>(m_shown)->setWords(m_filter->text());
    // The first person found is selected, ready for Ctrl+1, unless the selection is shown.
    if (selectedIds().isEmpty() && m_shown->rowCount() > 0) {
        selectRow(0);
    } else if (!selectedIds().isEmpty()) {
        m_table->scrollTo(m_table->currentIndex());
    }
}

bool ParticipantsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0;
    const bool letter = plain && !key->text().isEmpty() && key->text()[0].isLetterOrNumber();
    if (event->type() == QEvent::ShortcutOverride) {
        // Letters typed in the list are a name searched for, not a one-key shortcut (B).
        if (watched == m_table && letter) {
            event->accept();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_filter && plain) {
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            // On to the list, the person found selected.
            if (selectedIds().isEmpty()) {
                selectRow(0);
            }
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (watched == m_table && plain && !key->text().isEmpty() &&
        key->text()[0].isLetterOrNumber()) {
        // Typing a name in the list searches for it, any part of it.
        m_filter->setFocus(Qt::OtherFocusReason);
        m_filter->setText(m_filter->text() + key->text());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipantsPane::selectRow(int row)
{
    // Through the selection model: selectRow() would add to the selection while Ctrl is
    // held, as it is during a Ctrl+1 check-in.
    if (row >= 0 && row < m_shown->rowCount()) {
        m_table->selectionModel()->setCurrentIndex(m_shown->index(row, 0),
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
    // The next person as shown now: sorted by attendance, the one checked in may move.
    const QStringList shown = shownIds();
    const QString next = shown.value(shown.indexOf(ids.last()) + 1);
    if (m_session.editor().setAttendance(m_session.meetingId(), ids, attendance) &&
        ids.size() == 1) {
        if (m_filter->hasFocus() && !m_filter->text().isEmpty()) {
            // Found by the search: the next name typed replaces this one.
            m_filter->selectAll();
        } else if (!next.isEmpty()) {
            // Checking people in one by one: go on to the next.
            selectParticipant(next);
        }
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
    auto parsed =
        exchange::ParticipantCsv::readFile(path, subgroups, m_session.data().participants);
    if (!parsed) {
        emit failed(parsed.error());
        return;
    }
    // Preview: the good lines as they will be saved, the people already there left
    // unticked, the bad lines with their number.
    CsvImportDialog preview(std::move(parsed).value(), path, subgroups, this);
    if (preview.exec() != QDialog::Accepted) {
        return;
    }
    int offset = 0;
    for (const auto& other : m_session.data().participants) {
        offset = std::max(offset, other.position + 1);
    }
    const QList<Participant> people = preview.selection(offset);
    if (people.isEmpty()) {
        return;
    }
    m_session.editor().addParticipants(
        m_session.meetingId(), tr("Import de %n participant(s)", nullptr, int(people.size())),
        people);
}

} // namespace copil::gui
