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
/// kept has an id, a name and the line it came from.
inline QString participantCsvProblem(const QByteArray& bytes)
{
    static const auto subgroups = fuzzSubgroups();
    const auto parsed =
        exchange::ParticipantCsv::parse(bytes, QStringLiteral("fuzz.csv"), subgroups);
    if (!parsed) {
        return parsed.error().startsWith(u"fuzz.csv")
                   ? QString()
                   : QStringLiteral("refusal without the file's name: ") + parsed.error();
    }
    const auto& list = parsed.value();
    if (list.people.size() != list.lines.size()) {
        return QStringLiteral("people and line numbers do not match");
    }
    for (const auto& person : list.people) {
        if (person.name.trimmed().isEmpty() || person.id.isEmpty()) {
            return QStringLiteral("a person without a name or an id");
        }
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
