#include "exchange/ParticipantCsv.h"

#include "TestSupport.h"
#include "domain/Labels.h"

#include <QTranslator>

using namespace copil::domain;
using copil::exchange::ParticipantCsv;
using copil::test::TempDir;
using copil::test::writeAll;

namespace {

QList<Subgroup> twoSubgroups()
{
    Subgroup s3;
    s3.id = QStringLiteral("sg3");
    s3.number = 3;
    s3.title = QStringLiteral("Le territoire comme vecteur de transversalité");
    Subgroup s4;
    s4.id = QStringLiteral("sg4");
    s4.number = 4;
    s4.title = QStringLiteral("De la coordination à la coopération entre acteurs");
    return {s3, s4};
}

ParticipantCsv parsed(const QByteArray& bytes)
{
    auto r = ParticipantCsv::parse(bytes, QStringLiteral("liste.csv"), twoSubgroups());
    INFO((r.ok() ? QString() : r.error()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

QString parseError(const QByteArray& bytes)
{
    auto r = ParticipantCsv::parse(bytes, QStringLiteral("liste.csv"), twoSubgroups());
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("a spreadsheet's semicolon CSV with a byte-order mark and quotes is read")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Nom;Organisation;Type d’organisation;Rôle;Sous-groupe;Courriel\r\n"
                           "Claire Dubois;Ville de Rennes;Ville;Membre;3;claire@example.org\r\n"
                           "\"Karim \"\"KB\"\" Benali\";\"Rennes Métropole; pôle\r\ncohésion\";"
                           "EPCI;rapporteur;Sous-groupe 4;\r\n"
                           "\r\n"
                           "Anne Girard;Centre social;association;;De la coordination à la "
                           "coopération entre acteurs;\r\n";
    const ParticipantCsv r = parsed(csv);
    CHECK(r.errors.isEmpty());
    REQUIRE(r.people.size() == 3);
    CHECK(r.people[0].name == QStringLiteral("Claire Dubois"));
    CHECK(r.people[0].organisationKind == OrganisationKind::Ville);
    CHECK(r.people[0].subgroupId == QStringLiteral("sg3"));
    CHECK(r.people[0].email == QStringLiteral("claire@example.org"));
    CHECK(r.people[1].name == QStringLiteral("Karim \"KB\" Benali"));
    CHECK(r.people[1].organisation == QStringLiteral("Rennes Métropole; pôle\ncohésion"));
    CHECK(r.people[1].organisationKind == OrganisationKind::Intercommunalite);
    CHECK(r.people[1].role == ParticipantRole::Rapporteur);
    CHECK(r.people[1].subgroupId == QStringLiteral("sg4"));
    CHECK(r.people[2].subgroupId == QStringLiteral("sg4"));
    CHECK(r.people[2].role == ParticipantRole::Member);
    // Lines are counted as in the file: the quoted line break pushes Anne to line 6.
    CHECK(r.lines == QList<int>{2, 3, 6});
    CHECK(r.people[0].id != r.people[1].id);
}

TEST_CASE("a comma CSV with first and last names and English headers is read")
{
    const ParticipantCsv r = parsed("First name,Last name,Organization,Kind,Attendance,Extra\n"
                                    "Julien,Moreau,Ville de Grenoble,ville,present,x\n"
                                    "Nadia,Haddad,Grenoble-Alpes Métropole,epci,excused,y");
    REQUIRE(r.people.size() == 2);
    CHECK(r.people[0].name == QStringLiteral("Julien Moreau"));
    CHECK(r.people[0].attendance == Attendance::Present);
    CHECK(r.people[1].name == QStringLiteral("Nadia Haddad"));
    CHECK(r.people[1].attendance == Attendance::Excused);
    CHECK(r.ignoredColumns == QStringList{QStringLiteral("Extra")});
}

TEST_CASE("each bad line is reported with its number and left out, the good ones are kept")
{
    const ParticipantCsv r = parsed("nom;type;sous-groupe;courriel\n"
                                    "Claire Dubois;ville;3;\n"
                                    ";ville;3;\n"
                                    "Pierre Garnier;mairie annexe;9;\n"
                                    "Hugo Chevalier;commune;;hugo at example\n"
                                    "Élodie Fontaine;EPCI;4;elodie@example.org\n");
    REQUIRE(r.people.size() == 2);
    CHECK(r.people[0].name == QStringLiteral("Claire Dubois"));
    CHECK(r.people[1].name == QStringLiteral("Élodie Fontaine"));
    CHECK(r.lines == QList<int>{2, 6});
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].startsWith(QStringLiteral("ligne 3 : nom manquant")));
    CHECK(r.errors[1] == QStringLiteral("ligne 4 : type d’organisation inconnu « mairie annexe »"));
    CHECK(r.errors[2].contains(QStringLiteral("ligne 5 : adresse électronique invalide")));
    CHECK(r.subgroupNotice().isEmpty()); // line 4's « 9 » went with the line
}

TEST_CASE("a file that cannot be read as a list is refused as a whole, saying why")
{
    CHECK(parseError("").contains(QStringLiteral("vide")));
    CHECK(parseError("organisation;type\nVille;ville\n")
              .contains(QStringLiteral("liste.csv, ligne 1 : aucune colonne « nom »")));
    CHECK(parseError("nom;organisation\nClaire;\"Ville de Rennes\nDubois;x\n")
              .contains(QStringLiteral("liste.csv, ligne 2 : guillemet ouvert")));
    CHECK(parseError("\xEF\xBB\xBF").contains(QStringLiteral("liste.csv : le fichier est vide")));

    TempDir dir;
    auto missing = ParticipantCsv::readFile(dir.path(QStringLiteral("absent.csv")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("absent.csv")));
    writeAll(dir.path(QStringLiteral("ok.csv")), "nom\nClaire\n");
    auto ok = ParticipantCsv::readFile(dir.path(QStringLiteral("ok.csv")), {});
    REQUIRE(ok.ok());
    CHECK(ok.value().people.size() == 1);
}

namespace {

// What a French Excel writes for « CSV (séparateur : point-virgule) »: Windows-1252 bytes,
// ';' between fields, CRLF at the end of each line, no byte-order mark.
const QByteArray kExcelFrench = "Pr\xE9nom;Nom;Organisation;Type d\x92organisation;R\xF4le;"
                                "Sous-groupe;Pr\xE9sence;Courriel\r\n"
                                "L\xE9\x61;Girard;Centre social \xAB Les Tilleuls \xBB;"
                                "Association;Membre;3;Pr\xE9sente;lea.girard@example.org\r\n"
                                "Fran\xE7ois;No\xEBl;Conseil d\xE9partemental de l\x92Is\xE8re;"
                                "D\xE9partement;Rapporteur;4;Excus\xE9;\r\n"
                                "\xC9lodie;Fontaine;Grenoble-Alpes M\xE9tropole;EPCI;"
                                "Intervenante;;absente;\r\n"
                                ";;;;;;;\r\n";

// Translates every string of Copil into something else, as another interface language
// would: reading a file must not depend on it.
class OtherLanguage : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        // Only the enumeration labels: messages keep their French for the checks.
        if (qstrcmp(context, "Labels") == 0) {
            return QStringLiteral("¿") + QString::fromUtf8(source) + QStringLiteral("?");
        }
        return {};
    }
};

} // namespace

TEST_CASE("a CSV saved by a French Excel (Windows-1252, semicolons, CRLF) is read, saying so")
{
    const ParticipantCsv r = parsed(kExcelFrench);
    CHECK(r.encoding == QStringLiteral("Windows-1252"));
    CHECK(r.separator == u';');
    CHECK(r.errors.isEmpty());
    REQUIRE(r.people.size() == 3);
    CHECK(r.people[0].name == QStringLiteral("Léa Girard"));
    CHECK(r.people[0].organisation == QStringLiteral("Centre social « Les Tilleuls »"));
    CHECK(r.people[0].organisationKind == OrganisationKind::Association);
    CHECK(r.people[0].attendance == Attendance::Present);
    CHECK(r.people[0].subgroupId == QStringLiteral("sg3"));
    CHECK(r.people[1].name == QStringLiteral("François Noël"));
    CHECK(r.people[1].organisation == QStringLiteral("Conseil départemental de l’Isère"));
    CHECK(r.people[1].organisationKind == OrganisationKind::Departement);
    CHECK(r.people[1].role == ParticipantRole::Rapporteur);
    CHECK(r.people[1].attendance == Attendance::Excused);
    CHECK(r.people[2].name == QStringLiteral("Élodie Fontaine"));
    CHECK(r.people[2].role == ParticipantRole::Presenter);
    CHECK(r.people[2].attendance == Attendance::Absent);
    CHECK(r.lines == QList<int>{2, 3, 4});

    // The same list saved as « CSV UTF-8 » says UTF-8, and reads the same.
    const ParticipantCsv utf8 =
        parsed(QByteArray("\xEF\xBB\xBF") + "Nom;Organisation\r\nFrançois Noël;" +
               r.people[1].organisation.toUtf8() + "\r\n");
    CHECK(utf8.encoding == QStringLiteral("UTF-8"));
    CHECK(utf8.people[0].organisation == r.people[1].organisation);
    // Excel's « Texte Unicode »: UTF-16 with its byte-order mark, tabs.
    const QString tabbed = QStringLiteral("Nom\tOrganisation\r\nFrançois Noël\tOdas\r\n");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : tabbed) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    const ParticipantCsv wide = parsed(utf16);
    CHECK(wide.encoding == QStringLiteral("UTF-16"));
    REQUIRE(wide.people.size() == 1);
    CHECK(wide.people[0].name == QStringLiteral("François Noël"));
    CHECK(wide.people[0].organisation == QStringLiteral("Odas"));
}

TEST_CASE("attendance, roles and kinds are read in French and English whatever the interface "
          "language")
{
    OtherLanguage other;
    QCoreApplication::installTranslator(&other);
    REQUIRE(Labels::of(Attendance::Excused) == QStringLiteral("¿Excusé?"));
    const QList<std::pair<const char*, Attendance>> attendance{
        {"présent", Attendance::Present},   {"Présente", Attendance::Present},
        {"PRESENT", Attendance::Present},   {"present", Attendance::Present},
        {"excusé", Attendance::Excused},    {"excuse", Attendance::Excused},
        {"Excusée", Attendance::Excused},   {"excusee", Attendance::Excused},
        {"Excused", Attendance::Excused},   {"absent excusé", Attendance::Excused},
        {"absente", Attendance::Absent},    {"Absent", Attendance::Absent},
        {"attendue", Attendance::Expected}, {"Invité", Attendance::Expected},
        {"expected", Attendance::Expected},
    };
    QByteArray csv = "nom;présence\n";
    for (const auto& [word, _] : attendance) {
        csv += QByteArray("Claire;") + word + "\n";
    }
    const ParticipantCsv r = parsed(csv);
    QCoreApplication::removeTranslator(&other);
    INFO(r.errors.join(u'\n').toStdString());
    CHECK(r.errors.isEmpty());
    REQUIRE(r.people.size() == attendance.size());
    for (qsizetype i = 0; i < attendance.size(); ++i) {
        INFO(attendance[i].first);
        CHECK(r.people[i].attendance == attendance[i].second);
    }

    QCoreApplication::installTranslator(&other);
    const ParticipantCsv kinds = parsed("nom;type;rôle\n"
                                        "A;Département;animatrice\n"
                                        "B;Intercommunalité / EPCI;Rapporteuse\n"
                                        "C;State;speaker\n"
                                        "D;City;member\n"
                                        "E;Intermunicipality / EPCI;Facilitator\n"
                                        "F;État;intervenant\n");
    QCoreApplication::removeTranslator(&other);
    CHECK(kinds.errors.isEmpty());
    REQUIRE(kinds.people.size() == 6);
    CHECK(kinds.people[0].organisationKind == OrganisationKind::Departement);
    CHECK(kinds.people[0].role == ParticipantRole::Facilitator);
    CHECK(kinds.people[1].organisationKind == OrganisationKind::Intercommunalite);
    CHECK(kinds.people[1].role == ParticipantRole::Rapporteur);
    CHECK(kinds.people[2].organisationKind == OrganisationKind::Etat);
    CHECK(kinds.people[2].role == ParticipantRole::Presenter);
    CHECK(kinds.people[3].organisationKind == OrganisationKind::Ville);
    CHECK(kinds.people[4].organisationKind == OrganisationKind::Intercommunalite);
    CHECK(kinds.people[5].organisationKind == OrganisationKind::Etat);
    // An unknown word is still refused, with its line.
    const ParticipantCsv bad = parsed("nom;présence\nClaire;peut-être\n");
    CHECK(bad.errors == QStringList{QStringLiteral("ligne 2 : présence inconnue « peut-être »")});
}

TEST_CASE("people already in the meeting or twice in the file are marked, not added by default")
{
    Participant lea;
    lea.id = QStringLiteral("p-lea");
    lea.name = QStringLiteral("Léa Girard");
    lea.organisation = QStringLiteral("Centre social « Les Tilleuls »");
    Participant hugo;
    hugo.id = QStringLiteral("p-hugo");
    hugo.name = QStringLiteral("Hugo Chevalier");
    hugo.email = QStringLiteral("hugo.chevalier@example.org");
    auto r = ParticipantCsv::parse(kExcelFrench +
                                       "LEA;GIRARD;centre social \xAB les tilleuls \xBB;;;;;\r\n"
                                       "Hugo;Chevalier-Roux;Ville;;;;;"
                                       "Hugo.Chevalier@example.org\r\n"
                                       "Lea;Girard;Autre centre;;;;;\r\n",
                                   QStringLiteral("liste.csv"), twoSubgroups(), {lea, hugo});
    REQUIRE(r.ok());
    const ParticipantCsv& csv = r.value();
    REQUIRE(csv.people.size() == 6);
    // Léa is there already (name and organisation, case and accents aside), the second Léa
    // of the file too; Hugo by his e-mail; a Léa of another organisation is someone else.
    CHECK(csv.alreadyIn == QStringList{QStringLiteral("p-lea"),
                                       {},
                                       {},
                                       QStringLiteral("p-lea"),
                                       QStringLiteral("p-hugo"),
                                       {}});
    CHECK(csv.statusOf(0) == QStringLiteral("déjà inscrit"));
    CHECK(csv.statusOf(1).isEmpty());
    CHECK(csv.duplicateCount() == 3);
    CHECK(csv.defaultChoice() == QList<bool>{false, true, true, false, false, true});
    const auto added = csv.selection(csv.defaultChoice(), false, 10);
    REQUIRE(added.size() == 3);
    CHECK(added[0].name == QStringLiteral("François Noël"));
    CHECK(added[0].position == 10);
    CHECK(added[2].name == QStringLiteral("Lea Girard"));
    CHECK(added[2].position == 12);
    // Chosen anyway: added.
    CHECK(csv.selection(csv.defaultChoice(true), false, 0).size() == 6);

    // Twice in the same file, with nobody in the meeting yet.
    const ParticipantCsv twice = parsed("nom;organisation;courriel\n"
                                        "Léa Girard;Centre social;\n"
                                        "Karim Benali;Rennes Métropole;kb@example.org\n"
                                        "lea girard;CENTRE SOCIAL;\n"
                                        "K. Benali;Rennes Métropole;KB@example.org\n");
    CHECK(twice.repeatOf == QList<int>{0, 0, 2, 3});
    CHECK(twice.statusOf(2) == QStringLiteral("en double (ligne 2)"));
    CHECK(twice.defaultChoice() == QList<bool>{true, true, false, false});
}

TEST_CASE("a subgroup column in a meeting without subgroups is said once, people come without it")
{
    auto r = ParticipantCsv::parse(kExcelFrench, QStringLiteral("liste.csv"), {});
    REQUIRE(r.ok());
    const ParticipantCsv& csv = r.value();
    CHECK(csv.errors.isEmpty());
    REQUIRE(csv.people.size() == 3);
    CHECK(csv.missingSubgroup == QStringList{QStringLiteral("3"), QStringLiteral("4"), {}});
    CHECK(csv.missingSubgroupCount() == 2);
    CHECK(csv.subgroupNotice().startsWith(
        QStringLiteral("La réunion n’a aucun sous-groupe : la colonne « sous-groupe » (« 3 », "
                       "« 4 », lignes 2, 3) ne peut pas être suivie.")));
    CHECK(csv.statusOf(0) == QStringLiteral("sans sous-groupe (« 3 » inconnu)"));
    // Not without agreeing; then without their subgroup.
    CHECK(csv.selection(csv.defaultChoice(), false, 0).size() == 1);
    const auto all = csv.selection(csv.defaultChoice(), true, 0);
    REQUIRE(all.size() == 3);
    CHECK(all[0].subgroupId.isEmpty());
    CHECK(all[0].name == QStringLiteral("Léa Girard"));

    // In a meeting with other subgroups: the unknown ones are named once.
    const ParticipantCsv other = parsed("nom;sous-groupe\nA;3\nB;7\nC;7\nD;Atelier\n");
    CHECK(other.errors.isEmpty());
    CHECK(other.subgroupNotice().startsWith(
        QStringLiteral("La réunion n’a pas de sous-groupe « 7 », « Atelier » (lignes 3, 4, 5).")));
}

TEST_CASE("participants are written as a French spreadsheet opens them and read back the same")
{
    QList<Participant> people;
    Participant a;
    a.name = QStringLiteral("François Noël");
    a.organisation = QStringLiteral("Conseil départemental; Isère");
    a.organisationKind = OrganisationKind::Departement;
    a.role = ParticipantRole::Rapporteur;
    a.subgroupId = QStringLiteral("sg4");
    a.attendance = Attendance::Excused;
    a.email = QStringLiteral("f.noel@example.org");
    a.civility = Civility::Monsieur;
    Participant b;
    b.name = QStringLiteral("=HYPERLINK(\"x\")");
    b.organisation = QStringLiteral("Centre \"Les Tilleuls\"\nsecond line");
    b.attendance = Attendance::Present;
    people << a << b;
    const QByteArray bytes = ParticipantCsv::write(people, twoSubgroups());
    CHECK(
        bytes.startsWith("\xEF\xBB\xBF"
                         "Civilité;Nom;Organisation;Type;Rôle;Sous-groupe;Présence;Courriel\r\n"));
    CHECK(bytes.contains("M.;François Noël;\"Conseil départemental; Isère\";Département;Rapporteur;"
                         "4;Excusé;f.noel@example.org\r\n"));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\";"));
    const ParticipantCsv back = parsed(bytes);
    CHECK(back.encoding == QStringLiteral("UTF-8"));
    CHECK(back.errors.isEmpty());
    REQUIRE(back.people.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        Participant p = back.people[i];
        p.id = people[i].id;
        p.position = people[i].position = int(i);
        CHECK(p == people[i]);
    }
}

TEST_CASE("the civilité column is read as Mme, M. or nothing, a wrong one is named")
{
    const auto csv = parsed("Civilité;Nom;Organisation\n"
                            "Mme;Sara Benali;Ville de Lille\n"
                            "M.;Marc Durand;Ville de Grenoble\n"
                            "Madame;Inès Morel;Grenoble-Alpes Métropole\n"
                            ";Yves Caron;Ville de Lille\n"
                            "Dr;Jean Petit;Centre social\n");
    REQUIRE(csv.people.size() == 4);
    CHECK(csv.people[0].civility == Civility::Madame);
    CHECK(csv.people[1].civility == Civility::Monsieur);
    CHECK(csv.people[2].civility == Civility::Madame);
    CHECK(csv.people[3].civility == Civility::None);
    REQUIRE(csv.errors.size() == 1);
    CHECK(csv.errors[0].contains(QStringLiteral("ligne 6")));
    CHECK(csv.errors[0].contains(QStringLiteral("civilité inconnue « Dr »")));
}
