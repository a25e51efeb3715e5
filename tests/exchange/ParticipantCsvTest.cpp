#include "exchange/ParticipantCsv.h"

#include "TestSupport.h"

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
    CHECK(r.errors[1].startsWith(QStringLiteral("ligne 4 : ")));
    CHECK(r.errors[1].contains(QStringLiteral("type d’organisation inconnu « mairie annexe »")));
    CHECK(r.errors[1].contains(QStringLiteral("sous-groupe inconnu « 9 »")));
    CHECK(r.errors[2].contains(QStringLiteral("ligne 5 : adresse électronique invalide")));
}

TEST_CASE("a file that cannot be read as a list is refused as a whole, saying why")
{
    CHECK(parseError("").contains(QStringLiteral("vide")));
    CHECK(parseError("organisation;type\nVille;ville\n")
              .contains(QStringLiteral("liste.csv, ligne 1 : aucune colonne « nom »")));
    CHECK(parseError("nom;organisation\nClaire;\"Ville de Rennes\nDubois;x\n")
              .contains(QStringLiteral("liste.csv, ligne 2 : guillemet ouvert")));
    // Latin-1 from an old spreadsheet: "Département" with a lone 0xE9.
    CHECK(
        parseError("nom;organisation\nClaire;D\xE9partement\n").contains(QStringLiteral("UTF-8")));

    TempDir dir;
    auto missing = ParticipantCsv::readFile(dir.path(QStringLiteral("absent.csv")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("absent.csv")));
    writeAll(dir.path(QStringLiteral("ok.csv")), "nom\nClaire\n");
    auto ok = ParticipantCsv::readFile(dir.path(QStringLiteral("ok.csv")), {});
    REQUIRE(ok.ok());
    CHECK(ok.value().people.size() == 1);
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
