#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace copil::domain {

enum class OrganisationKind {
    Ville,
    Intercommunalite,
    Departement,
    Etat,
    Odas,
    Association,
    Other
};
/// How a person is addressed in the documents; None when unknown or not wanted.
enum class Civility { None, Madame, Monsieur };
enum class ParticipantRole { Facilitator, Rapporteur, Presenter, Member };
enum class Attendance { Expected, Present, Excused, Absent };
enum class AgendaItemKind { Welcome, Subgroup, Break, Plenary, Presentation, Discussion };
enum class QuestionProgress { NotStarted, Discussed, Done };
enum class NoteKind { Finding, Proposal, Vigilance, OpenQuestion, Remark };
enum class NoteTarget { Question, PriorityItem, Solution, AgendaItem, Statement };
enum class StatementKind { Finding, Recommendation };
enum class StatementStatus { Pending, Kept, ToExplore, Dropped };
enum class CarrierKind { Ville, Intercommunalite, Departement, Etat, Partners };
enum class ActionStatus { Open, InProgress, Done, Cancelled };

/// Stable text keys of each enumeration, used by the JSON format and the database.
/// They never change once released; labels for people live in Labels.h.
template <class E> struct EnumKeys;

#define COPIL_ENUM_KEYS(E, ...)                                                                    \
    template <> struct EnumKeys<E> {                                                               \
        static constexpr auto keys = std::to_array<std::pair<E, const char*>>({__VA_ARGS__});      \
    };

COPIL_ENUM_KEYS(OrganisationKind, {OrganisationKind::Ville, "ville"},
                {OrganisationKind::Intercommunalite, "epci"},
                {OrganisationKind::Departement, "departement"}, {OrganisationKind::Etat, "etat"},
                {OrganisationKind::Odas, "odas"}, {OrganisationKind::Association, "association"},
                {OrganisationKind::Other, "other"})
COPIL_ENUM_KEYS(Civility, {Civility::None, "none"}, {Civility::Madame, "mme"},
                {Civility::Monsieur, "m"})
COPIL_ENUM_KEYS(ParticipantRole, {ParticipantRole::Facilitator, "facilitator"},
                {ParticipantRole::Rapporteur, "rapporteur"},
                {ParticipantRole::Presenter, "presenter"}, {ParticipantRole::Member, "member"})
COPIL_ENUM_KEYS(Attendance, {Attendance::Expected, "expected"}, {Attendance::Present, "present"},
                {Attendance::Excused, "excused"}, {Attendance::Absent, "absent"})
COPIL_ENUM_KEYS(AgendaItemKind, {AgendaItemKind::Welcome, "welcome"},
                {AgendaItemKind::Subgroup, "subgroup"}, {AgendaItemKind::Break, "break"},
                {AgendaItemKind::Plenary, "plenary"},
                {AgendaItemKind::Presentation, "presentation"},
                {AgendaItemKind::Discussion, "discussion"})
COPIL_ENUM_KEYS(QuestionProgress, {QuestionProgress::NotStarted, "notStarted"},
                {QuestionProgress::Discussed, "discussed"}, {QuestionProgress::Done, "done"})
COPIL_ENUM_KEYS(NoteKind, {NoteKind::Finding, "finding"}, {NoteKind::Proposal, "proposal"},
                {NoteKind::Vigilance, "vigilance"}, {NoteKind::OpenQuestion, "openQuestion"},
                {NoteKind::Remark, "remark"})
COPIL_ENUM_KEYS(NoteTarget, {NoteTarget::Question, "question"},
                {NoteTarget::PriorityItem, "priorityItem"}, {NoteTarget::Solution, "solution"},
                {NoteTarget::AgendaItem, "agendaItem"}, {NoteTarget::Statement, "statement"})
COPIL_ENUM_KEYS(StatementKind, {StatementKind::Finding, "finding"},
                {StatementKind::Recommendation, "recommendation"})
COPIL_ENUM_KEYS(StatementStatus, {StatementStatus::Pending, "pending"},
                {StatementStatus::Kept, "kept"}, {StatementStatus::ToExplore, "toExplore"},
                {StatementStatus::Dropped, "dropped"})
COPIL_ENUM_KEYS(CarrierKind, {CarrierKind::Ville, "ville"}, {CarrierKind::Intercommunalite, "epci"},
                {CarrierKind::Departement, "departement"}, {CarrierKind::Etat, "etat"},
                {CarrierKind::Partners, "partners"})
COPIL_ENUM_KEYS(ActionStatus, {ActionStatus::Open, "open"},
                {ActionStatus::InProgress, "inProgress"}, {ActionStatus::Done, "done"},
                {ActionStatus::Cancelled, "cancelled"})

#undef COPIL_ENUM_KEYS

template <class E> QString toKey(E value)
{
    for (const auto& [v, key] : EnumKeys<E>::keys) {
        if (v == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <class E> std::optional<E> fromKey(QStringView key)
{
    for (const auto& [v, k] : EnumKeys<E>::keys) {
        if (key == QLatin1StringView(k)) {
            return v;
        }
    }
    return std::nullopt;
}

template <class E> QStringList allKeys()
{
    QStringList keys;
    for (const auto& entry : EnumKeys<E>::keys) {
        keys << QString::fromLatin1(entry.second);
    }
    return keys;
}

template <class E> constexpr auto allValues()
{
    std::array<E, EnumKeys<E>::keys.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = EnumKeys<E>::keys[i].first;
    }
    return values;
}

} // namespace copil::domain
