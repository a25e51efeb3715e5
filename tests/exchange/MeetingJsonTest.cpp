#include "exchange/MeetingJson.h"

#include "SampleMeeting.h"
#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"

#include <nlohmann/json.hpp>

using namespace copil::domain;
using copil::exchange::DefaultWorkspace;
using copil::exchange::JsonLimits;
using copil::exchange::MeetingJson;
using copil::test::readAll;
using copil::test::sampleMeeting;
using json = nlohmann::ordered_json;

namespace {

json sampleJson()
{
    return json::parse(MeetingJson::serialize(sampleMeeting()).toStdString());
}

// Parses a modified document and returns the error, failing the test if it parsed.
QString errorOf(const json& doc, const JsonLimits& limits = {})
{
    auto parsed = MeetingJson::parse(QByteArray::fromStdString(doc.dump()),
                                     QStringLiteral("essai.json"), limits);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

QString errorOf(const QByteArray& bytes)
{
    auto parsed = MeetingJson::parse(bytes, QStringLiteral("essai.json"));
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

} // namespace

TEST_CASE("serialize then parse gives back the same meeting")
{
    const MeetingData original = sampleMeeting();
    const QByteArray bytes = MeetingJson::serialize(original);
    auto parsed = MeetingJson::parse(bytes, QStringLiteral("sample.json"));
    INFO((parsed.ok() ? QString() : parsed.error()).toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed.value() == original);
    CHECK(MeetingJson::serialize(parsed.value()) == bytes);
}

TEST_CASE("the built-in template holds the whole seed meeting, in French")
{
    auto parsed =
        MeetingJson::parse(readAll(DefaultWorkspace::seedTemplate()), QStringLiteral("template"));
    INFO((parsed.ok() ? QString() : parsed.error()).toStdString());
    REQUIRE(parsed.ok());
    const MeetingData& d = parsed.value();
    CHECK(d.meeting.date == QDate(2017, 10, 11));
    CHECK(d.meeting.number == 6);
    CHECK(d.meeting.series.contains(QStringLiteral("Villes et vivre ensemble")));
    CHECK(d.meeting.dayStart == QTime(9, 45));
    CHECK(d.meeting.dayEnd == QTime(16, 0));
    CHECK(d.meeting.contact.name == QStringLiteral("Lise Pelerin"));
    CHECK(d.meeting.organisers == QStringList{QStringLiteral("Odas"), QStringLiteral("CGET")});

    // Welcome, two parallel subgroups, lunch, plenary with its three parts.
    QStringList tracks;
    int subgroupItems = 0;
    QList<AgendaItem> plenaryParts;
    QString plenaryId;
    for (const auto& a : d.agenda) {
        if (a.kind == AgendaItemKind::Plenary) {
            plenaryId = a.id;
            CHECK(a.plannedStart == QTime(14, 0));
            CHECK(a.plannedEnd == QTime(16, 0));
        }
        if (a.kind == AgendaItemKind::Subgroup) {
            ++subgroupItems;
            CHECK(a.plannedStart == QTime(10, 0));
            CHECK(a.plannedEnd == QTime(13, 0));
        }
        if (!tracks.contains(a.track)) {
            tracks << a.track;
        }
    }
    for (const auto& a : d.agenda) {
        if (a.parentId == plenaryId) {
            plenaryParts << a;
        }
    }
    CHECK(subgroupItems == 2);
    CHECK(tracks.size() == 3);
    REQUIRE(plenaryParts.size() == 3);
    CHECK(plenaryParts[0].title == QStringLiteral("Introduction"));
    CHECK(plenaryParts[0].presenters ==
          QStringList{QStringLiteral("Odas"), QStringLiteral("CGET")});
    CHECK(plenaryParts[1].title.startsWith(QStringLiteral("Principaux constats de l’Odas")));
    CHECK(plenaryParts[2].title == QStringLiteral("Questions et remarques diverses"));
    CHECK(std::any_of(d.agenda.begin(), d.agenda.end(), [](const AgendaItem& a) {
        return a.kind == AgendaItemKind::Welcome && a.plannedStart == QTime(9, 45);
    }));
    CHECK(std::any_of(d.agenda.begin(), d.agenda.end(), [](const AgendaItem& a) {
        return a.kind == AgendaItemKind::Break && a.plannedStart == QTime(13, 0);
    }));

    REQUIRE(d.subgroups.size() == 2);
    CHECK(d.subgroups[0].number == 3);
    CHECK(d.subgroups[0].title == QStringLiteral("Le territoire comme vecteur de transversalité"));
    CHECK(d.subgroups[0].framing.contains(QStringLiteral("trois défis majeurs")));
    CHECK(d.subgroups[0].questionBlocks.size() == 4);
    CHECK(d.subgroups[1].title ==
          QStringLiteral("De la coordination à la coopération entre acteurs"));
    CHECK(d.subgroups[1].framing.contains(QStringLiteral("en début de séance")));

    CHECK(d.questions.size() == 10);
    CHECK(std::any_of(d.questions.begin(), d.questions.end(), [](const GuidingQuestion& q) {
        return q.block == 1 && q.text.contains(QStringLiteral("loi Lamy, loi MAPTAM, loi NOTRe"));
    }));
    CHECK(std::any_of(d.questions.begin(), d.questions.end(), [](const GuidingQuestion& q) {
        return q.block == 4 && q.text.contains(QStringLiteral("quartiers de veille"));
    }));

    REQUIRE(d.priorityItems.size() == 6);
    CHECK(d.priorityItems[0].text ==
          QStringLiteral("Les critères d’évaluation/de réussite du partenariat ne sont pas établis "
                         "en commun et sont donc différents pour chaque partenaire."));
    CHECK(d.priorityItems[5].text ==
          QStringLiteral("La Ville n’est pas toujours reconnue comme légitime pour intervenir sur "
                         "un plan stratégique dans le partenariat."));
    REQUIRE(d.criteria.size() == 4);
    CHECK(d.criteria[0].name == QStringLiteral("Urgence"));
    for (const auto& c : d.criteria) {
        CHECK(c.subgroupId == d.subgroups[1].id);
    }
}

TEST_CASE("malformed JSON names the file, line and column")
{
    const QString e = errorOf(QByteArray("{\n  \"format\": \"copil-meeting\",\n  oops\n}"));
    CHECK(e.startsWith(QStringLiteral("essai.json: ")));
    CHECK(e.contains(QStringLiteral("ligne 3")));
    CHECK(errorOf(QByteArray()).contains(QStringLiteral("mal formé")));
    CHECK(errorOf(QByteArray("[1, 2]")).contains(QStringLiteral("racine")));
    CHECK(errorOf(QByteArray("{\"format\": \"copil-meeting\", \"formatVersion\": 1, "
                             "\"meeting\": {\"title\": \"\xff\"}}"))
              .contains(QStringLiteral("mal formé")));
}

TEST_CASE("wrong types and formats are reported with their JSON path")
{
    json doc = sampleJson();
    doc["agenda"][3]["plannedStart"] = "2 pm";
    doc["participants"][0]["name"] = 42;
    doc["scores"][0]["score"] = "five";
    doc["meeting"]["date"] = "11/10/2017";
    doc["notes"][0]["kind"] = "gossip";
    doc["actions"][0]["dueDate"] = "2017-13-01";
    const QString e = errorOf(doc);
    CHECK(e.contains(QStringLiteral("essai.json: agenda[3].plannedStart: heure attendue au format "
                                    "\"HH:MM\"")));
    CHECK(e.contains(QStringLiteral("participants[0].name: texte attendu, trouvé number")));
    CHECK(e.contains(QStringLiteral("scores[0].score: nombre entier attendu")));
    CHECK(e.contains(QStringLiteral("meeting.date")));
    CHECK(e.contains(QStringLiteral("notes[0].kind: valeur \"gossip\" inconnue")));
    CHECK(e.contains(QStringLiteral("actions[0].dueDate")));
    json list = sampleJson();
    list["agenda"] = "none";
    CHECK(errorOf(list).contains(QStringLiteral("agenda: liste attendue")));
}

TEST_CASE("missing required fields are reported")
{
    json doc = sampleJson();
    doc["agenda"][1].erase("title");
    doc["meeting"].erase("id");
    doc["notes"][2].erase("targetType");
    const QString e = errorOf(doc);
    CHECK(e.contains(QStringLiteral("agenda[1].title: champ obligatoire manquant")));
    CHECK(e.contains(QStringLiteral("meeting.id: champ obligatoire manquant")));
    CHECK(e.contains(QStringLiteral("notes[2].targetType: champ obligatoire manquant")));
    json noMeeting = sampleJson();
    noMeeting.erase("meeting");
    CHECK(errorOf(noMeeting).contains(QStringLiteral("meeting: champ obligatoire manquant")));
}

TEST_CASE("an unknown format or version is refused")
{
    json doc = sampleJson();
    doc["formatVersion"] = copil::exchange::kFormatVersion + 1;
    CHECK(errorOf(doc).contains(
        QStringLiteral("version %1 inconnue").arg(copil::exchange::kFormatVersion + 1)));
    doc["formatVersion"] = "1";
    CHECK(errorOf(doc).contains(QStringLiteral("formatVersion")));
    doc = sampleJson();
    doc["format"] = "something-else";
    CHECK(errorOf(doc).contains(QStringLiteral("n’est pas une réunion Copil")));
}

TEST_CASE("dangling references and duplicate ids are refused")
{
    json doc = sampleJson();
    doc["solutions"][0]["itemId"] = "00000000-0000-0000-0000-000000000000";
    doc["decisions"][0]["id"] = doc["agenda"][0]["id"];
    const QString e = errorOf(doc);
    CHECK(e.contains(QStringLiteral("solutions[0].itemId")));
    CHECK(e.contains(QStringLiteral("decisions[0].id: identifiant")));
    CHECK(e.contains(QStringLiteral("agenda[0]")));
}

TEST_CASE("absurd sizes are refused without exhausting memory")
{
    JsonLimits small;
    small.maxStringLength = 100;
    small.maxArrayLength = 2;
    json doc = sampleJson();
    doc["meeting"]["description"] = std::string(101, 'x');
    QString e = errorOf(doc, small);
    CHECK(e.contains(QStringLiteral("meeting.description: texte trop long")));
    CHECK(e.contains(QStringLiteral("agenda: liste trop longue")));

    QByteArray deep(100000, '[');
    CHECK(errorOf(deep).contains(QStringLiteral("trop imbriqué")));

    JsonLimits tiny;
    tiny.maxFileBytes = 10;
    auto parsed = MeetingJson::parse(MeetingJson::serialize(sampleMeeting()),
                                     QStringLiteral("big.json"), tiny);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QStringLiteral("trop gros")));
}

TEST_CASE("optional fields take their defaults and positions follow the file order")
{
    const QByteArray minimal(R"({
      "format": "copil-meeting", "formatVersion": 1,
      "meeting": {"id": "m1", "title": "Atelier", "date": "2024-03-05",
                  "dayStart": "09:00", "dayEnd": "12:00"},
      "agenda": [
        {"id": "a2", "title": "Second", "plannedStart": "10:00", "plannedEnd": "11:00"},
        {"id": "a1", "title": "Premier", "plannedStart": "09:00", "plannedEnd": "10:00"}
      ]
    })");
    auto parsed = MeetingJson::parse(minimal, QStringLiteral("minimal.json"));
    INFO((parsed.ok() ? QString() : parsed.error()).toStdString());
    REQUIRE(parsed.ok());
    const MeetingData& d = parsed.value();
    REQUIRE(d.agenda.size() == 2);
    CHECK(d.agenda[0].position == 0);
    CHECK(d.agenda[1].position == 1);
    CHECK(d.agenda[0].kind == AgendaItemKind::Discussion);
    CHECK(d.participants.isEmpty());
    MeetingData sorted = d;
    sortCanonically(sorted);
    CHECK(sorted.agenda[0].id == QStringLiteral("a2"));
}

TEST_CASE("a version 1 file (before minutes validation) is still read")
{
    json doc = sampleJson();
    doc["formatVersion"] = 1;
    doc["meeting"].erase("minutesValidatedBy");
    doc["meeting"].erase("minutesValidatedAt");
    auto parsed =
        MeetingJson::parse(QByteArray::fromStdString(doc.dump()), QStringLiteral("v1.json"));
    REQUIRE(parsed.ok());
    CHECK_FALSE(parsed.value().meeting.minutesValidated());
    CHECK(parsed.value().agenda.size() == static_cast<qsizetype>(doc["agenda"].size()));
}

TEST_CASE("live timekeeping fields round trip, and a version 2 file reads without them")
{
    const json doc = sampleJson();
    bool found = false;
    for (const auto& item : doc["agenda"]) {
        if (item["pausedSeconds"] == 120) {
            found = true;
            CHECK(item["extensionMinutes"] == 10);
            CHECK_FALSE(item["pausedAt"].is_null());
        }
    }
    CHECK(found);

    json old = sampleJson();
    old["formatVersion"] = 2;
    for (auto& item : old["agenda"]) {
        item.erase("pausedAt");
        item.erase("pausedSeconds");
        item.erase("extensionMinutes");
    }
    auto parsed =
        MeetingJson::parse(QByteArray::fromStdString(old.dump()), QStringLiteral("ancien.json"));
    INFO((parsed.ok() ? QString() : parsed.error()).toStdString());
    REQUIRE(parsed.ok());
    for (const auto& item : parsed.value().agenda) {
        CHECK_FALSE(item.pausedAt.isValid());
        CHECK(item.pausedSeconds == 0);
        CHECK(item.extensionMinutes == 0);
    }

    json bad = sampleJson();
    bad["agenda"][0]["extensionMinutes"] = -5;
    CHECK(errorOf(bad).contains(QStringLiteral("agenda[0].extensionMinutes")));
}

TEST_CASE("civility round trips, a version 4 file reads without it, a bad one is named")
{
    json doc = sampleJson();
    doc["participants"][0]["civility"] = "mme";
    auto parsed =
        MeetingJson::parse(QByteArray::fromStdString(doc.dump()), QStringLiteral("v5.json"));
    REQUIRE(parsed.ok());
    CHECK(parsed.value().participants[0].civility == copil::domain::Civility::Madame);
    auto again = MeetingJson::parse(MeetingJson::serialize(parsed.value()), QStringLiteral("x"));
    REQUIRE(again.ok());
    CHECK(again.value().participants[0].civility == copil::domain::Civility::Madame);

    json v4 = sampleJson();
    v4["formatVersion"] = 4;
    for (auto& p : v4["participants"]) {
        p.erase("civility");
    }
    auto old = MeetingJson::parse(QByteArray::fromStdString(v4.dump()), QStringLiteral("v4.json"));
    REQUIRE(old.ok());
    for (const auto& p : old.value().participants) {
        CHECK(p.civility == copil::domain::Civility::None);
    }

    doc["participants"][0]["civility"] = "Madame la Marquise";
    auto bad =
        MeetingJson::parse(QByteArray::fromStdString(doc.dump()), QStringLiteral("bad.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("participants[0].civility")));
}
