#include "Labels.h"

namespace copil::domain {

QString Labels::of(OrganisationKind v)
{
    switch (v) {
    case OrganisationKind::Ville:
        return tr("Ville");
    case OrganisationKind::Intercommunalite:
        return tr("Intercommunalité / EPCI");
    case OrganisationKind::Departement:
        return tr("Département");
    case OrganisationKind::Etat:
        return tr("État");
    case OrganisationKind::Odas:
        return tr("Odas");
    case OrganisationKind::Association:
        return tr("Association");
    case OrganisationKind::Other:
        return tr("Autre");
    }
    return {};
}

QString Labels::of(ParticipantRole v)
{
    switch (v) {
    case ParticipantRole::Facilitator:
        return tr("Animateur");
    case ParticipantRole::Rapporteur:
        return tr("Rapporteur");
    case ParticipantRole::Presenter:
        return tr("Intervenant");
    case ParticipantRole::Member:
        return tr("Membre");
    }
    return {};
}

QString Labels::of(Civility v)
{
    switch (v) {
    case Civility::None:
        return {};
    case Civility::Madame:
        //: Civility written before a woman's name (no full stop in French).
        return tr("Mme");
    case Civility::Monsieur:
        //: Civility written before a man's name.
        return tr("M.");
    }
    return {};
}

QString Labels::roleOf(ParticipantRole v, Civility c)
{
    switch (v) {
    case ParticipantRole::Facilitator:
        return c == Civility::Madame     ? tr("animatrice")
               : c == Civility::Monsieur ? tr("animateur")
                                         : tr("animateur ou animatrice");
    case ParticipantRole::Rapporteur:
        return c == Civility::Madame     ? tr("rapporteure")
               : c == Civility::Monsieur ? tr("rapporteur")
                                         : tr("rapporteur ou rapporteure");
    case ParticipantRole::Presenter:
        return c == Civility::Madame     ? tr("intervenante")
               : c == Civility::Monsieur ? tr("intervenant")
                                         : tr("intervenant ou intervenante");
    case ParticipantRole::Member:
        return tr("membre");
    }
    return {};
}

QString Labels::civilName(Civility c, const QString& name)
{
    const QString civility = of(c);
    // A no-break space keeps the civility on the line of the name.
    return civility.isEmpty() ? name : civility + QChar(0x00A0) + name;
}

QString Labels::of(Attendance v)
{
    switch (v) {
    case Attendance::Expected:
        return tr("Attendu");
    case Attendance::Present:
        return tr("Présent");
    case Attendance::Excused:
        return tr("Excusé");
    case Attendance::Absent:
        return tr("Absent");
    }
    return {};
}

QString Labels::of(AgendaItemKind v)
{
    switch (v) {
    case AgendaItemKind::Welcome:
        return tr("Accueil");
    case AgendaItemKind::Subgroup:
        return tr("Sous-groupe");
    case AgendaItemKind::Break:
        return tr("Pause");
    case AgendaItemKind::Plenary:
        return tr("Plénière");
    case AgendaItemKind::Presentation:
        return tr("Présentation");
    case AgendaItemKind::Discussion:
        return tr("Échanges");
    }
    return {};
}

QString Labels::of(QuestionProgress v)
{
    switch (v) {
    case QuestionProgress::NotStarted:
        return tr("Pas commencée");
    case QuestionProgress::Discussed:
        return tr("Abordée");
    case QuestionProgress::Done:
        return tr("Traitée");
    }
    return {};
}

QString Labels::of(NoteKind v)
{
    switch (v) {
    case NoteKind::Finding:
        return tr("Constat");
    case NoteKind::Proposal:
        return tr("Proposition");
    case NoteKind::Vigilance:
        return tr("Point de vigilance");
    case NoteKind::OpenQuestion:
        return tr("Question ouverte");
    case NoteKind::Remark:
        return tr("Remarque");
    }
    return {};
}

QString Labels::of(StatementKind v)
{
    switch (v) {
    case StatementKind::Finding:
        return tr("Constat");
    case StatementKind::Recommendation:
        return tr("Préconisation");
    }
    return {};
}

QString Labels::of(StatementStatus v)
{
    switch (v) {
    case StatementStatus::Pending:
        return tr("À débattre");
    case StatementStatus::Kept:
        return tr("Retenu");
    case StatementStatus::ToExplore:
        return tr("À approfondir");
    case StatementStatus::Dropped:
        return tr("Écarté");
    }
    return {};
}

QString Labels::of(CarrierKind v)
{
    switch (v) {
    case CarrierKind::Ville:
        return tr("Ville");
    case CarrierKind::Intercommunalite:
        return tr("EPCI");
    case CarrierKind::Departement:
        return tr("Département");
    case CarrierKind::Etat:
        return tr("État");
    case CarrierKind::Partners:
        return tr("Partenaires");
    }
    return {};
}

QString Labels::of(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Open:
        return tr("À faire");
    case ActionStatus::InProgress:
        return tr("En cours");
    case ActionStatus::Done:
        return tr("Fait");
    case ActionStatus::Cancelled:
        return tr("Abandonné");
    }
    return {};
}

} // namespace copil::domain
