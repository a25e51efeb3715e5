#pragma once

#include "domain/MeetingData.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace copil::exchange {

using domain::Error;
using domain::Result;
using domain::Status;

/// Name and version of the JSON format of meetings (templates and archives alike).
inline constexpr auto kFormatName = "copil-meeting";
/// Version 2 added meeting.minutesValidatedBy and meeting.minutesValidatedAt.
/// Version 5 added participants[].civility ("none", "mme", "m"; none when absent).
/// Version 7 added actions[].continuesActionId (the action of an earlier meeting an action
/// follows up). (Version 6 was never used.) Version 8 added meeting.minutesHistory (the
/// validations a later change took back to draft: by, at, reopenedAt; absent when none).
inline constexpr int kFormatVersion = 8;

/// Limits that keep an absurd file from exhausting memory.
struct JsonLimits {
    qint64 maxFileBytes = 64 * 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxArrayLength = 200000;
    qsizetype maxStringLength = 1000000;
};

/// The versioned JSON format of a whole meeting (docs/formats.md).
class MeetingJson {
    Q_DECLARE_TR_FUNCTIONS(MeetingJson)

public:
    /// Parses and checks a meeting: syntax, types, required fields, format version,
    /// sizes, then every domain rule (ids, references, times, ranges). On error the
    /// message starts with sourceName and names the JSON path of each problem.
    static Result<domain::MeetingData> parse(const QByteArray& bytes, const QString& sourceName,
                                             const JsonLimits& limits = {});
    /// Serialises a meeting, lists in canonical order, UTF-8, indented.
    static QByteArray serialize(const domain::MeetingData& data);
};

} // namespace copil::exchange
