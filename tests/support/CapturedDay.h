#pragma once

// The seed meeting as it stands at the end of the day: attendance taken, notes on the
// guiding questions, dots and scores on the causes, solutions, the plenary's findings,
// recommendations, decisions and actions. Fixed ids and times: output is reproducible.

#include "domain/MeetingData.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/MeetingJson.h"

#include <QFile>
#include <QTimeZone>

namespace copil::test {

inline domain::MeetingData capturedDay()
{
    using namespace domain;
    QFile file(exchange::DefaultWorkspace::seedTemplate());
    file.open(QIODevice::ReadOnly);
    MeetingData d = exchange::MeetingJson::parse(file.readAll(), QStringLiteral("seed")).value();
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const auto at = [&](int h, int m) { return QDateTime(d.meeting.date, QTime(h, m), paris); };
    d.meeting.location = QStringLiteral("Paris, CGET, salle 5");

    const Subgroup& s3 = d.subgroups[0];
    const Subgroup& s4 = d.subgroups[1];
    const auto person = [&](const char* id, const char* name, const char* org,
                            OrganisationKind kind, ParticipantRole role, Attendance att,
                            const QString& subgroup) {
        d.participants << Participant{QLatin1StringView(id),
                                      static_cast<int>(d.participants.size()),
                                      QString::fromUtf8(name),
                                      QString::fromUtf8(org),
                                      kind,
                                      role,
                                      att,
                                      subgroup,
                                      {}};
    };
    person("p-lise", "Lise Pelerin", "Odas", OrganisationKind::Odas, ParticipantRole::Facilitator,
           Attendance::Present, {});
    person("p-marc", "Marc Durand", "Ville de Grenoble", OrganisationKind::Ville,
           ParticipantRole::Rapporteur, Attendance::Present, s3.id);
    person("p-ines", "Inès Morel", "Grenoble-Alpes Métropole", OrganisationKind::Intercommunalite,
           ParticipantRole::Member, Attendance::Present, s3.id);
    person("p-paul", "Paul Lefèvre", "Département de l’Isère", OrganisationKind::Departement,
           ParticipantRole::Member, Attendance::Excused, s3.id);
    person("p-sara", "Sara Benali", "Ville de Lille", OrganisationKind::Ville,
           ParticipantRole::Rapporteur, Attendance::Present, s4.id);
    person("p-yves", "Yves Caron", "Ville de Lille", OrganisationKind::Ville,
           ParticipantRole::Member, Attendance::Present, s4.id);
    person("p-anne", "Anne Roux", "CGET", OrganisationKind::Etat, ParticipantRole::Presenter,
           Attendance::Present, {});
    person("p-jean", "Jean Petit", "Centre social Les Tilleuls", OrganisationKind::Association,
           ParticipantRole::Member, Attendance::Absent, s4.id);
    // Civilities as the list of invitations gives them; Yves Caron's is not known.
    const std::pair<int, Civility> civilities[] = {{0, Civility::Madame},  {1, Civility::Monsieur},
                                                   {2, Civility::Madame},  {3, Civility::Monsieur},
                                                   {4, Civility::Madame},  {6, Civility::Madame},
                                                   {7, Civility::Monsieur}};
    for (const auto& [index, civility] : civilities) {
        d.participants[index].civility = civility;
    }
    d.subgroups[0].rapporteurId = QStringLiteral("p-marc");
    d.subgroups[1].rapporteurId = QStringLiteral("p-sara");

    d.agenda[0].actualStart = at(9, 50);
    d.agenda[0].actualEnd = at(10, 5);
    for (auto& a : d.agenda) {
        if (a.kind == AgendaItemKind::Subgroup) {
            a.actualStart = at(10, 5);
            a.actualEnd = at(13, 10);
        }
    }

    const auto note = [&](const char* id, NoteTarget type, const QString& target, NoteKind kind,
                          const char* text, int minute) {
        d.notes << Note{QLatin1StringView(id),
                        type,
                        target,
                        static_cast<int>(d.notes.size()),
                        kind,
                        QString::fromUtf8(text),
                        {},
                        at(10, minute),
                        at(10, minute)};
    };
    note("n1", NoteTarget::Question, d.questions[0].id, NoteKind::Finding,
         "La loi NOTRe a transféré la politique de la ville aux EPCI sans moyens nouveaux.", 20);
    note("n2", NoteTarget::Question, d.questions[0].id, NoteKind::Vigilance,
         "Les petites communes craignent de perdre la main sur leurs quartiers.", 25);
    note("n3", NoteTarget::Question, d.questions[3].id, NoteKind::Proposal,
         "Faire du contrat de ville le document de référence des deux échelons.", 40);
    note("n4", NoteTarget::Question, d.questions[7].id, NoteKind::OpenQuestion,
         "Quelle place pour le Département dans le pilotage ?", 55);

    const auto& causes = d.priorityItems;
    d.dotVotes = {{QStringLiteral("v1"), causes[0].id, QStringLiteral("p-sara"), 2},
                  {QStringLiteral("v2"), causes[2].id, QStringLiteral("p-sara"), 1},
                  {QStringLiteral("v3"), causes[2].id, QStringLiteral("p-yves"), 3},
                  {QStringLiteral("v4"), causes[3].id, {}, 4}};
    int k = 0;
    for (int i = 0; i < causes.size(); ++i) {
        for (const auto& c : d.criteria) {
            d.scores << CriterionScore{QStringLiteral("sc%1").arg(++k), causes[i].id, c.id,
                                       1 + (i + c.position) % 5};
        }
    }
    d.solutions = {
        {QStringLiteral("sol1"),
         causes[2].id,
         0,
         QStringLiteral("Un diagnostic partagé en début de contrat, animé par l’EPCI"),
         {CarrierKind::Intercommunalite, CarrierKind::Ville},
         {},
         4,
         4,
         QStringLiteral("Proposer une trame commune au prochain comité technique"),
         true},
        {QStringLiteral("sol2"),
         causes[2].id,
         1,
         QStringLiteral("Recenser les actions de chacun dans un annuaire en ligne"),
         {CarrierKind::Partners},
         QStringLiteral("CAF"),
         3,
         2,
         {},
         false},
        {QStringLiteral("sol3"),
         causes[0].id,
         0,
         QStringLiteral("Des critères de réussite écrits ensemble et revus chaque année"),
         {CarrierKind::Ville, CarrierKind::Etat},
         {},
         3,
         5,
         QStringLiteral("Groupe de travail en janvier"),
         true}};

    const QString intro = d.agenda[5].id;
    const QString findings = d.agenda[6].id;
    d.notes << Note{QStringLiteral("n5"),
                    NoteTarget::AgendaItem,
                    intro,
                    10,
                    NoteKind::Remark,
                    QStringLiteral("Le CGET rappelle le calendrier de la réforme."),
                    {},
                    at(14, 5),
                    at(14, 5)};
    d.statements = {
        {QStringLiteral("st1"), StatementKind::Finding, findings, 0,
         QStringLiteral("La transversalité progresse là où un élu la porte."),
         QStringLiteral("Large accord ; nuance des Départements."), StatementStatus::Kept},
        {QStringLiteral("st2"), StatementKind::Recommendation, findings, 1,
         QStringLiteral("Créer une instance de coordination Ville – EPCI – Département."),
         QStringLiteral("Réserves sur le coût."), StatementStatus::ToExplore}};
    d.decisions = {{QStringLiteral("d1"), findings, 0,
                    QStringLiteral("Le rapport final intégrera les préconisations retenues."),
                    at(15, 40)}};
    d.actions = {{QStringLiteral("a1"),
                  0,
                  QStringLiteral("Diffuser le compte rendu aux partenaires"),
                  QStringLiteral("p-lise"),
                  {},
                  QDate(2017, 10, 20),
                  ActionStatus::Open},
                 {QStringLiteral("a2"),
                  1,
                  QStringLiteral("Rédiger le rapport final"),
                  {},
                  QStringLiteral("Odas"),
                  QDate(2017, 12, 31),
                  ActionStatus::InProgress}};
    // Subgroup 4 chose two causes at 11:40, then kept a third at 12:05.
    d.selections = {{QStringLiteral("sel1"),
                     causes[0].subgroupId,
                     1,
                     at(11, 40),
                     {causes[2].id, causes[0].id},
                     {}},
                    {QStringLiteral("sel2"),
                     causes[0].subgroupId,
                     2,
                     at(12, 5),
                     {causes[2].id, causes[0].id, causes[3].id},
                     QStringLiteral("la cause 4 ajoutée après le vote sur papier")}};
    sortCanonically(d);
    return d;
}

} // namespace copil::test
