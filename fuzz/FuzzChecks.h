#pragma once

// What the importers must do with any bytes at all, checked by the libFuzzer targets
// (fuzz/) and replayed over tests/fuzz/ by test_exchange: never crash, refuse with a
// message naming the file, and keep their promises on what they accept.

#include "exchange/MeetingJson.h"
#include "exchange/ParticipantCsv.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace copil::fuzz {

/// Empty when MeetingJson behaved; otherwise what went wrong. A meeting it accepts
/// survives a round trip: serialised, read again and serialised, the text is the same.
inline QString meetingJsonProblem(const QByteArray& bytes)
{
    using exchange::MeetingJson;
    const auto parsed = MeetingJson::parse(bytes, QStringLiteral("fuzz.json"));
    if (!parsed) {
        return parsed.error().startsWith(u"fuzz.json")
                   ? QString()
                   : QStringLiteral("refusal without the file's name: ") + parsed.error();
    }
    const QByteArray once = MeetingJson::serialize(parsed.value());
    const auto reread = MeetingJson::parse(once, QStringLiteral("again.json"));
    if (!reread) {
        return QStringLiteral("its own output refused: ") + reread.error();
    }
    if (MeetingJson::serialize(reread.value()) != once) {
        return QStringLiteral("a round trip changed the meeting");
    }
    return {};
}

inline QList<domain::Subgroup> fuzzSubgroups()
{
    domain::Subgroup three;
    three.id = QStringLiteral("sg3");
    three.number = 3;
    three.title = QStringLiteral("Le territoire comme vecteur de transversalité");
    domain::Subgroup four;
    four.id = QStringLiteral("sg4");
    four.number = 4;
    four.title = QStringLiteral("De la coordination à la coopération entre acteurs");
    return {three, four};
}

/// Empty when ParticipantCsv behaved: a list or a reason naming the file; each person
/// kept has an id, a name and the line it came from, and says how the bytes were read; a
/// meeting without subgroups refuses no more lines than one with them; what is accepted,
/// written back (ParticipantCsv::write) and read again gives the same people, every one of
/// them then « déjà inscrit » in a meeting that has them: importing twice adds nothing.
inline QString participantCsvProblem(const QByteArray& bytes)
{
    using exchange::ParticipantCsv;
    static const auto subgroups = fuzzSubgroups();
    const auto parsed = ParticipantCsv::parse(bytes, QStringLiteral("fuzz.csv"), subgroups);
    if (!parsed) {
        return parsed.error().startsWith(u"fuzz.csv")
                   ? QString()
                   : QStringLiteral("refusal without the file's name: ") + parsed.error();
    }
    const auto& list = parsed.value();
    const auto n = list.people.size();
    if (list.lines.size() != n || list.alreadyIn.size() != n || list.repeatOf.size() != n ||
        list.missingSubgroup.size() != n) {
        return QStringLiteral("people and their line numbers or marks do not match");
    }
    if (list.encoding != u"UTF-8" && list.encoding != u"Windows-1252" &&
        list.encoding != u"UTF-16") {
        return QStringLiteral("no encoding named");
    }
    for (qsizetype i = 0; i < n; ++i) {
        const auto& person = list.people[i];
        if (person.name.trimmed().isEmpty() || person.id.isEmpty()) {
            return QStringLiteral("a person without a name or an id");
        }
        if (!list.alreadyIn[i].isEmpty() || list.repeatOf[i] >= list.lines[i] ||
            list.repeatOf[i] < 0) {
            return QStringLiteral("a duplicate of nobody, or of a later line");
        }
    }
    if (list.subgroupNotice().isEmpty() != (list.missingSubgroupCount() == 0)) {
        return QStringLiteral("subgroups the meeting lacks, not said (or said for none)");
    }
    qsizetype byDefault = 0;
    for (qsizetype i = 0; i < n; ++i) {
        byDefault += list.importedByDefault(i) ? 1 : 0;
    }
    if (list.selection(list.defaultChoice(true), true, 0).size() != n ||
        list.selection(list.defaultChoice(), false, 0).size() != byDefault) {
        return QStringLiteral("a selection of other people than chosen");
    }

    const auto bare = ParticipantCsv::parse(bytes, QStringLiteral("fuzz.csv"), {});
    if (!bare || bare.value().people.size() != n || bare.value().errors != list.errors) {
        return QStringLiteral("a meeting without subgroups reads the file differently");
    }

    const QByteArray written = ParticipantCsv::write(list.people, subgroups);
    const auto again =
        ParticipantCsv::parse(written, QStringLiteral("again.csv"), subgroups, list.people);
    if (!again) {
        return QStringLiteral("its own export refused: ") + again.error();
    }
    const auto& back = again.value();
    if (!back.errors.isEmpty() || back.people.size() != n) {
        return QStringLiteral("its own export read with other people: ") + back.errors.join(u" / ");
    }
    for (qsizetype i = 0; i < n; ++i) {
        auto p = back.people[i];
        p.id = list.people[i].id;
        p.position = list.people[i].position;
        if (!(p == list.people[i])) {
            return QStringLiteral("a person changed through export and import: ") +
                   list.people[i].name;
        }
        if (!back.isDuplicate(i) || back.alreadyIn[i].isEmpty()) {
            return QStringLiteral("a person read again not marked « déjà inscrit »: ") +
                   list.people[i].name;
        }
    }
    if (!back.selection(back.defaultChoice(), true, 0).isEmpty()) {
        return QStringLiteral("importing the same people again would add some");
    }
    return {};
}

/// The body of a libFuzzer target: a problem found aborts, so the input is kept.
inline int fuzzOne(const uint8_t* data, size_t size, QString (*problem)(const QByteArray&))
{
    const QString found = problem(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!found.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(found));
        std::abort();
    }
    return 0;
}

} // namespace copil::fuzz
