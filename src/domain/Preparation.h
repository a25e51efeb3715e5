#pragma once

#include "MeetingData.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace copil::domain {

/// What a new meeting is made from, and how: the rules of « Nouvelle réunion », of
/// templates and of copies. Pure functions over MeetingData; every result has fresh ids
/// and passes Validation::validateMeeting when its source did.
class Preparation {
    Q_DECLARE_TR_FUNCTIONS(Preparation)

public:
    /// A meeting holding only its header: title, date, the day's times, the place.
    static MeetingData blank(const QString& title, const QDate& date, QTime dayStart, QTime dayEnd,
                             const QString& location = {});

    /// Takes out what a day produced: notes, dots, scores, solutions, confirmed
    /// selections, findings and recommendations, decisions, actions, actual times of the
    /// agenda, the questions' progress, the minutes' validation; attendance back to
    /// « attendu ». Ids are kept.
    static void clearProduced(MeetingData& data);

    /// A new meeting from a template (itself a meeting): its structure, fresh ids, the
    /// title, date and number given (number < 0 keeps the template's).
    static MeetingData fromTemplate(const MeetingData& templ, const QString& title,
                                    const QDate& date, int number = -1);

    /// The next meeting of previous's series: number + 1 (or number when >= 0), the date
    /// given, the agenda, subgroups, questions, causes and criteria, the participants
    /// expected again, and the open actions (neither done nor cancelled) carried into its
    /// « Suivi des actions », each continuing the one it comes from (continuesActionId).
    /// An empty title keeps previous's.
    static MeetingData nextOf(const MeetingData& previous, const QDate& date,
                              const QString& title = {}, int number = -1);

    /// The meeting as a template: what the day produced taken out, and the people
    /// (participants, rapporteurs, owners) unless withPeople.
    static MeetingData asTemplate(const MeetingData& meeting, bool withPeople);

    /// A copy of everything, with fresh ids, titled « … (copie) ».
    static MeetingData duplicate(const MeetingData& meeting);

    /// What a meeting made from data brings, in a line: « 7 points à l’ordre du jour,
    /// 2 sous-groupes, 12 questions, 24 participants, 3 actions à suivre ».
    static QString summary(const MeetingData& data);

    /// How a meeting reads in a list: « 11/10/2017 – Comité de pilotage n°6 ».
    static QString label(const Meeting& meeting);
    /// label(), with « (2) », « (3) »… added to meetings that would read the same as an
    /// earlier one of the list, so that no two entries read the same.
    static QStringList distinctLabels(const QList<Meeting>& meetings);
};

} // namespace copil::domain
