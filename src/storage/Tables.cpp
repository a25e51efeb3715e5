#include "Tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copil::storage::sql {

using namespace domain;

// ORDER BY clauses match domain::sortCanonically.

const Table<Meeting>& meetingTable()
{
    static const Table<Meeting> t{
        QStringLiteral("meeting"),
        {},
        QStringLiteral("date, title, id"),
        {text("id", &Meeting::id),
         text("title", &Meeting::title),
         text("series", &Meeting::series),
         integer("number", &Meeting::number),
         date("date", &Meeting::date),
         text("location", &Meeting::location),
         time("day_start", &Meeting::dayStart),
         time("day_end", &Meeting::dayEnd),
         list("organisers", &Meeting::organisers),
         {QStringLiteral("contact_name"),
          [](const Meeting& m) { return nonNullText(m.contact.name); },
          [](Meeting& m, const QVariant& v) { m.contact.name = v.toString(); }},
         {QStringLiteral("contact_email"),
          [](const Meeting& m) { return nonNullText(m.contact.email); },
          [](Meeting& m, const QVariant& v) { m.contact.email = v.toString(); }},
         {QStringLiteral("contact_phone"),
          [](const Meeting& m) { return nonNullText(m.contact.phone); },
          [](Meeting& m, const QVariant& v) { m.contact.phone = v.toString(); }},
         text("description", &Meeting::description),
         text("minutes_validated_by", &Meeting::minutesValidatedBy),
         dateTime("minutes_validated_at", &Meeting::minutesValidatedAt),
         // Earlier validations, a JSON array of {by, at, reopenedAt}.
         {QStringLiteral("minutes_history"),
          [](const Meeting& m) {
              QJsonArray a;
              for (const auto& v : m.minutesHistory) {
                  a.append(
                      QJsonObject{{QStringLiteral("by"), v.by},
                                  {QStringLiteral("at"), domain::isoMoment(v.at)},
                                  {QStringLiteral("reopenedAt"), domain::isoMoment(v.reopenedAt)}});
              }
              return QVariant(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
          },
          [](Meeting& m, const QVariant& v) {
              m.minutesHistory.clear();
              const auto a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
              for (const auto& e : a) {
                  const QJsonObject o = e.toObject();
                  m.minutesHistory.append(
                      {o.value(QStringLiteral("by")).toString(),
                       QDateTime::fromString(o.value(QStringLiteral("at")).toString(),
                                             Qt::ISODateWithMs),
                       QDateTime::fromString(o.value(QStringLiteral("reopenedAt")).toString(),
                                             Qt::ISODateWithMs)});
              }
          }}}};
    return t;
}

const Table<Participant>& participantTable()
{
    static const Table<Participant> t{
        QStringLiteral("participant"),
        QStringLiteral("meeting_id"),
        QStringLiteral("position, id"),
        {text("id", &Participant::id), integer("position", &Participant::position),
         text("name", &Participant::name), text("organisation", &Participant::organisation),
         enumeration("organisation_kind", &Participant::organisationKind),
         enumeration("role", &Participant::role),
         enumeration("attendance", &Participant::attendance),
         reference("subgroup_id", &Participant::subgroupId), text("email", &Participant::email),
         enumeration("civility", &Participant::civility)}};
    return t;
}

const Table<AgendaItem>& agendaTable()
{
    static const Table<AgendaItem> t{
        QStringLiteral("agenda_item"),
        QStringLiteral("meeting_id"),
        QStringLiteral("coalesce(parent_id, ''), position, id"),
        {text("id", &AgendaItem::id), reference("parent_id", &AgendaItem::parentId),
         integer("position", &AgendaItem::position), text("title", &AgendaItem::title),
         enumeration("kind", &AgendaItem::kind), time("planned_start", &AgendaItem::plannedStart),
         time("planned_end", &AgendaItem::plannedEnd),
         dateTime("actual_start", &AgendaItem::actualStart),
         dateTime("actual_end", &AgendaItem::actualEnd),
         dateTime("paused_at", &AgendaItem::pausedAt),
         integer("paused_seconds", &AgendaItem::pausedSeconds),
         integer("extension_minutes", &AgendaItem::extensionMinutes),
         text("track", &AgendaItem::track), text("room", &AgendaItem::room),
         list("presenters", &AgendaItem::presenters), text("description", &AgendaItem::description),
         boolean("allow_overlap", &AgendaItem::allowOverlap)}};
    return t;
}

const Table<Subgroup>& subgroupTable()
{
    static const Table<Subgroup> t{QStringLiteral("subgroup"),
                                   QStringLiteral("meeting_id"),
                                   QStringLiteral("number, id"),
                                   {text("id", &Subgroup::id), integer("number", &Subgroup::number),
                                    text("title", &Subgroup::title),
                                    text("framing", &Subgroup::framing),
                                    list("question_blocks", &Subgroup::questionBlocks),
                                    reference("rapporteur_id", &Subgroup::rapporteurId),
                                    reference("agenda_item_id", &Subgroup::agendaItemId),
                                    integer("dots_per_member", &Subgroup::dotsPerMember)}};
    return t;
}

const Table<GuidingQuestion>& questionTable()
{
    static const Table<GuidingQuestion> t{
        QStringLiteral("guiding_question"),
        {},
        QStringLiteral("subgroup_id, block, position, id"),
        {text("id", &GuidingQuestion::id), text("subgroup_id", &GuidingQuestion::subgroupId),
         integer("block", &GuidingQuestion::block), integer("position", &GuidingQuestion::position),
         text("text", &GuidingQuestion::text),
         enumeration("progress", &GuidingQuestion::progress)}};
    return t;
}

const Table<PriorityItem>& priorityItemTable()
{
    static const Table<PriorityItem> t{
        QStringLiteral("priority_item"),
        {},
        QStringLiteral("subgroup_id, position, id"),
        {text("id", &PriorityItem::id), text("subgroup_id", &PriorityItem::subgroupId),
         integer("position", &PriorityItem::position), text("text", &PriorityItem::text)}};
    return t;
}

const Table<Criterion>& criterionTable()
{
    static const Table<Criterion> t{
        QStringLiteral("criterion"),
        {},
        QStringLiteral("subgroup_id, position, id"),
        {text("id", &Criterion::id), text("subgroup_id", &Criterion::subgroupId),
         integer("position", &Criterion::position), text("name", &Criterion::name),
         real("weight", &Criterion::weight)}};
    return t;
}

const Table<DotVote>& dotVoteTable()
{
    static const Table<DotVote> t{QStringLiteral("dot_vote"),
                                  {},
                                  QStringLiteral("item_id, coalesce(participant_id, ''), id"),
                                  {text("id", &DotVote::id), text("item_id", &DotVote::itemId),
                                   reference("participant_id", &DotVote::participantId),
                                   integer("count", &DotVote::count)}};
    return t;
}

const Table<CriterionScore>& scoreTable()
{
    static const Table<CriterionScore> t{QStringLiteral("criterion_score"),
                                         {},
                                         QStringLiteral("item_id, criterion_id, id"),
                                         {text("id", &CriterionScore::id),
                                          text("item_id", &CriterionScore::itemId),
                                          text("criterion_id", &CriterionScore::criterionId),
                                          integer("score", &CriterionScore::score)}};
    return t;
}

const Table<Solution>& solutionTable()
{
    static const Table<Solution> t{QStringLiteral("solution"),
                                   {},
                                   QStringLiteral("item_id, position, id"),
                                   {text("id", &Solution::id),
                                    text("item_id", &Solution::itemId),
                                    integer("position", &Solution::position),
                                    text("text", &Solution::text),
                                    {QStringLiteral("carriers"),
                                     [](const Solution& s) {
                                         QStringList keys;
                                         for (CarrierKind c : s.carriers) {
                                             keys << toKey(c);
                                         }
                                         return QVariant(listToJson(keys));
                                     },
                                     [](Solution& s, const QVariant& v) {
                                         s.carriers.clear();
                                         for (const QString& key : listFromJson(v)) {
                                             if (const auto c = fromKey<CarrierKind>(key)) {
                                                 s.carriers << *c;
                                             }
                                         }
                                     }},
                                    text("other_carrier", &Solution::otherCarrier),
                                    integer("feasibility", &Solution::feasibility),
                                    integer("impact", &Solution::impact),
                                    text("next_step", &Solution::nextStep),
                                    boolean("retained", &Solution::retained)}};
    return t;
}

const Table<Note>& noteTable()
{
    static const Table<Note> t{
        QStringLiteral("note"),
        QStringLiteral("meeting_id"),
        QStringLiteral("target_id, position, id"),
        {text("id", &Note::id), enumeration("target_type", &Note::targetType),
         text("target_id", &Note::targetId), integer("position", &Note::position),
         enumeration("kind", &Note::kind), text("text", &Note::text), text("author", &Note::author),
         dateTime("created_at", &Note::createdAt), dateTime("updated_at", &Note::updatedAt)}};
    return t;
}

const Table<Statement>& statementTable()
{
    static const Table<Statement> t{
        QStringLiteral("statement"),
        QStringLiteral("meeting_id"),
        QStringLiteral("position, id"),
        {text("id", &Statement::id), enumeration("kind", &Statement::kind),
         reference("agenda_item_id", &Statement::agendaItemId),
         integer("position", &Statement::position), text("text", &Statement::text),
         text("debate", &Statement::debate), enumeration("status", &Statement::status)}};
    return t;
}

const Table<Decision>& decisionTable()
{
    static const Table<Decision> t{
        QStringLiteral("decision"),
        QStringLiteral("meeting_id"),
        QStringLiteral("position, id"),
        {text("id", &Decision::id), reference("agenda_item_id", &Decision::agendaItemId),
         integer("position", &Decision::position), text("text", &Decision::text),
         dateTime("decided_at", &Decision::decidedAt)}};
    return t;
}

const Table<ActionItem>& actionTable()
{
    static const Table<ActionItem> t{
        QStringLiteral("action_item"),
        QStringLiteral("meeting_id"),
        QStringLiteral("position, id"),
        {text("id", &ActionItem::id), integer("position", &ActionItem::position),
         text("what", &ActionItem::what),
         reference("owner_participant_id", &ActionItem::ownerParticipantId),
         text("owner_organisation", &ActionItem::ownerOrganisation),
         date("due_date", &ActionItem::dueDate), enumeration("status", &ActionItem::status),
         text("continues_action_id", &ActionItem::continuesActionId)}};
    return t;
}

const Table<PrioritySelection>& selectionTable()
{
    static const Table<PrioritySelection> t{
        QStringLiteral("priority_selection"),
        {},
        QStringLiteral("subgroup_id, revision, id"),
        {text("id", &PrioritySelection::id), text("subgroup_id", &PrioritySelection::subgroupId),
         integer("revision", &PrioritySelection::revision),
         dateTime("confirmed_at", &PrioritySelection::confirmedAt),
         list("item_ids", &PrioritySelection::itemIds), text("note", &PrioritySelection::note)}};
    return t;
}

std::optional<EntityKind> kindOfTable(const QString& table)
{
    static const QHash<QString, EntityKind> kinds = [] {
        QHash<QString, EntityKind> h;
        const auto add = [&h](const auto& t, EntityKind k) { h.insert(t.name, k); };
        add(meetingTable(), EntityKind::Meeting);
        add(participantTable(), EntityKind::Participant);
        add(agendaTable(), EntityKind::AgendaItem);
        add(subgroupTable(), EntityKind::Subgroup);
        add(questionTable(), EntityKind::Question);
        add(priorityItemTable(), EntityKind::PriorityItem);
        add(criterionTable(), EntityKind::Criterion);
        add(dotVoteTable(), EntityKind::DotVote);
        add(scoreTable(), EntityKind::Score);
        add(solutionTable(), EntityKind::Solution);
        add(noteTable(), EntityKind::Note);
        add(statementTable(), EntityKind::Statement);
        add(decisionTable(), EntityKind::Decision);
        add(actionTable(), EntityKind::Action);
        add(selectionTable(), EntityKind::Selection);
        return h;
    }();
    if (const auto it = kinds.constFind(table); it != kinds.cend()) {
        return it.value();
    }
    return std::nullopt;
}

const QList<Dependence>& dependencesOf(EntityKind kind)
{
    using K = EntityKind;
    const auto notes =
        Dependence{K::Note, QStringLiteral("note"), QStringLiteral("target_id"), true};
    static const QList<Dependence> none;
    static const QList<Dependence> agenda{
        {K::AgendaItem, QStringLiteral("agenda_item"), QStringLiteral("parent_id"), true},
        {K::Subgroup, QStringLiteral("subgroup"), QStringLiteral("agenda_item_id"), false},
        {K::Statement, QStringLiteral("statement"), QStringLiteral("agenda_item_id"), false},
        {K::Decision, QStringLiteral("decision"), QStringLiteral("agenda_item_id"), false},
        notes};
    static const QList<Dependence> subgroup{
        {K::Participant, QStringLiteral("participant"), QStringLiteral("subgroup_id"), false},
        {K::Question, QStringLiteral("guiding_question"), QStringLiteral("subgroup_id"), true},
        {K::PriorityItem, QStringLiteral("priority_item"), QStringLiteral("subgroup_id"), true},
        {K::Criterion, QStringLiteral("criterion"), QStringLiteral("subgroup_id"), true},
        {K::Selection, QStringLiteral("priority_selection"), QStringLiteral("subgroup_id"), true}};
    static const QList<Dependence> participant{
        {K::Subgroup, QStringLiteral("subgroup"), QStringLiteral("rapporteur_id"), false},
        {K::DotVote, QStringLiteral("dot_vote"), QStringLiteral("participant_id"), true},
        {K::Action, QStringLiteral("action_item"), QStringLiteral("owner_participant_id"), false}};
    static const QList<Dependence> item{
        {K::DotVote, QStringLiteral("dot_vote"), QStringLiteral("item_id"), true},
        {K::Score, QStringLiteral("criterion_score"), QStringLiteral("item_id"), true},
        {K::Solution, QStringLiteral("solution"), QStringLiteral("item_id"), true},
        notes};
    static const QList<Dependence> criterion{
        {K::Score, QStringLiteral("criterion_score"), QStringLiteral("criterion_id"), true}};
    static const QList<Dependence> withNotes{notes};
    switch (kind) {
    case K::AgendaItem:
        return agenda;
    case K::Subgroup:
        return subgroup;
    case K::Participant:
        return participant;
    case K::PriorityItem:
        return item;
    case K::Criterion:
        return criterion;
    case K::Question:
    case K::Solution:
    case K::Statement:
        return withNotes;
    default:
        return none;
    }
}

} // namespace copil::storage::sql
