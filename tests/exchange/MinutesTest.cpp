#include "CapturedDay.h"
#include "TestSupport.h"
#include "exchange/Export.h"
#include "exchange/IcsRenderer.h"
#include "exchange/TextRenderers.h"
#include "exchange/ZipWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace copil;
using namespace copil::exchange;
using copil::test::capturedDay;
using copil::test::readAll;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

const QDateTime kStamp(QDate(2017, 10, 12), QTime(18, 30), Qt::UTC);

QByteArray render(const domain::MeetingData& d, ExportFormat format, MinutesOptions options = {})
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ExportRequest request{format, options, kStamp};
    auto bytes = renderMeeting(d, request);
    REQUIRE(bytes.ok());
    return bytes.value();
}

// Compares with tests/exchange/golden/NAME; COPIL_UPDATE_GOLDEN=1 rewrites the file.
void checkGolden(const QString& name, const QByteArray& actual)
{
    const QString path = QStringLiteral(COPIL_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("COPIL_UPDATE_GOLDEN")) {
        writeAll(path, actual);
    }
    REQUIRE(QFileInfo::exists(path));
    const QByteArray expected = readAll(path);
    if (actual != expected) {
        writeAll(QDir::temp().filePath(name), actual);
        FAIL_CHECK(name.toStdString() + " differs from the golden file; actual output in " +
                   QDir::temp().filePath(name).toStdString());
    }
}

// Entries of a ZIP archive whose entries are stored (as Copil writes them).
QMap<QString, QByteArray> unzipStored(const QByteArray& zip, QStringList* order = nullptr)
{
    QMap<QString, QByteArray> entries;
    qsizetype pos = 0;
    while (pos + 30 <= zip.size() &&
           qFromLittleEndian<quint32>(zip.constData() + pos) == 0x04034b50) {
        const auto method = qFromLittleEndian<quint16>(zip.constData() + pos + 8);
        REQUIRE(method == 0);
        const auto crc = qFromLittleEndian<quint32>(zip.constData() + pos + 14);
        const auto size = qFromLittleEndian<quint32>(zip.constData() + pos + 18);
        const auto nameLength = qFromLittleEndian<quint16>(zip.constData() + pos + 26);
        const auto extra = qFromLittleEndian<quint16>(zip.constData() + pos + 28);
        const QString name = QString::fromUtf8(zip.mid(pos + 30, nameLength));
        const QByteArray data = zip.mid(pos + 30 + nameLength + extra, size);
        CHECK(crc32(data) == crc);
        entries.insert(name, data);
        if (order) {
            *order << name;
        }
        pos += 30 + nameLength + extra + size;
    }
    return entries;
}

void requireWellFormedXml(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
}

QString pdfText(const QByteArray& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty()); // poppler-utils is installed by scripts/test
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")});
    REQUIRE(p.waitForStarted());
    p.write(pdf);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Ligatures (ﬁ, ﬀ) come out as single characters: compare their decomposition.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

const QStringList kInjections{
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("[clic](javascript:alert(1))"),
    QStringLiteral("</title><h1>faux</h1>"),
    QStringLiteral("a | b | c"),
    QStringLiteral("# Faux titre\n- faux point\n1. faux numéro"),
    QStringLiteral("<text:p>x</text:p> & \" ' ]]> \x01"),
    QStringLiteral("`code` *gras* _it_ \\ ~barré~ !"),
};

// Every text a person can type, replaced by one injection each.
domain::MeetingData injected()
{
    domain::MeetingData d = capturedDay();
    int i = 0;
    const auto next = [&] { return kInjections[i++ % kInjections.size()]; };
    d.meeting.title = next();
    d.meeting.series = next();
    d.meeting.location = next();
    d.meeting.description = next();
    d.meeting.organisers = {next()};
    d.meeting.contact = {next(), next(), next()};
    for (auto& x : d.participants) {
        x.name = next();
        x.organisation = next();
    }
    for (auto& x : d.agenda) {
        x.title = next();
        x.track = next();
        x.room = next();
        x.description = next();
        x.presenters = {next()};
    }
    for (auto& x : d.subgroups) {
        x.title = next();
        x.framing = next();
        x.questionBlocks = {next(), next(), next(), next()};
    }
    for (auto& x : d.questions)
        x.text = next();
    for (auto& x : d.priorityItems)
        x.text = next();
    for (auto& x : d.criteria)
        x.name = next();
    for (auto& x : d.solutions) {
        x.text = next();
        x.otherCarrier = next();
        x.nextStep = next();
    }
    for (auto& x : d.notes) {
        x.text = next();
        x.author = next();
    }
    for (auto& x : d.statements) {
        x.text = next();
        x.debate = next();
    }
    for (auto& x : d.decisions)
        x.text = next();
    for (auto& x : d.actions) {
        x.what = next();
        x.ownerOrganisation = next();
    }
    return d;
}

} // namespace

TEST_CASE("the captured day as a JSON archive matches the golden file")
{
    // Also the example that scripts/screenshot imports to show the minutes.
    checkGolden(QStringLiteral("captured-day.json"), render(capturedDay(), ExportFormat::Json));
}

TEST_CASE("minutes of the captured day in Markdown match the golden file")
{
    checkGolden(QStringLiteral("captured-day.md"), render(capturedDay(), ExportFormat::Markdown));
}

TEST_CASE("minutes of the captured day in HTML match the golden file")
{
    checkGolden(QStringLiteral("captured-day.html"), render(capturedDay(), ExportFormat::Html));
}

TEST_CASE("minutes hold every section of the day")
{
    // No-break spaces read as spaces here; their places are checked in FrenchDocumentsTest.
    const QString md =
        copil::test::plainSpaces(QString::fromUtf8(render(capturedDay(), ExportFormat::Markdown)));
    for (const char* expected :
         {"# Compte rendu",
          "PROJET",
          "mercredi 11 octobre 2017",
          "Paris, CGET, salle 5",
          "## Participants",
          "### Présents (6)",
          "### Excusés (1)",
          "### Absents (1)",
          "Grenoble-Alpes Métropole",
          "## Ordre du jour",
          "9 h 50 – 10 h 05",
          "## Sous-groupe n° 3 : Le territoire comme vecteur de transversalité",
          "**Rapporteur** : M. Marc Durand (Ville de Grenoble)",
          "**Constat**",
          "La loi NOTRe a transféré",
          "**Point de vigilance**",
          "### Priorisation",
          "| 1 | Les partenaires ne prennent pas le temps",
          "#### Solutions pour : Les partenaires",
          "Intercommunalité",
          "4/5",
          "## Échanges en séance plénière",
          "**Constat retenu** : La "
          "transversalité progresse",
          "Débat : Large accord",
          "**Préconisation à approfondir**",
          "## Relevé de décisions",
          "Le rapport final intégrera",
          "## Actions",
          "| Diffuser le compte rendu aux partenaires | Mme Lise Pelerin (Odas) | 20/10/2017 | À "
          "faire "
          "|",
          "**Contact** : Lise Pelerin"}) {
        INFO(expected);
        CHECK(md.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("sections can be left out, and a validated version carries no draft mark")
{
    MinutesOptions o;
    o.attendance = false;
    o.notes = false;
    o.voteDetails = false;
    o.validated = true;
    o.validatedBy = QStringLiteral("Lise Pelerin");
    o.validatedAt = QDateTime(QDate(2017, 10, 13), QTime(9, 0), QTimeZone("Europe/Paris"));
    const QString md = copil::test::plainSpaces(
        QString::fromUtf8(render(capturedDay(), ExportFormat::Markdown, o)));
    CHECK_FALSE(md.contains(QStringLiteral("## Participants")));
    CHECK_FALSE(md.contains(QStringLiteral("La loi NOTRe")));
    CHECK_FALSE(md.contains(QStringLiteral("| C1 |")));
    CHECK_FALSE(md.contains(QStringLiteral("PROJET")));
    CHECK(md.contains(
        QStringLiteral("Version validée par Lise Pelerin le vendredi 13 octobre 2017 à 9 h")));
    CHECK(md.contains(QStringLiteral("### Priorisation")));
}

TEST_CASE("the record of decisions holds decisions and actions only")
{
    MinutesOptions o;
    o.variant = MinutesOptions::Variant::Decisions;
    const QString md = QString::fromUtf8(render(capturedDay(), ExportFormat::Markdown, o));
    CHECK(md.startsWith(QStringLiteral("# Relevé de décisions")));
    CHECK(md.contains(QStringLiteral("Le rapport final intégrera")));
    CHECK(md.contains(QStringLiteral("Rédiger le rapport final")));
    CHECK_FALSE(md.contains(QStringLiteral("Sous-groupe")));
    CHECK_FALSE(md.contains(QStringLiteral("Participants")));
}

TEST_CASE("the PDF has the headings, the action table, accents and PROJET on drafts")
{
    const QByteArray pdf = render(capturedDay(), ExportFormat::Pdf);
    REQUIRE(pdf.startsWith("%PDF-"));
    if (const QString dir = qEnvironmentVariable("COPIL_TEST_OUTPUT_DIR"); !dir.isEmpty()) {
        writeAll(dir + u"/captured-day.pdf", pdf); // for looking at the pages
    }
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    for (const char* expected :
         {"Compte rendu", "Ordre du jour", "Relevé de décisions", "Actions",
          "Diffuser le compte rendu", "Échéance", "Préconisations", "Lise Pelerin", "Page 1 /"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    const int pages = static_cast<int>(text.count(u'\f')) + (text.endsWith(u'\f') ? 0 : 1);
    CHECK(pages >= 2);
    // The mark is in the header of every page.
    CHECK(text.count(QStringLiteral("PROJET")) >= pages);

    MinutesOptions validated;
    validated.validated = true;
    validated.validatedAt = QDateTime(QDate(2017, 10, 13), QTime(9, 0));
    CHECK_FALSE(pdfText(render(capturedDay(), ExportFormat::Pdf, validated))
                    .contains(QStringLiteral("PROJET")));
}

TEST_CASE("the agenda handout is one PDF page")
{
    MinutesOptions o;
    o.variant = MinutesOptions::Variant::Agenda;
    const QString text = pdfText(render(capturedDay(), ExportFormat::Pdf, o));
    CHECK(text.contains(QStringLiteral("Ordre du jour")));
    CHECK(text.contains(QStringLiteral("Questions et remarques diverses")));
    CHECK(text.contains(QStringLiteral("Page 1 / 1")));
    CHECK_FALSE(text.contains(QStringLiteral("PROJET")));
}

TEST_CASE("the ODT is a valid OpenDocument package holding the texts")
{
    const QByteArray odt = render(capturedDay(), ExportFormat::Odt);
    QStringList order;
    const auto entries = unzipStored(odt, &order);
    REQUIRE(order.value(0) == QStringLiteral("mimetype"));
    CHECK(entries.value(QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    CHECK(odt.mid(30, 8) == "mimetype"); // first entry, uncompressed, as ODF requires
    for (const char* name : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
        INFO(name);
        REQUIRE(entries.contains(QLatin1StringView(name)));
        requireWellFormedXml(entries.value(QLatin1StringView(name)));
    }
    const QString content = QString::fromUtf8(entries.value(QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("Relevé de décisions")));
    CHECK(content.contains(QStringLiteral("Diffuser le compte rendu aux partenaires")));
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    const QString styles = QString::fromUtf8(entries.value(QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("PROJET")));
    CHECK(styles.contains(QStringLiteral("<text:page-number/>")));
}

TEST_CASE("no user text can inject HTML elements or attributes")
{
    const QString html = QString::fromUtf8(render(injected(), ExportFormat::Html));
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    const QSet<QString> allowed{
        QStringLiteral("html"),  QStringLiteral("head"),     QStringLiteral("meta"),
        QStringLiteral("title"), QStringLiteral("style"),    QStringLiteral("body"),
        QStringLiteral("div"),   QStringLiteral("header"),   QStringLiteral("h1"),
        QStringLiteral("h2"),    QStringLiteral("h3"),       QStringLiteral("h4"),
        QStringLiteral("h5"),    QStringLiteral("p"),        QStringLiteral("span"),
        QStringLiteral("em"),    QStringLiteral("ul"),       QStringLiteral("li"),
        QStringLiteral("table"), QStringLiteral("colgroup"), QStringLiteral("col"),
        QStringLiteral("thead"), QStringLiteral("tbody"),    QStringLiteral("tr"),
        QStringLiteral("th"),    QStringLiteral("td"),       QStringLiteral("br"),
        QStringLiteral("main")};
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)="));
    const QSet<QString> allowedAttributes{QStringLiteral("lang"),     QStringLiteral("charset"),
                                          QStringLiteral("class"),    QStringLiteral("style"),
                                          QStringLiteral("scope"),    QStringLiteral("aria-hidden"),
                                          QStringLiteral("data-mark")};
    int tags = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        ++tags;
        INFO(m.captured(0).toStdString());
        CHECK(allowed.contains(m.captured(1).toLower()));
        for (auto a = attribute.globalMatch(m.captured(2)); a.hasNext();) {
            CHECK(allowedAttributes.contains(a.next().captured(1).toLower()));
        }
    }
    CHECK(tags > 50);
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.count(QStringLiteral("<title>")) == 1);
    CHECK(html.count(QStringLiteral("<h1>")) == 1);
}

TEST_CASE("no user text can change the Markdown structure")
{
    const domain::MeetingData d = injected();
    const QString md = QString::fromUtf8(render(d, ExportFormat::Markdown));
    const Document doc = Minutes::build(d, {});
    int headings = 1;
    int tables = 0;
    for (const Block& b : doc.blocks) {
        headings += b.kind == Block::Kind::Heading ? 1 : 0;
        tables += b.kind == Block::Kind::Table ? 1 : 0;
    }
    static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
    int headingLines = 0;
    int ruleLines = 0;
    int expectedPipes = -1;
    for (const QString& line : md.split(u'\n')) {
        if (line.startsWith(u'#')) {
            ++headingLines;
        }
        if (line.startsWith(u"| ---")) {
            ++ruleLines;
        }
        if (line.startsWith(u'|')) {
            const auto pipes = line.count(unescapedPipe);
            if (line.startsWith(u"| ---") || expectedPipes < 0) {
                expectedPipes = static_cast<int>(pipes);
            }
            INFO(line.toStdString());
            CHECK(pipes == expectedPipes);
        } else {
            expectedPipes = -1;
        }
        CHECK_FALSE(line.startsWith(u"- faux"));
        CHECK_FALSE(line.startsWith(u"1. faux"));
    }
    CHECK(headingLines == headings);
    CHECK(ruleLines == tables);
    static const QRegularExpression rawTag(QStringLiteral("(?<!\\\\)<[a-z/]"));
    static const QRegularExpression rawLink(QStringLiteral("(?<!\\\\)\\]\\("));
    CHECK_FALSE(md.contains(rawTag));
    CHECK_FALSE(md.contains(rawLink));
    CHECK(md.contains(QStringLiteral("\\<script\\>")));
}

TEST_CASE("ODT and ICS stay well-formed with special characters in every field")
{
    const auto entries = unzipStored(render(injected(), ExportFormat::Odt));
    requireWellFormedXml(entries.value(QStringLiteral("content.xml")));
    requireWellFormedXml(entries.value(QStringLiteral("styles.xml")));
    requireWellFormedXml(entries.value(QStringLiteral("meta.xml")));
    const QByteArray ics = render(injected(), ExportFormat::Ics);
    for (const QByteArray& line : ics.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        CHECK(line.endsWith('\r'));
        CHECK(line.size() <= 76); // 75 octets plus the CR
    }
    CHECK_FALSE(ics.contains('\x01'));
}

TEST_CASE("iCalendar: one event per agenda item with Paris time, stable UIDs, folding")
{
    const domain::MeetingData d = capturedDay();
    const QByteArray ics = render(d, ExportFormat::Ics);
    const QString text = QString::fromUtf8(ics);
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")));
    CHECK(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    CHECK(text.count(QStringLiteral("BEGIN:VEVENT")) == d.agenda.size());
    CHECK(text.count(QStringLiteral("END:VEVENT")) == d.agenda.size());
    CHECK(text.contains(QStringLiteral("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n")));
    CHECK(text.contains(QStringLiteral("DTSTART;TZID=Europe/Paris:20171011T094500\r\n")));
    CHECK(text.contains(QStringLiteral("DTEND;TZID=Europe/Paris:20171011T160000\r\n")));
    CHECK(text.contains(u"UID:" + d.agenda[0].id + u"@copil\r\n"));
    CHECK(text.count(QStringLiteral("DTSTAMP:20171012T183000Z")) == d.agenda.size());
    CHECK(text.contains(QStringLiteral("LOCATION:Sous-groupe 3\\, Paris\\, CGET\\, salle 5")));
    // Unfolding gives back the long summary.
    QString unfolded = text;
    unfolded.replace(QStringLiteral("\r\n "), QString());
    CHECK(unfolded.contains(QStringLiteral(
        "SUMMARY:Principaux constats de l’Odas à l’aube de la rédaction du rapport final\r\n")));
    for (const QByteArray& line : ics.split('\n')) {
        CHECK(line.size() <= 76);
    }
    CHECK(escapeIcsText(QStringLiteral("a;b,c\\d\ne")) == QStringLiteral("a\\;b\\,c\\\\d\\ne"));
    // Same meeting, same calendar: the UIDs do not change from one export to the next.
    CHECK(render(d, ExportFormat::Ics) == ics);
}

TEST_CASE("Markdown escaping keeps ordinary text readable")
{
    CHECK(escapeMarkdown(QStringLiteral("Les Villes (et les EPCI), etc.")) ==
          QStringLiteral("Les Villes (et les EPCI), etc."));
    CHECK(escapeMarkdown(QStringLiteral("2017. Une année")) == QStringLiteral("2017\\. Une année"));
    CHECK(escapeMarkdown(QStringLiteral("- point")) == QStringLiteral("\\- point"));
    CHECK(escapeMarkdown(QStringLiteral("a|b")) == QStringLiteral("a\\|b"));
    CHECK(escapeMarkdown(QStringLiteral("ligne 1\nligne 2")) == QStringLiteral("ligne 1 ligne 2"));
}

TEST_CASE("the HTML minutes are accessible: language, title, landmarks, column headers, headings "
          "in order, no faint text")
{
    const QString html = QString::fromUtf8(render(capturedDay(), ExportFormat::Html));
    CHECK(html.contains(QStringLiteral("<html lang=\"fr\">")));
    CHECK(html.count(QStringLiteral("<title>")) == 1);
    CHECK(html.count(QStringLiteral("<main>")) == 1);
    // Everything after the running header sits in the main landmark.
    const auto mainAt = html.indexOf(QStringLiteral("<main>"));
    CHECK(mainAt < html.indexOf(QStringLiteral("<h1>")));
    CHECK(html.indexOf(QStringLiteral("</main>")) > html.lastIndexOf(QStringLiteral("</table>")));
    CHECK(html.count(QStringLiteral("<th>")) == 0);
    CHECK(html.count(QStringLiteral("<th scope=\"col\">")) > 10);
    // Headings never skip a level.
    static const QRegularExpression heading(QStringLiteral("<h([1-6])>"));
    int last = 0;
    int headings = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const int level = it.next().captured(1).toInt();
        INFO("heading h" << level << " after h" << last);
        CHECK(level <= last + 1);
        last = level;
        ++headings;
    }
    CHECK(headings > 5);
    // The faint « PROJET » across the page is drawn, not text; the status says it in words.
    CHECK_FALSE(html.contains(QStringLiteral(">PROJET<")));
    CHECK(html.contains(QStringLiteral("aria-hidden=\"true\" data-mark=\"PROJET\"")));
    CHECK(html.contains(QStringLiteral("<p class=\"status status-draft\">Projet")));
}
