#include "Typography.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace copil::exchange::typography {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == kNbsp || c == kNarrowNbsp || c == u'\t';
}

// A character after which an opening quote is expected rather than a closing one.
bool opensAfter(QChar c)
{
    return isSpace(c) || c == u'\n' || c == u'(' || c == u'[' || c == u'«' || c == u'–' ||
           c == u'—' || c == u'/' || c == u'\'' || c == u'’';
}

// Straight quotes and apostrophes, and the spaces inside « ».
QString quotes(const QString& in)
{
    QString out;
    out.reserve(in.size() + 8);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c == u'\'') {
            out += QChar(0x2019);
        } else if (c == u'"') {
            const bool opening = out.isEmpty() || opensAfter(out.back());
            if (opening) {
                out += u'«';
            } else {
                while (!out.isEmpty() && isSpace(out.back())) {
                    out.chop(1);
                }
                out += kNarrowNbsp;
                out += u'»';
            }
        } else {
            out += c;
        }
    }
    // Inside « »: exactly one narrow no-break space.
    QString spaced;
    spaced.reserve(out.size() + 8);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == u'«') {
            spaced += c;
            while (i + 1 < out.size() && isSpace(out[i + 1])) {
                ++i;
            }
            if (i + 1 < out.size() && out[i + 1] != u'\n') {
                spaced += kNarrowNbsp;
            }
        } else if (c == u'»') {
            while (!spaced.isEmpty() && isSpace(spaced.back())) {
                spaced.chop(1);
            }
            if (!spaced.isEmpty() && spaced.back() != u'\n') {
                spaced += kNarrowNbsp;
            }
            spaced += c;
        } else {
            spaced += c;
        }
    }
    return spaced;
}

// « : » gets a no-break space, « ; ! ? » a narrow one, when they end a word: followed by a
// space, the end, or another such mark. « 10:00 », « https:// » and « ?x=1 » stay.
QString highPunctuation(const QString& in)
{
    const auto isMark = [](QChar c) { return c == u':' || c == u';' || c == u'!' || c == u'?'; };
    QString out;
    out.reserve(in.size() + 8);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (!isMark(c)) {
            out += c;
            continue;
        }
        const bool endsWord = i + 1 == in.size() || isSpace(in[i + 1]) || in[i + 1] == u'\n' ||
                              isMark(in[i + 1]) || in[i + 1] == u'»' || in[i + 1] == u')';
        qsizetype j = out.size();
        while (j > 0 && isSpace(out[j - 1])) {
            --j;
        }
        const bool spaced = j < out.size();
        const bool afterMark = j > 0 && isMark(out[j - 1]) && !spaced;
        if (j == 0 || afterMark || out[j - 1] == u'\n' || (!spaced && !endsWord)) {
            out += c; // « ?! », a mark opening a line, or inside a word (10:00)
            continue;
        }
        out.truncate(j);
        out += c == u':' ? kNbsp : kNarrowNbsp;
        out += c;
    }
    return out;
}

QString units(QString s)
{
    // Most texts hold no number: the expressions below are not worth running on them.
    if (std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); })) {
        return s;
    }
    // A number and its unit: « 10 min », « 9 h 45 », « 50 % », « 12 € ».
    static const QRegularExpression unit(
        QStringLiteral("(\\d)[ \\x{00A0}\\x{202F}]+"
                       "(?=(?:min|h|s|ms|km|m|cm|mm|kg|g|ha)(?![\\p{L}\\d’'])|[€%])"),
        QRegularExpression::UseUnicodePropertiesOption);
    s.replace(unit, QStringLiteral("\\1\u00A0"));
    // « 10h », « 10h30 » typed at the keyboard: « 10 h », « 10 h 30 ».
    static const QRegularExpression glued(
        QStringLiteral("(?<![\\p{L}\\d])([01]?\\d|2[0-3])h(\\d\\d)?(?![\\p{L}\\d])"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto m = glued.match(s); m.hasMatch(); m = glued.match(s, m.capturedStart())) {
        const QString replacement = m.captured(1) + kNbsp + u'h' +
                                    (m.captured(2).isEmpty() ? QString() : kNbsp + m.captured(2));
        s.replace(m.capturedStart(), m.capturedLength(), replacement);
    }
    static const QRegularExpression hourMinutes(
        QStringLiteral("(\\d\\x{00A0}h)[ \\x{00A0}]+(\\d\\d)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    s.replace(hourMinutes, QStringLiteral("\\1\u00A0\\2"));
    // « n° 6 », « N° 3 »: the sign bound to its number.
    static const QRegularExpression numero(
        QStringLiteral("\\b([nN]°)[ \\x{00A0}\\x{202F}]*(?=\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    s.replace(numero, QStringLiteral("\\1\u00A0"));
    return s;
}

} // namespace

QString french(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return units(highPunctuation(quotes(text)));
}

void applyFrench(Document& doc)
{
    doc.title = french(doc.title);
    for (QString& s : doc.subtitle) {
        s = french(s);
    }
    doc.runningHeader = french(doc.runningHeader);
    doc.draftMark = french(doc.draftMark);
    doc.statusLine = french(doc.statusLine);
    doc.pageLabel = french(doc.pageLabel);
    doc.labelSeparator = QString(kNbsp) + QStringLiteral(": ");
    for (Block& b : doc.blocks) {
        b.label = french(b.label);
        b.text = french(b.text);
        for (QString& s : b.items) {
            s = french(s);
        }
        for (QString& s : b.header) {
            s = french(s);
        }
        for (QStringList& row : b.rows) {
            for (QString& s : row) {
                s = french(s);
            }
        }
    }
}

QString time(QTime t, bool french)
{
    if (!t.isValid()) {
        return {};
    }
    if (!french) {
        return t.toString(u"HH:mm");
    }
    QString out = QString::number(t.hour()) + kNbsp + u'h';
    if (t.minute() != 0) {
        out += kNbsp + QStringLiteral("%1").arg(t.minute(), 2, 10, QLatin1Char('0'));
    }
    return out;
}

QString date(QDate d, bool french)
{
    if (!d.isValid()) {
        return {};
    }
    if (!french) {
        return QLocale().toString(d, QLocale::LongFormat);
    }
    const QLocale fr(QLocale::French, QLocale::France);
    const QString day = d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
    return fr.dayName(d.dayOfWeek(), QLocale::LongFormat) + u' ' + day + u' ' +
           fr.standaloneMonthName(d.month(), QLocale::LongFormat).toLower() + u' ' +
           QString::number(d.year());
}

} // namespace copil::exchange::typography
