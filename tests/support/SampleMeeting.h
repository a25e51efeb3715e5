#pragma once

// A meeting with every kind of entity and every field set to a non-default value,
// built in code, for round trips through storage and JSON.

#include "domain/MeetingData.h"

#include <QTimeZone>

namespace copil::test {

inline domain::MeetingData sampleMeeting()
{
    using namespace domain;
    MeetingData d;
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const auto at = [&](int h, int m) {
        return QDateTime(QDate(2017, 10, 11), QTime(h, m, 7, 250), paris);
    };
    d.meeting = {newId(),
                 QStringLiteral("Comité de pilotage n°6 « test » & <b>"),
                 QStringLiteral("Villes et vivre ensemble"),
                 6,
                 QDate(2017, 10, 11),
                 QStringLiteral("Paris, salle 2"),
                 QTime(9, 45),
                 QTime(16, 0),
                 {QStringLiteral("Odas"), QStringLiteral("CGET")},
                 {QStringLiteral("Lise Pelerin"), QStringLiteral("lise@example.org"),
                  QStringLiteral("+33 1 00 00 00 00")},
                 QStringLiteral("Contexte\nsur deux lignes"),
                 QStringLiteral("Lise Pelerin"),
                 at(18, 30),
                 {}};

    AgendaItem welcome{newId(),
                       {},
                       0,
                       QStringLiteral("Accueil"),
                       AgendaItemKind::Welcome,
                       QTime(9, 45),
                       QTime(10, 0),
                       at(9, 47),
                       at(10, 2),
                       QStringLiteral("Plénière"),
                       QStringLiteral("Hall"),
                       {},
                       QStringLiteral("Émargement"),
                       false,
                       {},
                       0,
                       0};
    AgendaItem sg3{newId(),
                   {},
                   1,
                   QStringLiteral("Sujet n°3"),
                   AgendaItemKind::Subgroup,
                   QTime(10, 0),
                   QTime(13, 0),
                   at(10, 5),
                   {},
                   QStringLiteral("Sous-groupe 3"),
                   QStringLiteral("Salle A"),
                   {},
                   {},
                   false,
                   at(11, 30), // paused, after a first pause of two minutes
                   120,
                   10}; // and given ten more minutes
    AgendaItem sg4{newId(),
                   {},
                   2,
                   QStringLiteral("Sujet n°4"),
                   AgendaItemKind::Subgroup,
                   QTime(10, 0),
                   QTime(13, 0),
                   {},
                   {},
                   QStringLiteral("Sous-groupe 4"),
                   QStringLiteral("Salle B"),
                   {},
                   {},
                   true,
                   {},
                   0,
                   0};
    AgendaItem plenary{newId(),
                       {},
                       3,
                       QStringLiteral("Plénière"),
                       AgendaItemKind::Plenary,
                       QTime(14, 0),
                       QTime(16, 0),
                       {},
                       {},
                       QStringLiteral("Plénière"),
                       {},
                       {QStringLiteral("Odas"), QStringLiteral("CGET")},
                       {},
                       false,
                       {},
                       0,
                       0};
    AgendaItem intro{newId(),
                     plenary.id,
                     0,
                     QStringLiteral("Introduction"),
                     AgendaItemKind::Presentation,
                     QTime(14, 0),
                     QTime(14, 20),
                     {},
                     {},
                     QStringLiteral("Plénière"),
                     {},
                     {QStringLiteral("Odas")},
                     {},
                     false,
                     {},
                     0,
                     0};
    d.agenda = {welcome, sg3, sg4, plenary, intro};

    Subgroup s3{newId(),
                3,
                QStringLiteral("Le territoire"),
                QStringLiteral("Cadrage"),
                {QStringLiteral("Réformes"), QStringLiteral("Politique de la ville")},
                {},
                sg3.id,
                3};
    Subgroup s4{newId(), 4, QStringLiteral("La coopération"), QStringLiteral("Six causes"), {}, {},
                sg4.id,  2};
    Participant alice{newId(),
                      0,
                      QStringLiteral("Alice Martin"),
                      QStringLiteral("Ville de Lyon"),
                      OrganisationKind::Ville,
                      ParticipantRole::Rapporteur,
                      Attendance::Present,
                      s4.id,
                      QStringLiteral("alice@example.org")};
    Participant bruno{newId(),
                      1,
                      QStringLiteral("Bruno Petit"),
                      QStringLiteral("Métropole"),
                      OrganisationKind::Intercommunalite,
                      ParticipantRole::Member,
                      Attendance::Excused,
                      s3.id,
                      {}};
    Participant claire{newId(),
                       2,
                       QStringLiteral("Claire Roux"),
                       QStringLiteral("CGET"),
                       OrganisationKind::Etat,
                       ParticipantRole::Presenter,
                       Attendance::Absent,
                       {},
                       {}};
    s4.rapporteurId = alice.id;
    d.participants = {alice, bruno, claire};
    d.subgroups = {s3, s4};

    GuidingQuestion q1{newId(),
                       s3.id,
                       1,
                       0,
                       QStringLiteral("Quelles conséquences ?"),
                       QuestionProgress::Discussed};
    GuidingQuestion q2{
        newId(), s3.id, 2, 0, QStringLiteral("Quel équilibre ?"), QuestionProgress::Done};
    d.questions = {q1, q2};
    PriorityItem c1{newId(), s4.id, 0, QStringLiteral("Critères non partagés")};
    PriorityItem c2{newId(), s4.id, 1, QStringLiteral("Pas de vision globale")};
    d.priorityItems = {c1, c2};
    Criterion urgency{newId(), s4.id, 0, QStringLiteral("Urgence"), 2.5};
    Criterion power{newId(), s4.id, 1, QStringLiteral("Pouvoir d’agir"), 1.0};
    d.criteria = {urgency, power};
    d.dotVotes = {{newId(), c1.id, alice.id, 2}, {newId(), c2.id, {}, 7}};
    d.scores = {{newId(), c1.id, urgency.id, 5},
                {newId(), c1.id, power.id, 3},
                {newId(), c2.id, urgency.id, 1}};
    Solution sol{newId(),
                 c1.id,
                 0,
                 QStringLiteral("Grille d’évaluation commune"),
                 {CarrierKind::Ville, CarrierKind::Intercommunalite},
                 QStringLiteral("CAF"),
                 4,
                 5,
                 QStringLiteral("Atelier en janvier"),
                 true};
    d.solutions = {sol};
    d.selections = {{newId(), s4.id, 1, at(11, 40), {c1.id, c2.id}, {}},
                    {newId(), s4.id, 2, at(11, 55), {c1.id}, QStringLiteral("Une seule cause")}};

    Statement finding{newId(),
                      StatementKind::Finding,
                      intro.id,
                      0,
                      QStringLiteral("La transversalité progresse"),
                      QStringLiteral("Soutien large"),
                      StatementStatus::Kept};
    Statement reco{
        newId(), StatementKind::Recommendation, {}, 1, QStringLiteral("Créer une instance commune"),
        {},      StatementStatus::ToExplore};
    d.statements = {finding, reco};
    d.decisions = {
        {newId(), plenary.id, 0, QStringLiteral("Le rapport final est validé"), at(15, 40)}};
    d.actions = {{newId(),
                  0,
                  QStringLiteral("Diffuser le compte rendu"),
                  alice.id,
                  {},
                  QDate(2017, 10, 20),
                  ActionStatus::InProgress},
                 {newId(),
                  1,
                  QStringLiteral("Relire le rapport"),
                  {},
                  QStringLiteral("Odas"),
                  {},
                  ActionStatus::Open}};
    d.notes = {{newId(), NoteTarget::Question, q1.id, 0, NoteKind::Finding,
                QStringLiteral("La loi NOTRe a déplacé des compétences"), QStringLiteral("Alice"),
                at(10, 30), at(10, 31)},
               {newId(),
                NoteTarget::PriorityItem,
                c1.id,
                0,
                NoteKind::Vigilance,
                QStringLiteral("Attention aux moyens"),
                {},
                at(11, 0),
                {}},
               {newId(),
                NoteTarget::Solution,
                sol.id,
                0,
                NoteKind::Proposal,
                QStringLiteral("Piloter avec la CAF"),
                {},
                {},
                {}},
               {newId(),
                NoteTarget::AgendaItem,
                intro.id,
                0,
                NoteKind::Remark,
                QStringLiteral("Introduction par l’Odas"),
                {},
                {},
                {}},
               {newId(),
                NoteTarget::Statement,
                finding.id,
                0,
                NoteKind::OpenQuestion,
                QStringLiteral("Et les Départements ?"),
                {},
                {},
                {}}};
    sortCanonically(d);
    return d;
}

} // namespace copil::test
