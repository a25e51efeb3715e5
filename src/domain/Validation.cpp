#include "Validation.h"

#include "Schedule.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace copil::domain {

namespace {

QString at(const QString& path, const char* field)
{
    return path + u'.' + QLatin1StringView(field);
}

QString indexed(const char* list, qsizetype i)
{
    return QLatin1StringView(list) + u'[' + QString::number(i) + u']';
}

QString hhmm(QTime t)
{
    return t.toString(u"HH:mm");
}

void requireText(ValidationIssues& out, const QString& text, const QString& path)
{
    if (text.trimmed().isEmpty()) {
        out.append({path, Validation::tr("ne doit pas être vide")});
    }
}

void requireRange(ValidationIssues& out, int value, int min, int max, const QString& path)
{
    if (value < min || value > max) {
        out.append({path, Validation::tr("doit être compris entre %1 et %2 (valeur : %3)")
                              .arg(min)
                              .arg(max)
                              .arg(value)});
    }
}

// Index of every id defined in the meeting, with the path that defines it.
class IdIndex {
public:
    void add(ValidationIssues& out, const QString& id, const QString& path, const char* type)
    {
        if (id.isEmpty()) {
            out.append({path + u".id", Validation::tr("identifiant manquant")});
            return;
        }
        const auto it = m_paths.constFind(id);
        if (it != m_paths.constEnd()) {
            out.append({path + u".id", Validation::tr("identifiant « %1 » en double (déjà utilisé "
                                                      "par %2)")
                                           .arg(id, it->first)});
            return;
        }
        m_paths.insert(id, {path, QLatin1StringView(type)});
    }

    // Checks that a non-empty reference names an entity of the expected type.
    void refer(ValidationIssues& out, const QString& id, const QString& path, const char* type,
               bool required = false) const
    {
        if (id.isEmpty()) {
            if (required) {
                out.append({path, Validation::tr("référence manquante")});
            }
            return;
        }
        const auto it = m_paths.constFind(id);
        if (it == m_paths.constEnd() || it->second != QLatin1StringView(type)) {
            out.append({path, Validation::tr("« %1 » ne désigne aucun élément de type %2 de la "
                                             "réunion")
                                  .arg(id, QLatin1StringView(type))});
        }
    }

private:
    QHash<QString, std::pair<QString, QString>> m_paths;
};

} // namespace

ValidationIssues Validation::checkMeeting(const Meeting& m, const QString& path)
{
    ValidationIssues out;
    requireText(out, m.title, at(path, "title"));
    if (!m.date.isValid()) {
        out.append({at(path, "date"), tr("date manquante ou invalide")});
    }
    if (!m.dayStart.isValid()) {
        out.append({at(path, "dayStart"), tr("heure de début manquante ou invalide")});
    }
    if (!m.dayEnd.isValid()) {
        out.append({at(path, "dayEnd"), tr("heure de fin manquante ou invalide")});
    }
    if (m.dayStart.isValid() && m.dayEnd.isValid() && m.dayEnd <= m.dayStart) {
        out.append({at(path, "dayEnd"), tr("la journée doit finir après son début (%1 – %2)")
                                            .arg(hhmm(m.dayStart), hhmm(m.dayEnd))});
    }
    if (m.number < 0) {
        out.append({at(path, "number"), tr("ne peut pas être négatif")});
    }
    return out;
}

ValidationIssues Validation::checkAgendaItem(const AgendaItem& item, const QString& path)
{
    ValidationIssues out;
    requireText(out, item.title, at(path, "title"));
    if (!item.plannedStart.isValid()) {
        out.append({at(path, "plannedStart"), tr("heure de début manquante ou invalide")});
    }
    if (!item.plannedEnd.isValid()) {
        out.append({at(path, "plannedEnd"), tr("heure de fin manquante ou invalide")});
    }
    if (item.plannedStart.isValid() && item.plannedEnd.isValid() &&
        item.plannedEnd <= item.plannedStart) {
        out.append(
            {at(path, "plannedEnd"), tr("la fin (%1) doit être après le début (%2)")
                                         .arg(hhmm(item.plannedEnd), hhmm(item.plannedStart))});
    }
    if (item.actualEnd.isValid() && !item.actualStart.isValid()) {
        out.append({at(path, "actualEnd"), tr("une fin réelle suppose un début réel")});
    }
    if (item.actualEnd.isValid() && item.actualStart.isValid() &&
        item.actualEnd < item.actualStart) {
        out.append({at(path, "actualEnd"), tr("la fin réelle doit être après le début réel")});
    }
    if (item.pausedAt.isValid() && (!item.actualStart.isValid() || item.actualEnd.isValid())) {
        out.append({at(path, "pausedAt"), tr("seul un point en cours peut être en pause")});
    }
    if (item.pausedAt.isValid() && item.actualStart.isValid() && item.pausedAt < item.actualStart) {
        out.append({at(path, "pausedAt"), tr("la pause doit commencer après le début réel")});
    }
    requireRange(out, item.pausedSeconds, 0, 7 * 24 * 3600, at(path, "pausedSeconds"));
    requireRange(out, item.extensionMinutes, 0, 24 * 60, at(path, "extensionMinutes"));
    if (item.parentId == item.id && !item.id.isEmpty()) {
        out.append({at(path, "parentId"), tr("un point ne peut pas être son propre parent")});
    }
    return out;
}

ValidationIssues Validation::checkParticipant(const Participant& p, const QString& path)
{
    ValidationIssues out;
    requireText(out, p.name, at(path, "name"));
    return out;
}

ValidationIssues Validation::checkSubgroup(const Subgroup& s, const QString& path)
{
    ValidationIssues out;
    requireText(out, s.title, at(path, "title"));
    requireRange(out, s.dotsPerMember, 0, 100, at(path, "dotsPerMember"));
    if (s.number < 0) {
        out.append({at(path, "number"), tr("ne peut pas être négatif")});
    }
    return out;
}

ValidationIssues Validation::checkQuestion(const GuidingQuestion& q, const QString& path)
{
    ValidationIssues out;
    requireText(out, q.text, at(path, "text"));
    requireRange(out, q.block, 1, 1000, at(path, "block"));
    return out;
}

ValidationIssues Validation::checkPriorityItem(const PriorityItem& item, const QString& path)
{
    ValidationIssues out;
    requireText(out, item.text, at(path, "text"));
    return out;
}

ValidationIssues Validation::checkCriterion(const Criterion& c, const QString& path)
{
    ValidationIssues out;
    requireText(out, c.name, at(path, "name"));
    if (!std::isfinite(c.weight) || c.weight < 0.0 || c.weight > 100.0) {
        out.append({at(path, "weight"), tr("le poids doit être compris entre 0 et 100 (valeur : "
                                           "%1)")
                                            .arg(c.weight)});
    }
    return out;
}

ValidationIssues Validation::checkDotVote(const DotVote& v, const QString& path)
{
    ValidationIssues out;
    requireRange(out, v.count, 0, 10000, at(path, "count"));
    return out;
}

ValidationIssues Validation::checkScore(const CriterionScore& s, const QString& path)
{
    ValidationIssues out;
    requireRange(out, s.score, kScoreMin, kScoreMax, at(path, "score"));
    return out;
}

ValidationIssues Validation::checkSolution(const Solution& s, const QString& path)
{
    ValidationIssues out;
    requireText(out, s.text, at(path, "text"));
    requireRange(out, s.feasibility, 0, kScoreMax, at(path, "feasibility"));
    requireRange(out, s.impact, 0, kScoreMax, at(path, "impact"));
    return out;
}

ValidationIssues Validation::checkNote(const Note& n, const QString& path)
{
    ValidationIssues out;
    if (n.targetId.isEmpty()) {
        out.append({at(path, "targetId"), tr("une note doit être rattachée à un élément")});
    }
    return out;
}

ValidationIssues Validation::checkStatement(const Statement& s, const QString& path)
{
    ValidationIssues out;
    requireText(out, s.text, at(path, "text"));
    return out;
}

ValidationIssues Validation::checkDecision(const Decision& d, const QString& path)
{
    ValidationIssues out;
    requireText(out, d.text, at(path, "text"));
    return out;
}

ValidationIssues Validation::checkAction(const ActionItem& a, const QString& path)
{
    ValidationIssues out;
    requireText(out, a.what, at(path, "what"));
    return out;
}

ValidationIssues Validation::checkSelection(const PrioritySelection& s, const QString& path)
{
    ValidationIssues out;
    if (s.revision < 1) {
        out.append({at(path, "revision"), tr("la révision commence à 1")});
    }
    if (!s.confirmedAt.isValid()) {
        out.append({at(path, "confirmedAt"), tr("date et heure de confirmation manquantes")});
    }
    if (s.subgroupId.isEmpty()) {
        out.append({at(path, "subgroupId"), tr("référence manquante")});
    }
    for (qsizetype i = 0; i < s.itemIds.size(); ++i) {
        if (s.itemIds.indexOf(s.itemIds[i]) != i) {
            out.append({at(path, "itemIds") + QStringLiteral("[%1]").arg(i),
                        tr("« %1 » est sélectionné deux fois").arg(s.itemIds[i])});
        }
    }
    return out;
}

ValidationIssues Validation::checkAgendaPlacement(const QList<AgendaItem>& agenda,
                                                  const Meeting& meeting, bool includeOverlaps)
{
    ValidationIssues out;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        indexOf.insert(agenda[i].id, i);
    }
    const auto timed = [](const AgendaItem& a) {
        return a.plannedStart.isValid() && a.plannedEnd.isValid() && a.plannedStart < a.plannedEnd;
    };

    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const AgendaItem& item = agenda[i];
        const QString path = indexed("agenda", i);
        if (!item.parentId.isEmpty() && item.parentId != item.id) {
            const auto parentIt = indexOf.constFind(item.parentId);
            if (parentIt == indexOf.constEnd()) {
                out.append(
                    {path + u".parentId",
                     tr("« %1 » ne désigne aucun point de l’ordre du jour").arg(item.parentId)});
            } else {
                // Walk up to detect a cycle (bounded by the number of items).
                QString cursor = item.parentId;
                for (qsizetype steps = 0; !cursor.isEmpty() && steps <= agenda.size(); ++steps) {
                    if (cursor == item.id) {
                        out.append(
                            {path + u".parentId", tr("les points parents forment une boucle")});
                        break;
                    }
                    const auto next = indexOf.constFind(cursor);
                    cursor = next == indexOf.constEnd() ? QString() : agenda[*next].parentId;
                }
                const AgendaItem& parent = agenda[*parentIt];
                if (timed(item) && timed(parent) &&
                    (item.plannedStart < parent.plannedStart ||
                     item.plannedEnd > parent.plannedEnd)) {
                    out.append(
                        {path + u".plannedStart",
                         tr("le sous-point (%1 – %2) doit tenir dans « %3 » (%4 – %5)")
                             .arg(hhmm(item.plannedStart), hhmm(item.plannedEnd), parent.title,
                                  hhmm(parent.plannedStart), hhmm(parent.plannedEnd))});
                }
            }
        }
        if (timed(item) && meeting.dayStart.isValid() && meeting.dayEnd.isValid() &&
            (item.plannedStart < meeting.dayStart || item.plannedEnd > meeting.dayEnd)) {
            out.append({path + u".plannedStart",
                        tr("« %1 » (%2 – %3) sort de la journée (%4 – %5)")
                            .arg(item.title, hhmm(item.plannedStart), hhmm(item.plannedEnd),
                                 hhmm(meeting.dayStart), hhmm(meeting.dayEnd))});
        }
        for (qsizetype j = 0; includeOverlaps && j < i; ++j) {
            const AgendaItem& other = agenda[j];
            if (Schedule::clash(item, other)) {
                out.append(
                    {path + u".plannedStart", tr("« %1 » chevauche « %2 » sur la piste « %3 »")
                                                  .arg(item.title, other.title, item.track)});
            }
        }
    }
    return out;
}

ValidationIssues Validation::validateMeeting(const MeetingData& d)
{
    ValidationIssues out = checkMeeting(d.meeting, QStringLiteral("meeting"));

    IdIndex ids;
    ids.add(out, d.meeting.id, QStringLiteral("meeting"), "meeting");
    const auto define = [&](const auto& list, const char* name, const char* type) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            ids.add(out, list[i].id, indexed(name, i), type);
        }
    };
    define(d.participants, "participants", "participant");
    define(d.agenda, "agenda", "agendaItem");
    define(d.subgroups, "subgroups", "subgroup");
    define(d.questions, "questions", "question");
    define(d.priorityItems, "priorityItems", "priorityItem");
    define(d.criteria, "criteria", "criterion");
    define(d.dotVotes, "dotVotes", "dotVote");
    define(d.scores, "scores", "score");
    define(d.solutions, "solutions", "solution");
    define(d.notes, "notes", "note");
    define(d.statements, "statements", "statement");
    define(d.decisions, "decisions", "decision");
    define(d.actions, "actions", "action");
    define(d.selections, "selections", "selection");

    for (qsizetype i = 0; i < d.participants.size(); ++i) {
        const QString p = indexed("participants", i);
        out += checkParticipant(d.participants[i], p);
        ids.refer(out, d.participants[i].subgroupId, p + u".subgroupId", "subgroup");
    }
    for (qsizetype i = 0; i < d.agenda.size(); ++i) {
        out += checkAgendaItem(d.agenda[i], indexed("agenda", i));
    }
    // Overlaps in a lane are shown as warnings (the timeline flags them), never refused:
    // a meeting the window lets someone make must import again.
    out += checkAgendaPlacement(d.agenda, d.meeting, false);

    QHash<QString, int> dotsAllowed; // subgroup id -> dots per member
    for (qsizetype i = 0; i < d.subgroups.size(); ++i) {
        const Subgroup& s = d.subgroups[i];
        const QString p = indexed("subgroups", i);
        out += checkSubgroup(s, p);
        ids.refer(out, s.rapporteurId, p + u".rapporteurId", "participant");
        ids.refer(out, s.agendaItemId, p + u".agendaItemId", "agendaItem");
        dotsAllowed.insert(s.id, s.dotsPerMember);
    }
    for (qsizetype i = 0; i < d.questions.size(); ++i) {
        const QString p = indexed("questions", i);
        out += checkQuestion(d.questions[i], p);
        ids.refer(out, d.questions[i].subgroupId, p + u".subgroupId", "subgroup", true);
    }
    QHash<QString, QString> subgroupOfItem;
    for (qsizetype i = 0; i < d.priorityItems.size(); ++i) {
        const QString p = indexed("priorityItems", i);
        out += checkPriorityItem(d.priorityItems[i], p);
        ids.refer(out, d.priorityItems[i].subgroupId, p + u".subgroupId", "subgroup", true);
        subgroupOfItem.insert(d.priorityItems[i].id, d.priorityItems[i].subgroupId);
    }
    QHash<QString, QString> subgroupOfCriterion;
    for (qsizetype i = 0; i < d.criteria.size(); ++i) {
        const QString p = indexed("criteria", i);
        out += checkCriterion(d.criteria[i], p);
        ids.refer(out, d.criteria[i].subgroupId, p + u".subgroupId", "subgroup", true);
        subgroupOfCriterion.insert(d.criteria[i].id, d.criteria[i].subgroupId);
    }

    // Dots per member and subgroup never exceed the subgroup's allowance.
    QHash<std::pair<QString, QString>, int> dotsUsed;
    for (qsizetype i = 0; i < d.dotVotes.size(); ++i) {
        const DotVote& v = d.dotVotes[i];
        const QString p = indexed("dotVotes", i);
        out += checkDotVote(v, p);
        ids.refer(out, v.itemId, p + u".itemId", "priorityItem", true);
        ids.refer(out, v.participantId, p + u".participantId", "participant");
        if (v.participantId.isEmpty() || !subgroupOfItem.contains(v.itemId)) {
            continue;
        }
        const QString subgroup = subgroupOfItem.value(v.itemId);
        int& used = dotsUsed[{subgroup, v.participantId}];
        used += v.count;
        const int allowed = dotsAllowed.value(subgroup);
        if (used > allowed) {
            out.append(
                {p + u".count",
                 tr("ce membre a placé %1 gommettes pour %2 autorisées").arg(used).arg(allowed)});
        }
    }

    QSet<std::pair<QString, QString>> scored;
    for (qsizetype i = 0; i < d.scores.size(); ++i) {
        const CriterionScore& s = d.scores[i];
        const QString p = indexed("scores", i);
        out += checkScore(s, p);
        ids.refer(out, s.itemId, p + u".itemId", "priorityItem", true);
        ids.refer(out, s.criterionId, p + u".criterionId", "criterion", true);
        if (subgroupOfItem.contains(s.itemId) && subgroupOfCriterion.contains(s.criterionId) &&
            subgroupOfItem.value(s.itemId) != subgroupOfCriterion.value(s.criterionId)) {
            out.append({p + u".criterionId",
                        tr("le critère et l’élément noté appartiennent à des sous-groupes "
                           "différents")});
        }
        if (scored.contains({s.itemId, s.criterionId})) {
            out.append({p, tr("cet élément a déjà une note pour ce critère")});
        }
        scored.insert({s.itemId, s.criterionId});
    }
    for (qsizetype i = 0; i < d.solutions.size(); ++i) {
        const QString p = indexed("solutions", i);
        out += checkSolution(d.solutions[i], p);
        ids.refer(out, d.solutions[i].itemId, p + u".itemId", "priorityItem", true);
    }
    for (qsizetype i = 0; i < d.notes.size(); ++i) {
        const Note& n = d.notes[i];
        const QString p = indexed("notes", i);
        out += checkNote(n, p);
        static constexpr const char* targetTypes[] = {"question", "priorityItem", "solution",
                                                      "agendaItem", "statement"};
        ids.refer(out, n.targetId, p + u".targetId", targetTypes[static_cast<int>(n.targetType)]);
    }
    for (qsizetype i = 0; i < d.statements.size(); ++i) {
        const QString p = indexed("statements", i);
        out += checkStatement(d.statements[i], p);
        ids.refer(out, d.statements[i].agendaItemId, p + u".agendaItemId", "agendaItem");
    }
    for (qsizetype i = 0; i < d.decisions.size(); ++i) {
        const QString p = indexed("decisions", i);
        out += checkDecision(d.decisions[i], p);
        ids.refer(out, d.decisions[i].agendaItemId, p + u".agendaItemId", "agendaItem");
    }
    for (qsizetype i = 0; i < d.actions.size(); ++i) {
        const QString p = indexed("actions", i);
        out += checkAction(d.actions[i], p);
        ids.refer(out, d.actions[i].ownerParticipantId, p + u".ownerParticipantId", "participant");
    }
    // Selections: the subgroup's own items, one revision number each. A selected item
    // removed later stays in the history of earlier revisions, so it is not an error.
    QSet<std::pair<QString, int>> revisions;
    for (qsizetype i = 0; i < d.selections.size(); ++i) {
        const PrioritySelection& s = d.selections[i];
        const QString p = indexed("selections", i);
        out += checkSelection(s, p);
        ids.refer(out, s.subgroupId, p + u".subgroupId", "subgroup", true);
        for (qsizetype j = 0; j < s.itemIds.size(); ++j) {
            const auto owner = subgroupOfItem.constFind(s.itemIds[j]);
            if (owner != subgroupOfItem.constEnd() && *owner != s.subgroupId) {
                out.append({p + QStringLiteral(".itemIds[%1]").arg(j),
                            tr("« %1 » appartient à un autre sous-groupe").arg(s.itemIds[j])});
            }
        }
        if (revisions.contains({s.subgroupId, s.revision})) {
            out.append({p + u".revision",
                        tr("la révision %1 de ce sous-groupe existe déjà").arg(s.revision)});
        }
        revisions.insert({s.subgroupId, s.revision});
    }
    return out;
}

QString Validation::summary(const ValidationIssues& issues, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < issues.size() && i < limit; ++i) {
        lines << issues[i].toString();
    }
    if (issues.size() > limit) {
        lines << tr("… et %n autre(s) problème(s)", nullptr, int(issues.size() - limit));
    }
    return lines.join(u'\n');
}

} // namespace copil::domain
