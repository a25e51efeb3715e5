#include "MeetingPropertiesDialog.h"

#include "domain/Validation.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "ui_MeetingPropertiesDialog.h"

#include <QPushButton>

namespace copil::gui {

MeetingPropertiesDialog::MeetingPropertiesDialog(session::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::MeetingPropertiesDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    const domain::Meeting& m = session.data().meeting;
    m_ui->titleEdit->setText(m.title);
    m_ui->seriesEdit->setText(m.series);
    m_ui->seriesEdit->setCursorPosition(0); // a long series reads from its start
    m_ui->numberEdit->setValue(m.number);
    m_ui->dateEdit->setDate(m.date.isValid() ? m.date : QDate::currentDate());
    m_ui->locationEdit->setText(m.location);
    m_ui->dayStartEdit->setTime(m.dayStart);
    m_ui->dayEndEdit->setTime(m.dayEnd);
    m_ui->organisersEdit->setText(m.organisers.join(QStringLiteral(", ")));
    m_ui->contactNameEdit->setText(m.contact.name);
    m_ui->contactEmailEdit->setText(m.contact.email);
    m_ui->contactPhoneEdit->setText(m.contact.phone);
    m_ui->contextEdit->setPlainText(m.description);
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &MeetingPropertiesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &MeetingPropertiesDialog::check);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MeetingPropertiesDialog::check);
    connect(m_ui->dayStartEdit, &QTimeEdit::timeChanged, this, &MeetingPropertiesDialog::check);
    connect(m_ui->dayEndEdit, &QTimeEdit::timeChanged, this, &MeetingPropertiesDialog::check);
    resize(560, 600);
}

MeetingPropertiesDialog::~MeetingPropertiesDialog() = default;

domain::Result<domain::Meeting> MeetingPropertiesDialog::meeting() const
{
    domain::Meeting m = m_session.data().meeting;
    m.title = m_ui->titleEdit->text().trimmed();
    m.series = m_ui->seriesEdit->text().trimmed();
    m.number = m_ui->numberEdit->value();
    m.date = m_ui->dateEdit->date();
    m.location = m_ui->locationEdit->text().trimmed();
    m.dayStart = m_ui->dayStartEdit->time();
    m.dayEnd = m_ui->dayEndEdit->time();
    m.organisers.clear();
    for (const QString& o : m_ui->organisersEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!o.trimmed().isEmpty()) {
            m.organisers << o.trimmed();
        }
    }
    m.contact = {m_ui->contactNameEdit->text().trimmed(), m_ui->contactEmailEdit->text().trimmed(),
                 m_ui->contactPhoneEdit->text().trimmed()};
    m.description = m_ui->contextEdit->toPlainText();
    QStringList problems;
    if (m.title.isEmpty()) {
        problems << tr("Titre : donnez un titre à la réunion.");
    }
    if (m.dayEnd <= m.dayStart) {
        problems << tr("Horaires : la fin de la journée (%1) doit venir après son début (%2).")
                        .arg(m.dayEnd.toString(QStringLiteral("HH:mm")),
                             m.dayStart.toString(QStringLiteral("HH:mm")));
    } else {
        // The agenda checked again against the new day: which items no longer fit.
        QStringList outside;
        for (const domain::AgendaItem& item : m_session.data().agenda) {
            if (item.plannedStart < m.dayStart || item.plannedEnd > m.dayEnd) {
                outside << tr("« %1 » (%2–%3)")
                               .arg(item.title, item.plannedStart.toString(QStringLiteral("HH:mm")),
                                    item.plannedEnd.toString(QStringLiteral("HH:mm")));
            }
        }
        if (!outside.isEmpty()) {
            problems << tr("Horaires : ne tiendraient plus dans la journée de %1 à %2 : %3. "
                           "Déplacez-les d’abord, ou gardez d’autres horaires.")
                            .arg(m.dayStart.toString(QStringLiteral("HH:mm")),
                                 m.dayEnd.toString(QStringLiteral("HH:mm")),
                                 outside.join(QStringLiteral(", ")));
        }
    }
    if (problems.isEmpty()) {
        const auto issues = domain::Validation::checkMeeting(m, QStringLiteral("meeting"));
        if (!issues.isEmpty()) {
            problems << domain::Validation::summary(issues, 3);
        }
    }
    if (!problems.isEmpty()) {
        return domain::Error{problems.join(u'\n'), domain::Fault::Invalid};
    }
    return m;
}

void MeetingPropertiesDialog::check()
{
    const auto m = meeting();
    m_ui->errorLabel->setVisible(!m);
    m_ui->errorLabel->setText(m ? QString() : m.error());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m.ok());
}

void MeetingPropertiesDialog::accept()
{
    const auto m = meeting();
    if (!m) {
        check();
        return;
    }
    if (m.value() == m_session.data().meeting) {
        QDialog::accept();
        return;
    }
    if (!m_session.editor().updateMeeting(tr("Propriétés de la réunion"), m.value())) {
        m_ui->errorLabel->setText(tr("Rien n’a été enregistré ; voir le message de la fenêtre."));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

bool MeetingPropertiesDialog::ask(session::Session& session, QWidget* parent)
{
    if (!session.hasMeeting()) {
        return false;
    }
    MeetingPropertiesDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace copil::gui
