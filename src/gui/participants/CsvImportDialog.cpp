#include "CsvImportDialog.h"

#include "domain/Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copil::gui {

using domain::Labels;

namespace {

enum PreviewColumn { LineColumn, StatusColumn = 6, PreviewColumnCount };

QString previewSubgroupName(const QList<domain::Subgroup>& subgroups, const QString& id)
{
    for (const auto& s : subgroups) {
        if (s.id == id) {
            return CsvImportDialog::tr("Sous-groupe %1").arg(s.number);
        }
    }
    return {};
}

} // namespace

CsvImportDialog::CsvImportDialog(exchange::ParticipantCsv csv, const QString& path,
                                 const QList<domain::Subgroup>& subgroups, QWidget* parent)
    : QDialog(parent), m_csv(std::move(csv))
{
    setObjectName(QStringLiteral("csvPreview"));
    setWindowTitle(tr("Importer des participants"));
    resize(760, 480);
    auto* layout = new QVBoxLayout(this);
    m_path = QDir::toNativeSeparators(path);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString separator =
        m_csv.separator == u'\t' ? tr("tabulation") : tr("« %1 »").arg(m_csv.separator);
    m_details << tr("Fichier lu en %1, séparateur %2.").arg(m_csv.encoding, separator);
    if (const int duplicates = m_csv.duplicateCount(); duplicates > 0) {
        m_details << tr("%n personne(s) déjà inscrite(s) ou en double, laissée(s) de côté : "
                        "cochez celles à ajouter quand même.",
                        nullptr, duplicates);
    }
    if (!m_csv.errors.isEmpty()) {
        m_details << tr("%n ligne(s) refusée(s), non importée(s) : corrigez le fichier et "
                        "importez-les ensuite.",
                        nullptr, int(m_csv.errors.size()));
    }
    if (!m_csv.ignoredColumns.isEmpty()) {
        m_details << tr("Colonnes ignorées : %1").arg(m_csv.ignoredColumns.join(u", "));
    }
    layout->addWidget(m_summary);

    if (const QString notice = m_csv.subgroupNotice(); !notice.isEmpty()) {
        auto* label = new QLabel(notice, this);
        label->setObjectName(QStringLiteral("subgroupNotice"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #8a4b00"));
        layout->addWidget(label);
        m_withoutSubgroup = new QCheckBox(tr("Importer ces %n personne(s) sans sous-groupe",
                                             nullptr, m_csv.missingSubgroupCount()),
                                          this);
        m_withoutSubgroup->setObjectName(QStringLiteral("withoutSubgroup"));
        layout->addWidget(m_withoutSubgroup);
    }

    m_rows = new QTableWidget(int(m_csv.people.size()), PreviewColumnCount, this);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setHorizontalHeaderLabels({tr("Ligne"), tr("Nom"), tr("Organisation"), tr("Type"),
                                       tr("Rôle"), tr("Sous-groupe"), tr("État")});
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    for (int r = 0; r < m_csv.people.size(); ++r) {
        const domain::Participant& p = m_csv.people[r];
        const QStringList cells{QString::number(m_csv.lines[r]),
                                Labels::civilName(p.civility, p.name),
                                p.organisation,
                                Labels::of(p.organisationKind),
                                Labels::of(p.role),
                                previewSubgroupName(subgroups, p.subgroupId),
                                m_csv.statusOf(r)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == LineColumn) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_csv.isDuplicate(r) ? Qt::Unchecked : Qt::Checked);
                item->setToolTip(tr("Cochée : la personne est importée (Espace pour changer)"));
            }
            if (c == StatusColumn && m_csv.isDuplicate(r)) {
                item->setToolTip(tr("Cette personne est déjà dans la réunion (même nom et même "
                                    "organisation, ou même adresse électronique) : cochez-la "
                                    "pour l’ajouter quand même."));
            }
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_rows, 1);
    if (!m_csv.errors.isEmpty()) {
        auto* errors = new QPlainTextEdit(m_csv.errors.join(u'\n'), this);
        errors->setObjectName(QStringLiteral("errors"));
        errors->setReadOnly(true);
        errors->setMaximumHeight(120);
        errors->setStyleSheet(QStringLiteral("color: #b71c1c"));
        layout->addWidget(errors);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_rows, &QTableWidget::itemChanged, this, [this] { sync(); });
    if (m_withoutSubgroup) {
        connect(m_withoutSubgroup, &QCheckBox::toggled, this, [this](bool agreed) {
            // Agreeing ticks the people without their subgroup (duplicates aside).
            m_syncing = true;
            for (int r = 0; r < m_rows->rowCount(); ++r) {
                if (!m_csv.missingSubgroup[r].isEmpty()) {
                    m_rows->item(r, LineColumn)
                        ->setCheckState(agreed && !m_csv.isDuplicate(r) ? Qt::Checked
                                                                        : Qt::Unchecked);
                }
            }
            m_syncing = false;
            sync();
        });
        for (int r = 0; r < m_rows->rowCount(); ++r) {
            if (!m_csv.missingSubgroup[r].isEmpty()) {
                m_rows->item(r, LineColumn)->setCheckState(Qt::Unchecked);
            }
        }
    }
    sync();
    m_rows->setFocus();
    if (m_rows->rowCount() > 0) {
        m_rows->setCurrentCell(0, LineColumn);
    }
}

QList<bool> CsvImportDialog::chosen() const
{
    QList<bool> out;
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        out << (m_rows->item(r, LineColumn)->checkState() == Qt::Checked);
    }
    return out;
}

void CsvImportDialog::sync()
{
    if (m_syncing) {
        return;
    }
    // A person without their subgroup can be ticked only once that is agreed.
    const bool agreed = m_withoutSubgroup && m_withoutSubgroup->isChecked();
    m_syncing = true;
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        if (!m_csv.missingSubgroup[r].isEmpty() && !agreed) {
            m_rows->item(r, LineColumn)->setCheckState(Qt::Unchecked);
        }
    }
    m_syncing = false;
    const int n = int(selection(0).size());
    m_summary->setText(tr("%1 : %n personne(s) prête(s) à importer", nullptr, n).arg(m_path) +
                       u'\n' + m_details.join(u'\n'));
    m_import->setText(tr("Importer %n personne(s)", nullptr, n));
    m_import->setEnabled(n > 0);
}

QList<domain::Participant> CsvImportDialog::selection(int firstPosition) const
{
    return m_csv.selection(chosen(), m_withoutSubgroup && m_withoutSubgroup->isChecked(),
                           firstPosition);
}

} // namespace copil::gui
