#include "NewMeetingDialog.h"

#include "domain/Preparation.h"
#include "domain/Validation.h"
#include "session/Editor.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace copil::gui {

using domain::Preparation;

NewMeetingDialog::NewMeetingDialog(session::Session& session, QWidget* parent,
                                   const QString& templatesFolder)
    : QDialog(parent), m_session(session), m_folder(templatesFolder)
{
    setWindowTitle(tr("Nouvelle réunion"));
    setObjectName(QStringLiteral("newMeetingDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* startsRow = new QHBoxLayout;
    m_blank = new QRadioButton(tr("&Vide"), this);
    m_blank->setObjectName(QStringLiteral("blankStart"));
    m_template = new QRadioButton(tr("À partir d’un &modèle"), this);
    m_template->setObjectName(QStringLiteral("templateStart"));
    m_previous = new QRadioButton(tr("À partir d’une réunion &précédente"), this);
    m_previous->setObjectName(QStringLiteral("previousStart"));
    m_starts = new QButtonGroup(this);
    m_starts->addButton(m_blank, int(Start::Blank));
    m_starts->addButton(m_template, int(Start::Template));
    m_starts->addButton(m_previous, int(Start::Previous));
    startsRow->addWidget(m_blank);
    startsRow->addWidget(m_template);
    startsRow->addWidget(m_previous);
    startsRow->addStretch();
    layout->addLayout(startsRow);

    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("startChoices"));
    m_choices->setMinimumHeight(110);
    layout->addWidget(m_choices, 1);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("startPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    layout->addWidget(m_preview);

    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("&Titre :"), m_title);
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setRange(0, 999);
    m_number->setSpecialValueText(tr("sans numéro"));
    form->addRow(tr("&Numéro :"), m_number);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("&Date :"), m_date);
    auto* times = new QHBoxLayout;
    m_dayStart = new QTimeEdit(QTime(9, 0), this);
    m_dayStart->setObjectName(QStringLiteral("dayStartEdit"));
    m_dayStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayEnd = new QTimeEdit(QTime(17, 0), this);
    m_dayEnd->setObjectName(QStringLiteral("dayEndEdit"));
    m_dayEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* to = new QLabel(tr("à"), this);
    times->addWidget(m_dayStart);
    times->addWidget(to);
    times->addWidget(m_dayEnd);
    times->addStretch();
    auto* timesLabel = new QLabel(tr("&Horaires :"), this);
    timesLabel->setBuddy(m_dayStart);
    form->addRow(timesLabel, times);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    form->addRow(tr("&Lieu :"), m_location);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newMeetingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Créer la réunion"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewMeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_templates = exchange::Templates::list(m_folder);
    connect(m_starts, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            fillChoices();
        }
    });
    connect(m_choices, &QListWidget::currentRowChanged, this, &NewMeetingDialog::choiceChanged);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_location)}) {
        connect(static_cast<QLineEdit*>(w), &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    // The next of the series is what a facilitator prepares most: offered first when
    // the workspace holds a meeting.
    setStart(m_session.meetings().isEmpty() ? Start::Template : Start::Previous);
    m_previous->setEnabled(!m_session.meetings().isEmpty());
    resize(620, 560);
}

void NewMeetingDialog::setStart(Start start)
{
    m_starts->button(int(start))->setChecked(true);
    fillChoices();
}

void NewMeetingDialog::fillChoices()
{
    const auto start = Start(m_starts->checkedId());
    const QSignalBlocker blocker(m_choices);
    m_choices->clear();
    m_choices->setVisible(start != Start::Blank);
    if (start == Start::Template) {
        for (const auto& t : m_templates) {
            m_choices->addItem(t.builtIn ? t.title : tr("%1 (vos modèles)").arg(t.title));
        }
    } else if (start == Start::Previous) {
        const QStringList labels = Preparation::distinctLabels(m_session.meetings());
        for (const QString& label : labels) {
            m_choices->addItem(label);
        }
    }
    int row = 0;
    if (start == Start::Previous) {
        // The open meeting, or else the latest one.
        row = int(m_session.meetings().size()) - 1;
        for (qsizetype i = 0; i < m_session.meetings().size(); ++i) {
            if (m_session.meetings()[i].id == m_session.meetingId()) {
                row = int(i);
            }
        }
    }
    m_choices->setCurrentRow(m_choices->count() > 0 ? row : -1);
    choiceChanged();
}

domain::Result<domain::MeetingData> NewMeetingDialog::source() const
{
    const int row = m_choices->currentRow();
    switch (Start(m_starts->checkedId())) {
    case Start::Blank:
        return domain::MeetingData{};
    case Start::Template:
        if (row < 0 || row >= m_templates.size()) {
            return domain::Error{tr("Choisissez un modèle dans la liste.")};
        }
        return exchange::Templates::load(m_templates[row].name, m_folder);
    case Start::Previous:
        if (row < 0 || row >= m_session.meetings().size()) {
            return domain::Error{tr("Choisissez la réunion précédente dans la liste.")};
        }
        return storage::MeetingRepository(m_session.workspace()).load(m_session.meetings()[row].id);
    }
    return domain::MeetingData{};
}

void NewMeetingDialog::choiceChanged()
{
    m_error->hide();
    const auto start = Start(m_starts->checkedId());
    auto from = source();
    if (!from) {
        m_preview->setText(from.error());
        return;
    }
    const domain::Meeting& m = from.value().meeting;
    if (start == Start::Blank) {
        m_title->clear();
        m_number->setValue(0);
    } else if (start == Start::Template) {
        m_title->setText(m.title);
        m_number->setValue(m.number);
        m_dayStart->setTime(m.dayStart);
        m_dayEnd->setTime(m.dayEnd);
        m_location->setText(m.location);
    } else {
        const domain::MeetingData next = Preparation::nextOf(from.value(), m_date->date());
        m_title->setText(next.meeting.title);
        m_number->setValue(next.meeting.number);
        m_dayStart->setTime(m.dayStart);
        m_dayEnd->setTime(m.dayEnd);
        m_location->setText(m.location);
        // A week after the previous one at the earliest, as a starting point.
        if (m.date.isValid() && m_date->date() <= m.date) {
            m_date->setDate(m.date.addDays(7));
        }
    }
    showPreview();
}

void NewMeetingDialog::showPreview()
{
    auto made = meeting();
    if (!made) {
        m_preview->setText(made.error());
        return;
    }
    QString text = tr("La nouvelle réunion aura : %1.").arg(Preparation::summary(made.value()));
    switch (Start(m_starts->checkedId())) {
    case Start::Blank:
        break;
    case Start::Template:
        text += u'\n' + tr("Sans notes, votes ni résultats : la structure du modèle seulement.");
        break;
    case Start::Previous:
        text += u'\n' + tr("Sans les notes, gommettes, notes par critère, sélections ni "
                           "solutions de la précédente ; les participants sont de nouveau "
                           "« attendus », les actions ouvertes passent au « Suivi des actions ».");
        break;
    }
    m_preview->setText(text);
}

domain::Result<domain::MeetingData> NewMeetingDialog::meeting() const
{
    const QString title = m_title->text().trimmed();
    auto from = source();
    if (!from) {
        return from.failure();
    }
    domain::MeetingData made;
    const QDate date = m_date->date();
    switch (Start(m_starts->checkedId())) {
    case Start::Blank:
        made = Preparation::blank(title, date, m_dayStart->time(), m_dayEnd->time());
        made.meeting.number = m_number->value();
        break;
    case Start::Template:
        made = Preparation::fromTemplate(from.value(), title, date, m_number->value());
        break;
    case Start::Previous:
        made = Preparation::nextOf(from.value(), date, title, m_number->value());
        break;
    }
    made.meeting.title = title;
    made.meeting.location = m_location->text().trimmed();
    made.meeting.dayStart = m_dayStart->time();
    made.meeting.dayEnd = m_dayEnd->time();
    if (title.isEmpty()) {
        return domain::Error{tr("Titre : donnez un titre à la réunion."), domain::Fault::Invalid};
    }
    if (made.meeting.dayEnd <= made.meeting.dayStart) {
        return domain::Error{tr("Horaires : la fin de la journée (%1) doit venir après son début "
                                "(%2).")
                                 .arg(made.meeting.dayEnd.toString(QStringLiteral("HH:mm")),
                                      made.meeting.dayStart.toString(QStringLiteral("HH:mm"))),
                             domain::Fault::Invalid};
    }
    // Times narrowed around an agenda: which items no longer fit.
    const auto issues = domain::Validation::validateMeeting(made);
    if (!issues.isEmpty()) {
        return domain::Error{domain::Validation::summary(issues, 4), domain::Fault::Invalid};
    }
    return made;
}

void NewMeetingDialog::accept()
{
    auto made = meeting();
    if (!made) {
        m_error->setText(made.error());
        m_error->show();
        return;
    }
    if (!m_session.editor().createMeeting(
            tr("Nouvelle réunion « %1 »").arg(made.value().meeting.title), made.value())) {
        m_error->setText(tr("La réunion n’a pas été créée ; voir le message de la fenêtre."));
        m_error->show();
        return;
    }
    m_session.openMeeting(made.value().meeting.id);
    emit m_session.notice(tr("Réunion « %1 » créée : %2.")
                              .arg(made.value().meeting.title, Preparation::summary(made.value())));
    QDialog::accept();
}

bool NewMeetingDialog::ask(session::Session& session, QWidget* parent)
{
    NewMeetingDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace copil::gui
