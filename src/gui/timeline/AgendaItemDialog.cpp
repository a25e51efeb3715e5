#include "AgendaItemDialog.h"

#include "domain/Labels.h"
#include "domain/Schedule.h"
#include "domain/Validation.h"
#include "ui_AgendaItemDialog.h"

#include <QPushButton>

namespace copil::gui {

using domain::AgendaItem;

AgendaItemDialog::AgendaItemDialog(const AgendaItem& item, const QList<AgendaItem>& agenda,
                                   const domain::Meeting& meeting, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgendaItemDialog>()), m_original(item),
      m_agenda(agenda), m_meeting(meeting)
{
    m_ui->setupUi(this);
    for (auto kind : domain::allValues<domain::AgendaItemKind>()) {
        m_ui->kindCombo->addItem(domain::Labels::of(kind), int(kind));
    }
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(item.kind)));
    // Any item but this one and those below it can hold it.
    m_ui->parentCombo->addItem(tr("(premier niveau)"), QString());
    QStringList below{item.id};
    for (qsizetype i = 0; i < below.size(); ++i) {
        for (const auto& x : agenda) {
            if (x.parentId == below[i] && !below.contains(x.id)) {
                below << x.id;
            }
        }
    }
    for (const auto& x : agenda) {
        if (!below.contains(x.id)) {
            m_ui->parentCombo->addItem(
                x.plannedStart.toString(QStringLiteral("HH:mm")) + u"  " + x.title, x.id);
        }
    }
    m_ui->parentCombo->setCurrentIndex(std::max(0, m_ui->parentCombo->findData(item.parentId)));
    m_ui->trackCombo->addItems(domain::Schedule::tracks(agenda));
    m_ui->trackCombo->setCurrentText(item.track);
    m_ui->titleEdit->setText(item.title);
    m_ui->startEdit->setTime(item.plannedStart);
    m_ui->endEdit->setTime(item.plannedEnd);
    m_ui->roomEdit->setText(item.room);
    m_ui->presentersEdit->setText(item.presenters.join(QStringLiteral(", ")));
    m_ui->descriptionEdit->setPlainText(item.description);
    m_ui->overlapCheck->setChecked(item.allowOverlap);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgendaItemDialog::accept);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &AgendaItemDialog::check);
    connect(m_ui->startEdit, &QTimeEdit::timeChanged, this, &AgendaItemDialog::check);
    connect(m_ui->endEdit, &QTimeEdit::timeChanged, this, &AgendaItemDialog::check);
    connect(m_ui->trackCombo, &QComboBox::currentTextChanged, this, &AgendaItemDialog::check);
    connect(m_ui->parentCombo, &QComboBox::currentIndexChanged, this, &AgendaItemDialog::check);
    connect(m_ui->overlapCheck, &QCheckBox::toggled, this, &AgendaItemDialog::check);
    check();
    m_ui->titleEdit->setFocus();
    m_ui->titleEdit->selectAll();
}

AgendaItemDialog::~AgendaItemDialog() = default;

AgendaItem AgendaItemDialog::item() const
{
    AgendaItem x = m_original;
    x.title = m_ui->titleEdit->text().trimmed();
    x.kind = static_cast<domain::AgendaItemKind>(m_ui->kindCombo->currentData().toInt());
    x.parentId = m_ui->parentCombo->currentData().toString();
    x.track = m_ui->trackCombo->currentText().trimmed();
    x.plannedStart = m_ui->startEdit->time();
    x.plannedEnd = m_ui->endEdit->time();
    x.room = m_ui->roomEdit->text().trimmed();
    x.presenters.clear();
    for (const QString& name : m_ui->presentersEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty()) {
            x.presenters << name.trimmed();
        }
    }
    x.description = m_ui->descriptionEdit->toPlainText();
    x.allowOverlap = m_ui->overlapCheck->isChecked();
    return x;
}

void AgendaItemDialog::check()
{
    const AgendaItem x = item();
    QList<AgendaItem> agenda = m_agenda;
    qsizetype index = -1;
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        if (agenda[i].id == x.id) {
            agenda[i] = x;
            index = i;
        }
    }
    if (index < 0) {
        agenda << x;
        index = agenda.size() - 1;
    }
    // Rules broken by this item or by its sub-items (now outside it).
    QStringList concerned{QStringLiteral("agenda[%1]").arg(index)};
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        if (agenda[i].parentId == x.id) {
            concerned << QStringLiteral("agenda[%1]").arg(i);
        }
    }
    m_errors.clear();
    for (const auto& issue : domain::Validation::checkAgendaItem(x, QString())) {
        m_errors << issue.message;
    }
    for (const auto& issue : domain::Validation::checkAgendaPlacement(agenda, m_meeting, false)) {
        const QString owner = issue.path.section(u'.', 0, 0);
        if (concerned.contains(owner) && !m_errors.contains(issue.message)) {
            m_errors << issue.message;
        }
    }
    m_warnings.clear();
    for (const auto& other : agenda) {
        if (domain::Schedule::clash(x, other)) {
            m_warnings << tr("chevauche « %1 » (%2 – %3) sur la piste « %4 »")
                              .arg(other.title,
                                   other.plannedStart.toString(QStringLiteral("HH:mm")),
                                   other.plannedEnd.toString(QStringLiteral("HH:mm")), x.track);
        }
    }
    const int minutes = x.plannedStart.secsTo(x.plannedEnd) / 60;
    m_ui->durationLabel->setText(minutes > 0 ? tr("(%1 min)").arg(minutes) : QString());
    QString html;
    for (const QString& e : m_errors) {
        html += u"<div style='color:#b71c1c'>✖ " + e.toHtmlEscaped() + u"</div>";
    }
    for (const QString& w : m_warnings) {
        html += u"<div style='color:#8a4b00'>⚠ " + w.toHtmlEscaped() + u"</div>";
    }
    m_ui->issuesLabel->setText(html);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}

QString AgendaItemDialog::issuesText() const
{
    return (m_errors + m_warnings).join(u'\n');
}

void AgendaItemDialog::accept()
{
    check();
    if (m_errors.isEmpty()) {
        QDialog::accept();
    }
}

} // namespace copil::gui
