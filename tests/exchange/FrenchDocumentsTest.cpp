// The papers of a French administration: typography, headings kept with what follows them
// across page ends (PDF, and ODT as LibreOffice lays it out), civility and agreement, and
// the attendance sheet.
#include "CapturedDay.h"
#include "TestSupport.h"
#include "exchange/Export.h"
#include "exchange/OdtRenderer.h"
#include "exchange/PdfRenderer.h"
#include "exchange/Typography.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace copil;
using namespace copil::exchange;
using copil::test::capturedDay;
using copil::test::TempDir;

namespace {

const QChar kNb(0x00A0);
const QChar kThin(0x202F);

QString fr(const char* utf8)
{
    return typography::french(QString::fromUtf8(utf8));
}

QString nb(const char* utf8)
{
    // In expectations, ~ stands for a no-break space and ^ for a narrow one.
    return QString::fromUtf8(utf8).replace(u'~', kNb).replace(u'^', kThin);
}

QByteArray renderFr(const domain::MeetingData& d, ExportFormat format, MinutesOptions options = {})
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto bytes = renderMeeting(d, {format, options, QDateTime::currentDateTimeUtc()});
    REQUIRE(bytes.ok());
    return bytes.value();
}

QString runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page, as pdftotext -f N -l N gives it.
QStringList pdfPages(const QString& pdfPath)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(tool.isEmpty()); // poppler-utils is installed by scripts/test
    const QString info =
        runTool(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdfPath});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    QStringList out;
    for (int n = 1; n <= match.captured(1).toInt(); ++n) {
        out << runTool(tool, {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                              QString::number(n), QStringLiteral("-layout"), pdfPath,
                              QStringLiteral("-")})
                   .normalized(QString::NormalizationForm_KC);
    }
    return out;
}

// The last line of text on a page, the page number in the footer aside.
QString lastLine(const QString& page)
{
    QStringList lines;
    for (const QString& l : page.split(u'\n')) {
        const QString t = copil::test::plainSpaces(l).simplified();
        if (!t.isEmpty() &&
            !QRegularExpression(QStringLiteral("^Page \\d+ / \\d+$")).match(t).hasMatch()) {
            lines << t;
        }
    }
    return lines.isEmpty() ? QString() : lines.last();
}

// A document whose headings and lead-ins fall at every height of the page as the
// filler before them grows by one line.
Document pageEndDocument(int fillerLines)
{
    Document doc;
    doc.language = QStringLiteral("fr");
    doc.title = QStringLiteral("Compte rendu");
    doc.pageLabel = QStringLiteral("Page %1 / %2");
    QStringList filler;
    for (int i = 0; i < fillerLines; ++i) {
        filler << QStringLiteral("Ligne de remplissage %1.").arg(i + 1);
    }
    doc.blocks << Block::paragraph(filler.join(u'\n'));
    for (int section = 1; section <= 14; ++section) {
        doc.blocks << Block::heading(1, QStringLiteral("Titre de section %1").arg(section));
        doc.blocks << Block::heading(2, QStringLiteral("Sous-titre %1").arg(section));
        doc.blocks << Block::lead(QStringLiteral("Proposition"));
        doc.blocks << Block::bullets({QStringLiteral("Premier point de la liste %1").arg(section),
                                      QStringLiteral("Second point")});
        doc.blocks << Block::lead(QStringLiteral("Point de vigilance"));
        doc.blocks << Block::bullets({QStringLiteral("Une réserve")});
        doc.blocks << Block::heading(3, QStringLiteral("Tableau %1").arg(section));
        doc.blocks << Block::table({QStringLiteral("A"), QStringLiteral("B")},
                                   {{QStringLiteral("a"), QStringLiteral("b")}});
    }
    return doc;
}

bool isLeadOrHeading(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(
        "^(Titre de section \\d+|Sous-titre \\d+|Proposition|Point de vigilance|Tableau \\d+)$"));
    return re.match(line).hasMatch();
}

void checkPageEnds(const QString& pdfPath, const QString& what)
{
    const QStringList texts = pdfPages(pdfPath);
    REQUIRE(texts.size() >= 2);
    for (qsizetype p = 0; p + 1 < texts.size(); ++p) {
        INFO(what.toStdString() << ", page " << p + 1
                                << " ends on: " << lastLine(texts[p]).toStdString());
        CHECK_FALSE(isLeadOrHeading(lastLine(texts[p])));
    }
}

} // namespace

TEST_CASE("French typography: spaces before high punctuation and inside guillemets")
{
    CHECK(fr("Date : demain") == nb("Date~: demain"));
    CHECK(fr("Date: demain") == nb("Date~: demain"));
    CHECK(fr("Vraiment ? Oui ! Et ; alors") == nb("Vraiment^? Oui^! Et^; alors"));
    CHECK(fr("Quoi?!") == nb("Quoi^?!"));
    CHECK(fr("« Villes et vivre ensemble »") == nb("«^Villes et vivre ensemble^»"));
    CHECK(fr("«Villes»") == nb("«^Villes^»"));
    // Typed straight quotes and apostrophes.
    CHECK(fr("l'Odas dit \"oui\" à l'EPCI") == nb("l’Odas dit «^oui^» à l’EPCI"));
    CHECK(fr("\"Le territoire\" : un levier") == nb("«^Le territoire^»~: un levier"));
    // Times, addresses and decimals are left as they are.
    CHECK(fr("à 10:00 sur https://odas.net?x=1") ==
          QStringLiteral("à 10:00 sur https://odas.net?x=1"));
    CHECK(fr("3,5 sur 5") == QStringLiteral("3,5 sur 5"));
    // Idempotent.
    const QString once = fr("Débat : « oui » ; l'avis ? 10 min");
    CHECK(typography::french(once) == once);
}

TEST_CASE("French typography: a number is bound to its unit, times in French style")
{
    CHECK(fr("reste 10 min") == nb("reste 10~min"));
    CHECK(fr("Comité n° 6 et n°5") == nb("Comité n°~6 et n°~5"));
    CHECK(fr("de 10h à 16h30") == nb("de 10~h à 16~h~30"));
    CHECK(fr("50 % et 12 €") == nb("50~% et 12~€"));
    // A unit-looking letter starting a word is not a unit.
    CHECK(fr("le 21 juin 2017 s'orientera") == nb("le 21 juin 2017 s’orientera"));
    CHECK(fr("les 3 membres") == QStringLiteral("les 3 membres"));
    CHECK(typography::time(QTime(9, 45), true) == nb("9~h~45"));
    CHECK(typography::time(QTime(16, 0), true) == nb("16~h"));
    CHECK(typography::time(QTime(9, 5), true) == nb("9~h~05"));
    CHECK(typography::time(QTime(9, 45), false) == QStringLiteral("09:45"));
    CHECK(typography::date(QDate(2017, 10, 11), true) ==
          QStringLiteral("mercredi 11 octobre 2017"));
    CHECK(typography::date(QDate(2017, 10, 1), true) ==
          QStringLiteral("dimanche 1er octobre 2017"));
}

TEST_CASE("French minutes: no-break spaces in every French document, none added in English")
{
    const domain::MeetingData day = capturedDay();
    const QString html = QString::fromUtf8(renderFr(day, ExportFormat::Html));
    CHECK(html.count(kNb) > 50);
    CHECK(html.count(kThin) > 10);
    CHECK(html.contains(nb("mercredi 11 octobre 2017, de 9~h~45 à 16~h")));
    CHECK(html.contains(nb("Sous-groupe n°~3~: Le territoire")));
    CHECK_FALSE(html.contains(QStringLiteral("09:45")));
    const QString md = QString::fromUtf8(renderFr(day, ExportFormat::Markdown));
    CHECK(md.contains(nb("**Contact**~: Lise Pelerin")));
    // The relevé has its title once.
    MinutesOptions decisions;
    decisions.variant = MinutesOptions::Variant::Decisions;
    const QString releve = QString::fromUtf8(renderFr(day, ExportFormat::Markdown, decisions));
    CHECK(releve.count(QStringLiteral("Relevé de décisions")) == 1);
    // What is stored stays as typed: the JSON archive has no added spaces.
    const QString json = QString::fromUtf8(renderFr(day, ExportFormat::Json));
    CHECK_FALSE(json.contains(kThin));

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ExportRequest english{ExportFormat::Markdown, {}, QDateTime::currentDateTimeUtc()};
    const QString en = QString::fromUtf8(renderMeeting(day, english).value());
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK_FALSE(en.contains(kThin));
    CHECK(en.contains(QStringLiteral("09:45")));
}

TEST_CASE("French minutes: findings sit under the part that presented them, causes in rank order")
{
    domain::MeetingData day = capturedDay();
    const QString md =
        copil::test::plainSpaces(QString::fromUtf8(renderFr(day, ExportFormat::Markdown)));
    // Never right after an empty part heading of the same level.
    const qsizetype findings = md.indexOf(QStringLiteral("#### Constats"));
    REQUIRE(findings > 0);
    // Under the part where they were presented, before the next part.
    const qsizetype part = md.indexOf(QStringLiteral("### Principaux constats de l’Odas"));
    CHECK(part > 0);
    CHECK(part < findings);
    CHECK(findings < md.indexOf(QStringLiteral("### Questions et remarques diverses")));
    CHECK(md.contains(
        QStringLiteral("### Questions et remarques diverses\n\n*Pas de notes pour ce point.*")));
    CHECK(md.contains(QStringLiteral("**Constat retenu** : La transversalité")));
    CHECK(md.contains(QStringLiteral("**Préconisation à approfondir** : Créer")));
    CHECK(md.contains(QStringLiteral("Causes retenues par le groupe à 11 h 40 (révision 1) : ")));
    CHECK_FALSE(md.contains(QStringLiteral(". ;")));
    // Kept causes follow the ranking: rank 1 before rank 3, as their solutions do.
    const qsizetype kept = md.indexOf(QStringLiteral("**Causes retenues par le groupe à 12 h 05"));
    REQUIRE(kept > 0);
    const qsizetype first = md.indexOf(QStringLiteral("- Les partenaires ne prennent pas"), kept);
    const qsizetype third = md.indexOf(QStringLiteral("- Les critères d’évaluation"), kept);
    CHECK(first > kept);
    CHECK(third > first);

    // Parts without notes can be left out.
    MinutesOptions without;
    without.emptyParts = false;
    const QString shorter =
        copil::test::plainSpaces(QString::fromUtf8(renderFr(day, ExportFormat::Markdown, without)));
    CHECK_FALSE(shorter.contains(QStringLiteral("### Questions et remarques diverses")));
    CHECK_FALSE(shorter.contains(QStringLiteral("Pas de notes pour ce point")));

    // Statements tied to no plenary part get a section of their own.
    for (auto& st : day.statements) {
        st.agendaItemId.clear();
    }
    const QString own =
        copil::test::plainSpaces(QString::fromUtf8(renderFr(day, ExportFormat::Markdown)));
    CHECK(own.contains(QStringLiteral("## Constats et préconisations\n\n### Constats")));
}

TEST_CASE("French minutes: civility before the name, roles agreeing with it")
{
    domain::MeetingData day = capturedDay();
    const QString md =
        copil::test::plainSpaces(QString::fromUtf8(renderFr(day, ExportFormat::Markdown)));
    CHECK(md.contains(QStringLiteral("Mme Lise Pelerin (animatrice)")));
    CHECK(md.contains(QStringLiteral("Mme Sara Benali (rapporteure)")));
    CHECK(md.contains(QStringLiteral("M. Marc Durand (rapporteur)")));
    CHECK(md.contains(QStringLiteral("Mme Anne Roux (intervenante)")));
    CHECK(md.contains(QStringLiteral("**Rapporteure** : Mme Sara Benali (Ville de Lille)")));
    // Unknown civility: the name alone and the neutral form of the role.
    day.participants[0].civility = domain::Civility::None;
    const QString neutral =
        copil::test::plainSpaces(QString::fromUtf8(renderFr(day, ExportFormat::Markdown)));
    CHECK(neutral.contains(QStringLiteral("| Lise Pelerin (animateur ou animatrice) |")));
}

TEST_CASE("PDF: no heading or lead-in is the last line of a page")
{
    TempDir dir;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    // Grow the filler line by line so that every heading meets every page end.
    for (int filler = 30; filler <= 62; filler += 2) {
        const QString path = dir.path(QStringLiteral("fin-%1.pdf").arg(filler));
        copil::test::writeAll(path, renderPdf(pageEndDocument(filler)));
        checkPageEnds(path, QStringLiteral("filler %1").arg(filler));
    }
    // The captured day with more and more notes on its first question.
    domain::MeetingData day = capturedDay();
    const QString question = day.questions.first().id;
    for (int extra = 0; extra < 24; extra += 3) {
        for (int i = 0; i < 3; ++i) {
            domain::Note n;
            n.id = QStringLiteral("n-extra-%1-%2").arg(extra).arg(i);
            n.targetType = domain::NoteTarget::Question;
            n.targetId = question;
            n.kind = domain::NoteKind::Finding;
            n.text =
                QStringLiteral("Note ajoutée pour déplacer la fin de page (%1).").arg(extra + i);
            n.position = 100 + extra + i;
            day.notes << n;
        }
        MinutesOptions validated;
        validated.validated = true; // no watermark across the text
        validated.validatedAt = QDateTime(QDate(2017, 10, 13), QTime(9, 0));
        const QString path = dir.path(QStringLiteral("jour-%1.pdf").arg(extra));
        copil::test::writeAll(path, renderFr(day, ExportFormat::Pdf, validated));
        const QStringList texts = pdfPages(path);
        for (qsizetype p = 0; p + 1 < texts.size(); ++p) {
            const QString last = lastLine(texts[p]);
            INFO("extra notes " << extra << ", page " << p + 1
                                << " ends on: " << last.toStdString());
            for (const char* lead :
                 {"Constat", "Proposition", "Point de vigilance", "Question ouverte", "Remarque",
                  "Priorisation", "Questions de travail", "Constats", "Préconisations"}) {
                CHECK(last != QString::fromUtf8(lead));
            }
        }
    }
}

TEST_CASE("ODT: no heading or lead-in is the last line of a page once LibreOffice lays it out")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        // libreoffice-writer-nogui is a test dependency installed by scripts/test; a
        // machine without it says so instead of passing quietly.
        FAIL("soffice not found: install libreoffice-writer-nogui (scripts/test does)");
    }
    TempDir dir;
    const QString profile = QUrl::fromLocalFile(dir.path(QStringLiteral("profile"))).toString();
    QStringList odts;
    for (int filler = 30; filler <= 62; filler += 4) {
        const QString path = dir.path(QStringLiteral("fin-%1.odt").arg(filler));
        copil::test::writeAll(path, renderOdt(pageEndDocument(filler)));
        odts << path;
    }
    // One LibreOffice run converts them all (it starts slowly).
    runTool(soffice, QStringList{QStringLiteral("-env:UserInstallation=") + profile,
                                 QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                 QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path({})} +
                         odts);
    for (const QString& odt : odts) {
        QString pdf = odt;
        pdf.replace(QStringLiteral(".odt"), QStringLiteral(".pdf"));
        if (const QString out = qEnvironmentVariable("COPIL_TEST_OUTPUT_DIR"); !out.isEmpty()) {
            copil::test::writeAll(QDir(out).filePath(QFileInfo(pdf).fileName()),
                                  copil::test::readAll(pdf));
            copil::test::writeAll(QDir(out).filePath(QFileInfo(odt).fileName()),
                                  copil::test::readAll(odt));
        }
        checkPageEnds(pdf, odt);
    }
}

TEST_CASE("attendance sheet: title, date and place, people by organisation then name, rows to sign")
{
    domain::MeetingData day = capturedDay();
    MinutesOptions o;
    o.variant = MinutesOptions::Variant::AttendanceSheet;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("emargement.pdf"));
    copil::test::writeAll(path, renderFr(day, ExportFormat::Pdf, o));
    if (const QString out = qEnvironmentVariable("COPIL_TEST_OUTPUT_DIR"); !out.isEmpty()) {
        copil::test::writeAll(out + u"/emargement.pdf", copil::test::readAll(path));
    }
    QStringList texts = pdfPages(path);
    REQUIRE(texts.size() == 1);
    const QString page = copil::test::plainSpaces(texts.first());
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("Feuille d’émargement")));
    CHECK(page.contains(QStringLiteral("Comité de pilotage n° 6")));
    CHECK(page.contains(QStringLiteral("mercredi 11 octobre 2017")));
    CHECK(page.contains(QStringLiteral("Paris, CGET, salle 5")));
    CHECK(QRegularExpression(QStringLiteral("Civilité\\s+Nom\\s+Organisation\\s+Signature"))
              .match(page)
              .hasMatch());
    CHECK_FALSE(page.contains(QStringLiteral("PROJET")));
    // Organisation, then name, in French collation: Centre social…, CGET, Département…,
    // Grenoble-Alpes…, Odas, Ville de Grenoble, Ville de Lille (Sara before Yves).
    const QStringList order{QStringLiteral("Jean Petit"),   QStringLiteral("Anne Roux"),
                            QStringLiteral("Paul Lefèvre"), QStringLiteral("Inès Morel"),
                            QStringLiteral("Lise Pelerin"), QStringLiteral("Marc Durand"),
                            QStringLiteral("Sara Benali"),  QStringLiteral("Yves Caron")};
    qsizetype at = 0;
    for (const QString& name : order) {
        INFO(name.toStdString());
        const qsizetype found = page.indexOf(name, at);
        CHECK(found > at);
        at = std::max(at, found);
    }
    CHECK(QRegularExpression(QStringLiteral("Mme\\s+Sara Benali\\s+Ville de Lille"))
              .match(page)
              .hasMatch());

    // Many people: the header on every page, rows at least 12 mm high (at most 22 on A4).
    for (int i = 0; i < 50; ++i) {
        domain::Participant p;
        p.id = QStringLiteral("p-extra-%1").arg(i);
        p.name = QStringLiteral("Personne %1").arg(i, 2, 10, QLatin1Char('0'));
        p.organisation = QStringLiteral("Ville de Rennes");
        day.participants << p;
    }
    copil::test::writeAll(path, renderFr(day, ExportFormat::Pdf, o));
    texts = pdfPages(path);
    REQUIRE(texts.size() >= 3);
    for (const QString& t : texts) {
        CHECK(t.contains(QStringLiteral("Signature")));
        CHECK(t.count(QRegularExpression(QStringLiteral("Personne \\d\\d"))) <= 22);
    }
    CHECK(texts[1].count(QRegularExpression(QStringLiteral("Personne \\d\\d"))) >= 15);

    // One sheet per subgroup, then the others, each on its own page.
    o.sheetPerSubgroup = true;
    copil::test::writeAll(path, renderFr(capturedDay(), ExportFormat::Pdf, o));
    texts = pdfPages(path);
    REQUIRE(texts.size() == 3);
    CHECK(copil::test::plainSpaces(texts[0]).contains(QStringLiteral("Sous-groupe n° 3")));
    CHECK(texts[0].contains(QStringLiteral("Marc Durand")));
    CHECK_FALSE(texts[0].contains(QStringLiteral("Sara Benali")));
    CHECK(copil::test::plainSpaces(texts[1]).contains(QStringLiteral("Sous-groupe n° 4")));
    CHECK(texts[1].contains(QStringLiteral("Sara Benali")));
    CHECK(texts[2].contains(QStringLiteral("Participants hors sous-groupe")));
    CHECK(texts[2].contains(QStringLiteral("Lise Pelerin")));

    // The ODT: tall rows, the header repeated, a page break per subgroup.
    const QByteArray odt = renderFr(capturedDay(), ExportFormat::Odt, o);
    CHECK(odt.contains("min-row-height=\"1.2cm\""));
    CHECK(odt.contains("table:table-header-rows"));
    CHECK(odt.contains("Heading_1_Page"));
}
