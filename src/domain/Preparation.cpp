#include "Preparation.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace copil::domain {

MeetingData Preparation::blank(const QString& title, const QDate& date, QTime dayStart,
                               QTime dayEnd, const QString& location)
{
    MeetingData d;
    d.meeting.id = newId();
    d.meeting.title = title;
    d.meeting.date = date;
    d.meeting.dayStart = dayStart;
    d.meeting.dayEnd = dayEnd;
    d.meeting.location = location;
    return d;
}

void Preparation::clearProduced(MeetingData& d)
{
    d.notes.clear();
    d.dotVotes.clear();
    d.scores.clear();
    d.solutions.clear();
    d.selections.clear();
    d.statements.clear();
    d.decisions.clear();
    d.actions.clear();
    d.meeting.minutesValidatedBy.clear();
    d.meeting.minutesValidatedAt = {};
    for (AgendaItem& item : d.agenda) {
        item.actualStart = {};
        item.actualEnd = {};
        item.pausedAt = {};
        item.pausedSeconds = 0;
        item.extensionMinutes = 0;
    }
    for (GuidingQuestion& q : d.questions) {
        q.progress = QuestionProgress::NotStarted;
    }
    for (Participant& p : d.participants) {
        p.attendance = Attendance::Expected;
    }
    // Fresh rows: nothing of them has been saved anywhere yet.
    d.meeting.rowRevision = {};
    const auto fresh = [](auto& list) {
        for (auto& row : list) {
            row.rowRevision = {};
        }
    };
    fresh(d.participants);
    fresh(d.agenda);
    fresh(d.subgroups);
    fresh(d.questions);
    fresh(d.priorityItems);
    fresh(d.criteria);
}

MeetingData Preparation::fromTemplate(const MeetingData& templ, const QString& title,
                                      const QDate& date, int number)
{
    MeetingData d = templ;
    clearProduced(d);
    assignNewIds(d);
    if (!title.isEmpty()) {
        d.meeting.title = title;
    }
    d.meeting.date = date;
    if (number >= 0) {
        d.meeting.number = number;
    }
    return d;
}

MeetingData Preparation::nextOf(const MeetingData& previous, const QDate& date,
                                const QString& title, int number)
{
    MeetingData d = previous;
    clearProduced(d);
    // The open actions go on: each continues the action it comes from, which keeps the
    // link to the first meeting where it was decided when it is carried again.
    int position = 0;
    for (const ActionItem& a : previous.actions) {
        if (a.status == ActionStatus::Done || a.status == ActionStatus::Cancelled) {
            continue;
        }
        ActionItem carried = a;
        carried.continuesActionId = a.id;
        carried.position = position++;
        carried.rowRevision = {};
        d.actions << carried;
    }
    sortCanonically(d.actions);
    assignNewIds(d);
    d.meeting.number = number >= 0 ? number : previous.meeting.number + 1;
    d.meeting.date = date;
    if (!title.isEmpty()) {
        d.meeting.title = title;
    } else if (previous.meeting.number > 0) {
        // « Comité de pilotage n°6 » becomes « Comité de pilotage n°7 ».
        const QString from = QString::number(previous.meeting.number);
        const qsizetype at = d.meeting.title.lastIndexOf(from);
        const bool alone = at >= 0 &&
                           (at + from.size() == d.meeting.title.size() ||
                            !d.meeting.title[at + from.size()].isDigit()) &&
                           (at == 0 || !d.meeting.title[at - 1].isDigit());
        if (alone) {
            d.meeting.title.replace(at, from.size(), QString::number(d.meeting.number));
        }
    }
    return d;
}

MeetingData Preparation::asTemplate(const MeetingData& meeting, bool withPeople)
{
    MeetingData d = meeting;
    clearProduced(d);
    if (!withPeople) {
        d.participants.clear();
        for (Subgroup& s : d.subgroups) {
            s.rapporteurId.clear();
        }
    }
    return d;
}

MeetingData Preparation::duplicate(const MeetingData& meeting)
{
    MeetingData d = meeting;
    assignNewIds(d);
    d.meeting.title = tr("%1 (copie)").arg(meeting.meeting.title);
    d.meeting.rowRevision = {};
    const auto fresh = [](auto& list) {
        for (auto& row : list) {
            row.rowRevision = {};
        }
    };
    fresh(d.participants);
    fresh(d.agenda);
    fresh(d.subgroups);
    fresh(d.questions);
    fresh(d.priorityItems);
    fresh(d.criteria);
    fresh(d.dotVotes);
    fresh(d.scores);
    fresh(d.solutions);
    fresh(d.notes);
    fresh(d.statements);
    fresh(d.decisions);
    fresh(d.actions);
    fresh(d.selections);
    return d;
}

QString Preparation::summary(const MeetingData& d)
{
    QStringList parts;
    const auto add = [&parts](qsizetype n, const QString& text) {
        if (n > 0) {
            parts << text;
        }
    };
    const int items = int(d.agenda.size());
    add(items, tr("%n point(s) à l’ordre du jour", nullptr, items));
    const int subgroups = int(d.subgroups.size());
    add(subgroups, tr("%n sous-groupe(s)", nullptr, subgroups));
    const int questions = int(d.questions.size());
    add(questions, tr("%n question(s)", nullptr, questions));
    const int causes = int(d.priorityItems.size());
    add(causes, tr("%n élément(s) à prioriser", nullptr, causes));
    const int criteria = int(d.criteria.size());
    add(criteria, tr("%n critère(s)", nullptr, criteria));
    const int people = int(d.participants.size());
    add(people, tr("%n participant(s)", nullptr, people));
    int carried = 0;
    for (const ActionItem& a : d.actions) {
        carried += a.continuesActionId.isEmpty() ? 0 : 1;
    }
    add(carried, tr("%n action(s) à suivre", nullptr, carried));
    if (parts.isEmpty()) {
        return tr("rien d’autre que le titre, la date, les horaires et le lieu");
    }
    return parts.join(QStringLiteral(", "));
}

QString Preparation::label(const Meeting& m)
{
    QString text =
        m.date.isValid() ? m.date.toString(QStringLiteral("dd/MM/yyyy")) + u" – " : QString();
    text += m.title.isEmpty() ? tr("(sans titre)") : m.title;
    // The number, when the title does not say it already.
    if (m.number > 0 && !m.title.contains(QString::number(m.number))) {
        text += tr(" – n°%1").arg(m.number);
    }
    return text;
}

QStringList Preparation::distinctLabels(const QList<Meeting>& meetings)
{
    QStringList labels;
    QHash<QString, int> seen;
    QSet<QString> taken;
    for (const Meeting& m : meetings) {
        taken.insert(label(m));
    }
    for (const Meeting& m : meetings) {
        const QString base = label(m);
        int& n = seen[base];
        ++n;
        QString text = base;
        if (n > 1) {
            // The next free « (k) », so that even « X (2) » as a title stays distinct.
            int k = n;
            do {
                text = tr("%1 (%2)").arg(base).arg(k++);
            } while (taken.contains(text));
            taken.insert(text);
        }
        labels << text;
    }
    return labels;
}

} // namespace copil::domain
