#pragma once

#include "Enums.h"
#include "Revision.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace copil::domain {

/// One item of the day's agenda. Items nest one level or more through parentId;
/// parallel items run in different tracks (one lane per track or room).
struct AgendaItem {
    QString id;
    QString parentId; ///< empty for a top-level item
    int position = 0; ///< order among siblings
    QString title;
    AgendaItemKind kind = AgendaItemKind::Discussion;
    QTime plannedStart;
    QTime plannedEnd;
    QDateTime actualStart; ///< null until the item is started
    QDateTime actualEnd;   ///< null until the item is finished
    QString track;         ///< lane, e.g. "Plénière" or "Sous-groupe 3"
    QString room;
    QStringList presenters;
    QString description;
    bool allowOverlap = false; ///< set when overlapping another item of its track is intended
    QDateTime pausedAt;        ///< set while the running item is paused
    int pausedSeconds = 0;     ///< pauses already ended, in seconds (not counted as elapsed)
    int extensionMinutes = 0;  ///< time added to the planned duration while running
    Revision rowRevision{};    ///< the stored version this was read from
    bool operator==(const AgendaItem&) const = default;
};

} // namespace copil::domain
