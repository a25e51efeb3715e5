#include "ExportDialog.h"

#include "session/Session.h"
#include "ui_ExportDialog.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace copil::gui {

using exchange::ExportFormat;
using Variant = exchange::MinutesOptions::Variant;

ExportDialog::ExportDialog(const domain::Meeting& meeting, Variant variant, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_meeting(meeting)
{
    m_ui->setupUi(this);
    m_ui->documentCombo->addItem(tr("Compte rendu"), static_cast<int>(Variant::Minutes));
    m_ui->documentCombo->addItem(tr("Relevé de décisions"), static_cast<int>(Variant::Decisions));
    m_ui->documentCombo->addItem(tr("Ordre du jour (à distribuer)"),
                                 static_cast<int>(Variant::Agenda));
    m_ui->documentCombo->addItem(tr("Feuille d’émargement (à signer)"),
                                 static_cast<int>(Variant::AttendanceSheet));
    m_ui->formatCombo->addItem(tr("PDF (A4)"), static_cast<int>(ExportFormat::Pdf));
    m_ui->formatCombo->addItem(tr("OpenDocument texte (LibreOffice, Word)"),
                               static_cast<int>(ExportFormat::Odt));
    m_ui->formatCombo->addItem(tr("Page HTML autonome"), static_cast<int>(ExportFormat::Html));
    m_ui->formatCombo->addItem(tr("Markdown"), static_cast<int>(ExportFormat::Markdown));
    m_ui->formatCombo->addItem(tr("Agenda iCalendar (.ics)"), static_cast<int>(ExportFormat::Ics));
    m_ui->formatCombo->addItem(tr("Archive complète (JSON)"), static_cast<int>(ExportFormat::Json));

    m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_folder.isEmpty() || !QDir(m_folder).exists()) {
        m_folder = QDir::homePath();
    }
    setVariant(variant);
    setValidated(meeting.minutesValidated(), meeting.minutesValidatedBy);
    if (!meeting.minutesHistory.isEmpty()) {
        // Validations a later change took back: the person validates again knowingly.
        QStringList lines{tr("Validations antérieures, reprises par une modification :")};
        for (const auto& v : meeting.minutesHistory) {
            lines << tr("– validé par %1 le %2, revenu en projet le %3")
                         .arg(v.by, v.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                              v.reopenedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        }
        auto* history = new QLabel(lines.join(u'\n'), this);
        history->setObjectName(QStringLiteral("minutesHistory"));
        history->setWordWrap(true);
        if (auto* box = qobject_cast<QBoxLayout*>(layout())) {
            box->insertWidget(box->count() - 1, history);
        }
    }
    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_ui->validatedRadio, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->validatedByEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->destinationEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xporter"));
    updateState();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setVariant(Variant variant)
{
    m_ui->documentCombo->setCurrentIndex(m_ui->documentCombo->findData(static_cast<int>(variant)));
    m_ui->destinationEdit->clear();
    updateState();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(format)));
    updateState();
}

void ExportDialog::setValidated(bool validated, const QString& by)
{
    (validated ? m_ui->validatedRadio : m_ui->draftRadio)->setChecked(true);
    m_ui->validatedByEdit->setText(by);
    updateState();
}

void ExportDialog::setDestination(const QString& path)
{
    m_ui->destinationEdit->setText(path);
}

QString ExportDialog::destination() const
{
    return m_ui->destinationEdit->text().trimmed();
}

exchange::ExportRequest ExportDialog::request() const
{
    exchange::ExportRequest r;
    r.format = static_cast<ExportFormat>(m_ui->formatCombo->currentData().toInt());
    r.options.variant = static_cast<Variant>(m_ui->documentCombo->currentData().toInt());
    r.options.attendance = m_ui->attendanceCheck->isChecked();
    r.options.voteDetails = m_ui->votesCheck->isChecked();
    r.options.notes = m_ui->notesCheck->isChecked();
    r.options.emptyParts = m_ui->emptyPartsCheck->isChecked();
    r.options.sheetPerSubgroup = m_ui->perSubgroupCheck->isChecked();
    r.options.validated = m_ui->validatedRadio->isChecked();
    r.options.validatedBy = m_ui->validatedByEdit->text().trimmed();
    return r;
}

QString ExportDialog::defaultFileName() const
{
    const auto r = request();
    QString kind;
    switch (r.options.variant) {
    case Variant::Minutes:
        kind = tr("compte-rendu");
        break;
    case Variant::Decisions:
        kind = tr("releve-de-decisions");
        break;
    case Variant::Agenda:
        kind = tr("ordre-du-jour");
        break;
    case Variant::AttendanceSheet:
        kind = tr("feuille-d-emargement");
        break;
    }
    if (r.format == ExportFormat::Json) {
        kind = tr("archive");
    }
    // A file name without characters that some systems refuse.
    QString title = m_meeting.title;
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    return m_meeting.date.toString(Qt::ISODate) + u'-' + title + u'-' + kind + u'.' +
           exchange::formatName(r.format);
}

void ExportDialog::updateState()
{
    const auto r = request();
    const bool agenda = r.options.variant == Variant::Agenda;
    const bool json = r.format == ExportFormat::Json;
    // iCalendar carries an agenda only; the JSON archive carries everything.
    auto* model = qobject_cast<QStandardItemModel*>(m_ui->formatCombo->model());
    if (auto* item =
            model ? model->item(m_ui->formatCombo->findData(static_cast<int>(ExportFormat::Ics)))
                  : nullptr) {
        item->setEnabled(agenda);
    }
    if (r.format == ExportFormat::Ics && !agenda) {
        m_ui->formatCombo->setCurrentIndex(0);
        return; // called again through the index change
    }
    const bool sheet = r.options.variant == Variant::AttendanceSheet;
    m_ui->sectionsBox->setEnabled(!agenda && !json &&
                                  (r.options.variant == Variant::Minutes || sheet));
    for (QCheckBox* box :
         {m_ui->attendanceCheck, m_ui->votesCheck, m_ui->notesCheck, m_ui->emptyPartsCheck}) {
        box->setVisible(!sheet);
    }
    m_ui->perSubgroupCheck->setVisible(sheet);
    m_ui->sectionsBox->setTitle(sheet ? tr("Feuilles") : tr("Sections"));
    // A sheet to sign is neither a draft nor validated.
    m_ui->statusBox->setVisible(!sheet);
    m_ui->statusBox->setEnabled(!agenda && !json && !sheet);
    m_ui->validatedByEdit->setEnabled(m_ui->validatedRadio->isChecked());

    // The destination follows the format until the person chooses a place.
    const QString current = destination();
    if (current.isEmpty() || current == m_ui->destinationEdit->property("suggested").toString()) {
        const QString suggested = QDir(m_folder).filePath(defaultFileName());
        m_ui->destinationEdit->setProperty("suggested", suggested);
        const QSignalBlocker blocker(m_ui->destinationEdit);
        m_ui->destinationEdit->setText(suggested);
    }
    const bool validatedWithoutName = m_ui->validatedRadio->isChecked() &&
                                      m_ui->statusBox->isEnabled() &&
                                      r.options.validatedBy.isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!destination().isEmpty() && !validatedWithoutName);
    m_ui->validatedByEdit->setPlaceholderText(tr("nom de la personne qui valide"));
}

void ExportDialog::browse()
{
    const QString ext = exchange::formatName(request().format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Enregistrer sous"), destination(),
                                     tr("Fichiers %1 (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty()) {
        m_folder = QFileInfo(path).absolutePath();
        m_ui->destinationEdit->setText(path);
    }
}

void ExportDialog::exportMeeting(session::Session& session,
                                 exchange::MinutesOptions::Variant variant, QWidget* parent)
{
    if (!session.hasMeeting()) {
        emit session.exportFinished(QString(), tr("Aucune réunion à exporter."));
        return;
    }
    ExportDialog dialog(session.data().meeting, variant, parent);
    dialog.setWindowTitle(variant == exchange::MinutesOptions::Variant::Agenda
                              ? tr("Exporter l’ordre du jour")
                          : variant == exchange::MinutesOptions::Variant::AttendanceSheet
                              ? tr("Imprimer la feuille d’émargement")
                              : tr("Exporter le compte rendu"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto* progress = new QProgressDialog(tr("Export en cours…"), QString(), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(&session, &session::Session::exportFinished, progress, &QWidget::close,
                     Qt::SingleShotConnection);
    session.startExport(dialog.request(), dialog.destination());
}

} // namespace copil::gui
