#include "IcsRenderer.h"

#include <QCoreApplication>

namespace copil::exchange {

using namespace domain;

namespace {

// Folds one content line at 75 octets without cutting a UTF-8 sequence.
QByteArray fold(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<quint8>(utf8[cut]) & 0xC0) == 0x80) {
            --cut; // inside a multi-byte character: cut before it
        }
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space of a continuation line counts
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}

QString localStamp(QDate date, QTime time)
{
    return date.toString(u"yyyyMMdd") + u'T' + time.toString(u"HHmmss");
}

} // namespace

QString escapeIcsText(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            if (c.unicode() >= 0x20 || c == u'\t') {
                out += c;
            }
        }
    }
    return out;
}

QByteArray renderIcs(const MeetingData& data, const QDateTime& stamp)
{
    QByteArray out;
    const auto line = [&out](const QString& l) { out += fold(l); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Copil//Copil %1//FR")
             .arg(QCoreApplication::applicationVersion()));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(u"X-WR-CALNAME:" + escapeIcsText(data.meeting.title));
    for (const char* l :
         {"BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
          "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
          "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"}) {
        line(QLatin1StringView(l));
    }
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
    MeetingData sorted = data;
    sortCanonically(sorted);
    for (const AgendaItem& a : sorted.agenda) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(u"UID:" + a.id + u"@copil");
        line(u"DTSTAMP:" + dtstamp);
        line(u"DTSTART;TZID=Europe/Paris:" + localStamp(data.meeting.date, a.plannedStart));
        line(u"DTEND;TZID=Europe/Paris:" + localStamp(data.meeting.date, a.plannedEnd));
        line(u"SUMMARY:" + escapeIcsText(a.title));
        QStringList place;
        for (const QString& p : {a.room, a.track, data.meeting.location}) {
            if (!p.isEmpty() && !place.contains(p)) {
                place << p;
            }
        }
        if (!place.isEmpty()) {
            line(u"LOCATION:" + escapeIcsText(place.join(QStringLiteral(", "))));
        }
        QStringList description;
        if (!a.presenters.isEmpty()) {
            description << QCoreApplication::translate("Minutes", "Intervenants : %1")
                               .arg(a.presenters.join(QStringLiteral(", ")));
        }
        if (!a.description.isEmpty()) {
            description << a.description;
        }
        description << data.meeting.title;
        line(u"DESCRIPTION:" + escapeIcsText(description.join(u'\n')));
        if (!a.parentId.isEmpty()) {
            line(u"RELATED-TO:" + a.parentId + u"@copil");
        }
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace copil::exchange
