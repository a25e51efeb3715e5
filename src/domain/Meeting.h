#pragma once

#include "Revision.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace copil::domain {

/// The person to contact about a meeting.
struct Contact {
    QString name;
    QString email;
    QString phone;
    bool operator==(const Contact&) const = default;
};

/// A validation of the minutes that a later change to the meeting took back to draft.
struct MinutesValidation {
    QString by;
    QDateTime at;         ///< when the minutes were validated
    QDateTime reopenedAt; ///< when a change returned them to draft
    bool operator==(const MinutesValidation&) const = default;
};

/// One meeting of a series (e.g. the 6th steering committee of an action-research).
struct Meeting {
    QString id;
    QString title;
    QString series; ///< programme or series the meeting belongs to
    int number = 0; ///< number in the series, 0 when not numbered
    QDate date;
    QString location;
    QTime dayStart; ///< planned start of the day (local time, Europe/Paris)
    QTime dayEnd;   ///< planned end of the day
    QStringList organisers;
    Contact contact;
    QString description;          ///< context paragraph shown at the top of the minutes
    QString minutesValidatedBy;   ///< who validated the minutes
    QDateTime minutesValidatedAt; ///< when; null while the minutes are a draft
    bool minutesValidated() const { return minutesValidatedAt.isValid(); }
    /// Earlier validations, oldest first, each taken back by a change made after it.
    QList<MinutesValidation> minutesHistory;
    Revision rowRevision{}; ///< the stored version this was read from
    bool operator==(const Meeting&) const = default;
};

} // namespace copil::domain
