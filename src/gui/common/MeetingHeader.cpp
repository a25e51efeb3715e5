#include "MeetingHeader.h"

#include "domain/Preparation.h"
#include "session/Session.h"

#include <QComboBox>
#include <QLabel>

namespace copil::gui {

MeetingHeader::MeetingHeader(session::Session& session, QComboBox* meetings, QLabel* header,
                             QObject* parent)
    : QObject(parent), m_session(session), m_meetings(meetings), m_header(header)
{
    connect(m_meetings, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_meetings->currentData().toString();
        if (id != m_session.meetingId()) {
            m_session.openMeeting(id);
        }
    });
    connect(&session, &session::Session::meetingsChanged, this, &MeetingHeader::showMeetings);
    connect(&session, &session::Session::meetingOpened, this, &MeetingHeader::showOpen);
    connect(&session, &session::Session::changed, this, [this](const domain::ChangeEvent& e) {
        if (e.touches(domain::EntityKind::Meeting)) {
            showHeader();
        }
    });
    showMeetings();
    showOpen();
}

void MeetingHeader::showMeetings()
{
    {
        const QSignalBlocker blocker(m_meetings);
        m_meetings->clear();
        // Date, title and number; never two entries that read the same.
        const QStringList labels = domain::Preparation::distinctLabels(m_session.meetings());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            m_meetings->addItem(labels[i], m_session.meetings()[i].id);
        }
        m_meetings->setCurrentIndex(m_meetings->findData(m_session.meetingId()));
    }
    if (!m_session.hasMeeting() && !m_session.meetings().isEmpty()) {
        m_session.openMeeting(m_session.meetings().first().id);
    }
}

void MeetingHeader::showOpen()
{
    {
        const QSignalBlocker blocker(m_meetings);
        m_meetings->setCurrentIndex(m_meetings->findData(m_session.meetingId()));
    }
    showHeader();
}

void MeetingHeader::showHeader()
{
    if (!m_session.hasMeeting()) {
        m_header->setText(tr("Cet espace de travail ne contient aucune réunion. Préparez-en une "
                             "par Réunion › Nouvelle réunion (Ctrl+Alt+N), ou importez-en une "
                             "par Fichier › Importer une réunion."));
        return;
    }
    const auto& x = m_session.data().meeting;
    QStringList details;
    if (!x.series.isEmpty()) {
        details << x.series.toHtmlEscaped();
    }
    details << tr("%1, de %2 à %3")
                       .arg(QLocale().toString(x.date, QLocale::LongFormat),
                            QLocale().toString(x.dayStart, QLocale::ShortFormat),
                            QLocale().toString(x.dayEnd, QLocale::ShortFormat))
                       .toHtmlEscaped() +
                   (x.location.isEmpty() ? QString() : u" – " + x.location.toHtmlEscaped());
    if (!x.contact.name.isEmpty()) {
        details << tr("Contact : %1").arg(x.contact.name).toHtmlEscaped();
    }
    m_header->setText(u"<b style='font-size:large'>" + x.title.toHtmlEscaped() + u"</b><br>" +
                      details.join(u" · "));
}

} // namespace copil::gui
