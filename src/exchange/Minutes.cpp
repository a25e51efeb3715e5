#include "Minutes.h"

#include "Typography.h"
#include "domain/Labels.h"
#include "domain/Prioritisation.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace copil::exchange {

using namespace domain;

namespace {

bool frenchDocument()
{
    return QLocale().language() != QLocale::English;
}

// « 9 h 45 » in French documents, « 09:45 » in English ones.
QString hhmm(QTime t)
{
    return typography::time(t, frenchDocument());
}

QTime parisTime(const QDateTime& dt)
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return (paris.isValid() ? dt.toTimeZone(paris) : dt.toLocalTime()).time();
}

// Actual moments are shown in the meeting's time zone (Europe/Paris).
QString localTime(const QDateTime& dt)
{
    return dt.isValid() ? hhmm(parisTime(dt)) : QString();
}

// « le 11 octobre 2017 à 18 h 30 ».
QString moment(const QDateTime& dt)
{
    if (!dt.isValid()) {
        return {};
    }
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const QDateTime local = paris.isValid() ? dt.toTimeZone(paris) : dt.toLocalTime();
    return Minutes::tr("%1 à %2").arg(typography::date(local.date(), frenchDocument()),
                                      hhmm(local.time()));
}

// A list of texts joined by « ; », without the full stop that ends some of them.
QString joinClauses(const QStringList& texts)
{
    QStringList out;
    for (QString t : texts) {
        t = t.trimmed();
        while (t.endsWith(u'.') && !t.endsWith(QStringLiteral("..."))) {
            t.chop(1);
        }
        out << t;
    }
    return out.join(u" ; ");
}

QString span(const QString& from, const QString& to)
{
    if (from.isEmpty() && to.isEmpty()) {
        return {};
    }
    return from + u" – " + to;
}

QString ratingText(int value)
{
    return value > 0 ? QStringLiteral("%1/5").arg(value) : QStringLiteral("–");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

// The entities of list that satisfy keep, in list order.
template <class T, class Keep> QList<const T*> pick(const QList<T>& list, Keep keep)
{
    QList<const T*> out;
    for (const T& x : list) {
        if (keep(x)) {
            out << &x;
        }
    }
    return out;
}

class Builder {
public:
    Builder(const MeetingData& d, const MinutesOptions& o) : m_d(d), m_o(o)
    {
        for (const auto& n : d.notes) {
            m_notes[n.targetId].append(&n);
        }
        for (const auto& p : d.participants) {
            m_people.insert(p.id, &p);
        }
    }

    Document build()
    {
        Document doc;
        doc.language =
            QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
        const Meeting& m = m_d.meeting;
        const QString date = typography::date(m.date, frenchDocument());
        switch (m_o.variant) {
        case MinutesOptions::Variant::Minutes:
            doc.title = Minutes::tr("Compte rendu");
            break;
        case MinutesOptions::Variant::Decisions:
            doc.title = Minutes::tr("Relevé de décisions");
            break;
        case MinutesOptions::Variant::Agenda:
            doc.title = Minutes::tr("Ordre du jour");
            break;
        case MinutesOptions::Variant::AttendanceSheet:
            doc.title = Minutes::tr("Feuille d’émargement");
            break;
        }
        doc.subtitle << m.title;
        if (!m.series.isEmpty()) {
            doc.subtitle << m.series;
        }
        doc.subtitle << Minutes::tr("%1, de %2 à %3").arg(date, hhmm(m.dayStart), hhmm(m.dayEnd));
        if (!m.location.isEmpty()) {
            doc.subtitle << m.location;
        }
        if (!m.organisers.isEmpty()) {
            doc.subtitle << Minutes::tr("Organisé par %1").arg(m.organisers.join(u", "));
        }
        doc.runningHeader =
            Minutes::tr("%1 – %2").arg(m.title, QLocale().toString(m.date, QLocale::ShortFormat));
        if (m_o.variant == MinutesOptions::Variant::AttendanceSheet && !m.location.isEmpty()) {
            doc.runningHeader = Minutes::tr("%1 – %2").arg(doc.runningHeader, m.location);
        }
        doc.pageLabel = Minutes::tr("Page %1 / %2");
        //: Between a label and its text: French typography puts a space before the colon.
        doc.labelSeparator = Minutes::tr(" : ");
        if (m_o.variant != MinutesOptions::Variant::Agenda &&
            m_o.variant != MinutesOptions::Variant::AttendanceSheet) {
            if (m_o.validated) {
                doc.statusLine =
                    m_o.validatedBy.isEmpty()
                        ? Minutes::tr("Version validée le %1").arg(moment(m_o.validatedAt))
                        : Minutes::tr("Version validée par %1 le %2")
                              .arg(m_o.validatedBy, moment(m_o.validatedAt));
            } else {
                doc.draftMark = Minutes::tr("PROJET");
                doc.statusLine = Minutes::tr("Projet : document non validé");
            }
        }

        switch (m_o.variant) {
        case MinutesOptions::Variant::Minutes:
            context();
            if (m_o.attendance) {
                attendance();
            }
            agenda(true);
            for (const auto& s : m_d.subgroups) {
                subgroup(s);
            }
            plenary();
            decisions(Minutes::tr("Relevé de décisions"));
            followUp();
            actions();
            break;
        case MinutesOptions::Variant::Decisions:
            // The document's title already says « Relevé de décisions ».
            decisions(Minutes::tr("Décisions"));
            followUp();
            actions();
            break;
        case MinutesOptions::Variant::Agenda:
            agenda(false);
            break;
        case MinutesOptions::Variant::AttendanceSheet:
            attendanceSheet();
            break;
        }
        if (m_o.variant != MinutesOptions::Variant::AttendanceSheet) {
            contact();
        }
        doc.blocks = std::move(m_blocks);
        if (doc.language == u"fr") {
            typography::applyFrench(doc);
        }
        return doc;
    }

private:
    void add(Block b) { m_blocks.append(std::move(b)); }

    // « Mme Sara Benali (Ville de Lille) », as French administrations write it.
    QString personName(const QString& id) const
    {
        const Participant* p = m_people.value(id);
        if (!p) {
            return {};
        }
        const QString name = Labels::civilName(p->civility, p->name);
        return p->organisation.isEmpty() ? name : Minutes::tr("%1 (%2)").arg(name, p->organisation);
    }

    const Participant* person(const QString& id) const { return m_people.value(id); }

    // Notes of a target, grouped by kind, as labelled bullet lists.
    void notesOf(const QString& targetId)
    {
        if (!m_o.notes) {
            return;
        }
        const auto notes = m_notes.value(targetId);
        for (const NoteKind kind : allValues<NoteKind>()) {
            QStringList texts;
            for (const Note* n : notes) {
                if (n->kind == kind && !n->text.trimmed().isEmpty()) {
                    texts << (n->author.isEmpty() ? n->text
                                                  : Minutes::tr("%1 (%2)").arg(n->text, n->author));
                }
            }
            if (!texts.isEmpty()) {
                add(Block::lead(Labels::of(kind)));
                add(Block::bullets(texts));
            }
        }
    }

    void context()
    {
        const QString text = m_d.meeting.description.trimmed();
        if (text.isEmpty()) {
            return;
        }
        add(Block::heading(1, Minutes::tr("Contexte")));
        for (const QString& para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            add(Block::paragraph(para.trimmed()));
        }
    }

    void attendance()
    {
        add(Block::heading(1, Minutes::tr("Participants")));
        if (m_d.participants.isEmpty()) {
            add(Block::note(Minutes::tr("Aucun participant enregistré.")));
            return;
        }
        const std::pair<Attendance, QString> groups[] = {
            {Attendance::Present, Minutes::tr("Présents")},
            {Attendance::Excused, Minutes::tr("Excusés")},
            {Attendance::Absent, Minutes::tr("Absents")},
            {Attendance::Expected, Minutes::tr("Présence non relevée")}};
        for (const auto& [status, title] : groups) {
            // A structured binding cannot be captured before clang 16: copied first.
            const Attendance wanted = status;
            auto people = pick(m_d.participants,
                               [wanted](const Participant& p) { return p.attendance == wanted; });
            if (people.isEmpty()) {
                continue;
            }
            // Grouped by organisation: kind of organisation, then organisation, then name.
            std::stable_sort(people.begin(), people.end(),
                             [](const Participant* a, const Participant* b) {
                                 return std::tuple(static_cast<int>(a->organisationKind),
                                                   a->organisation.toLower(), a->name.toLower()) <
                                        std::tuple(static_cast<int>(b->organisationKind),
                                                   b->organisation.toLower(), b->name.toLower());
                             });
            QList<QStringList> rows;
            for (const Participant* p : people) {
                const QString name = Labels::civilName(p->civility, p->name);
                const QString who =
                    p->role == ParticipantRole::Member
                        ? name
                        : Minutes::tr("%1 (%2)").arg(name, Labels::roleOf(p->role, p->civility));
                if (!rows.isEmpty() && rows.last()[0] == p->organisation &&
                    rows.last()[1] == Labels::of(p->organisationKind)) {
                    rows.last()[2] += u", " + who;
                } else {
                    rows << QStringList{p->organisation, Labels::of(p->organisationKind), who};
                }
            }
            add(Block::heading(2, Minutes::tr("%1 (%2)").arg(title).arg(people.size())));
            add(Block::table(
                {Minutes::tr("Organisation"), Minutes::tr("Type"), Minutes::tr("Personnes")}, rows,
                {30, 20, 50}));
        }
    }

    // Top-level items by start time, each followed by its sub-items.
    QList<const AgendaItem*> agendaInOrder() const
    {
        QList<const AgendaItem*> top;
        QHash<QString, QList<const AgendaItem*>> children;
        for (const auto& a : m_d.agenda) {
            if (a.parentId.isEmpty()) {
                top << &a;
            } else {
                children[a.parentId] << &a;
            }
        }
        const auto byTime = [](const AgendaItem* a, const AgendaItem* b) {
            return std::tuple(a->plannedStart, a->position, a->track) <
                   std::tuple(b->plannedStart, b->position, b->track);
        };
        std::stable_sort(top.begin(), top.end(), byTime);
        QList<const AgendaItem*> out;
        const std::function<void(const AgendaItem*)> visit = [&](const AgendaItem* a) {
            out << a;
            auto kids = children.value(a->id);
            std::stable_sort(kids.begin(), kids.end(), byTime);
            for (const AgendaItem* k : kids) {
                visit(k);
            }
        };
        for (const AgendaItem* a : top) {
            visit(a);
        }
        return out;
    }

    int depth(const AgendaItem* a) const
    {
        int d = 0;
        QString parent = a->parentId;
        while (!parent.isEmpty() && d < 10) {
            ++d;
            const auto it = std::find_if(m_d.agenda.begin(), m_d.agenda.end(),
                                         [&](const AgendaItem& x) { return x.id == parent; });
            parent = it == m_d.agenda.end() ? QString() : it->parentId;
        }
        return d;
    }

    void agenda(bool withActual)
    {
        add(Block::heading(1, Minutes::tr("Ordre du jour")));
        if (m_d.agenda.isEmpty()) {
            add(Block::note(Minutes::tr("Aucun point à l’ordre du jour.")));
            return;
        }
        const auto order = agendaInOrder();
        QList<QStringList> rows;
        for (const AgendaItem* a : order) {
            const QString place = a->room.isEmpty() ? a->track
                                  : a->track.isEmpty()
                                      ? a->room
                                      : Minutes::tr("%1, %2").arg(a->track, a->room);
            const QString title =
                QString(depth(a) * 2, u' ') + (depth(a) > 0 ? u"› " : u"") + a->title;
            QStringList row{span(hhmm(a->plannedStart), hhmm(a->plannedEnd))};
            if (withActual) {
                row << span(localTime(a->actualStart), localTime(a->actualEnd));
            }
            row << title << place << a->presenters.join(u", ");
            rows << row;
        }
        // « 14 h 15 – 15 h 30 » on one line.
        QStringList header{Minutes::tr("Horaire prévu")};
        QList<int> widths{19};
        if (withActual) {
            header << Minutes::tr("Horaire réel");
            widths << 19;
        }
        header << Minutes::tr("Point") << Minutes::tr("Piste, salle")
               << Minutes::tr("Intervenants");
        widths << (withActual ? 30 : 47) << 15 << 17;
        add(Block::table(header, rows, widths));
        if (!withActual) {
            for (const AgendaItem* a : order) {
                if (!a->description.isEmpty()) {
                    add(Block::paragraph(a->description, a->title));
                }
            }
        }
    }

    void subgroup(const Subgroup& s)
    {
        add(Block::heading(1, Minutes::tr("Sous-groupe n° %1 : %2").arg(s.number).arg(s.title)));
        if (const Participant* r = person(s.rapporteurId)) {
            QString role = Labels::roleOf(ParticipantRole::Rapporteur, r->civility);
            role[0] = role[0].toUpper();
            add(Block::paragraph(personName(s.rapporteurId), role));
        }
        QStringList members;
        for (const auto& p : m_d.participants) {
            if (p.subgroupId == s.id) {
                members << Labels::civilName(p.civility, p.name);
            }
        }
        if (!members.isEmpty()) {
            add(Block::paragraph(members.join(u", "), Minutes::tr("Membres")));
        }
        if (!s.framing.isEmpty()) {
            add(Block::paragraph(s.framing, Minutes::tr("Cadrage")));
        }

        const auto questions =
            pick(m_d.questions, [&s](const GuidingQuestion& q) { return q.subgroupId == s.id; });
        if (!questions.isEmpty()) {
            add(Block::heading(2, Minutes::tr("Questions de travail")));
            int block = 0;
            int questionNumber = 0;
            for (const GuidingQuestion* q : questions) {
                if (q->block != block) {
                    block = q->block;
                    const QString title = block - 1 < s.questionBlocks.size()
                                              ? s.questionBlocks[block - 1]
                                              : QString();
                    add(Block::heading(3, title.isEmpty()
                                              ? Minutes::tr("Bloc %1").arg(block)
                                              : Minutes::tr("Bloc %1 – %2").arg(block).arg(title)));
                }
                // Questions are numbered through the subgroup; progress shows once begun.
                QString text = q->text;
                if (q->progress != QuestionProgress::NotStarted) {
                    text += u" (" + Labels::of(q->progress).toLower() + u')';
                }
                add(Block::paragraph(text, Minutes::tr("Question %1").arg(++questionNumber)));
                notesOf(q->id);
            }
        }
        prioritisation(s);
    }

    // What the group chose to work on, when, and how the choice changed.
    void selection(const Subgroup& s, const QHash<QString, const PriorityItem*>& items,
                   const QList<ItemStanding>& standings)
    {
        const auto revisions =
            pick(m_d.selections, [&s](const PrioritySelection& x) { return x.subgroupId == s.id; });
        if (revisions.isEmpty()) {
            return;
        }
        // Kept items in rank order, as their solutions follow.
        QHash<QString, int> rank;
        for (const auto& st : standings) {
            rank.insert(st.itemId, st.rank * 1000 + int(rank.size()));
        }
        const auto names = [&items, &rank](const PrioritySelection& x) {
            QStringList ids = x.itemIds;
            std::stable_sort(ids.begin(), ids.end(), [&rank](const QString& a, const QString& b) {
                return rank.value(a, 1 << 30) < rank.value(b, 1 << 30);
            });
            QStringList out;
            for (const QString& id : ids) {
                const PriorityItem* item = items.value(id);
                out << (item ? item->text : Minutes::tr("(élément supprimé depuis)"));
            }
            return out;
        };
        const PrioritySelection* current = revisions.last();
        add(Block::lead(Minutes::tr("Causes retenues par le groupe à %1 (révision %2)")
                            .arg(localTime(current->confirmedAt))
                            .arg(current->revision)));
        add(Block::bullets(names(*current)));
        if (!current->note.isEmpty()) {
            add(Block::note(current->note));
        }
        if (revisions.size() > 1) {
            QStringList history;
            for (qsizetype i = 0; i + 1 < revisions.size(); ++i) {
                const PrioritySelection* x = revisions[i];
                history << Minutes::tr("Causes retenues par le groupe à %1 (révision %2) : %3.")
                               .arg(localTime(x->confirmedAt))
                               .arg(x->revision)
                               .arg(joinClauses(names(*x)));
            }
            add(Block::lead(Minutes::tr("Choix antérieurs du groupe")));
            add(Block::bullets(history));
        }
    }

    void prioritisation(const Subgroup& s)
    {
        const auto standings = rankItems(m_d, s.id);
        if (standings.isEmpty()) {
            return;
        }
        QHash<QString, const PriorityItem*> items;
        for (const auto& i : m_d.priorityItems) {
            items.insert(i.id, &i);
        }
        const auto criteria =
            pick(m_d.criteria, [&s](const Criterion& c) { return c.subgroupId == s.id; });
        QHash<std::pair<QString, QString>, int> scores;
        for (const auto& sc : m_d.scores) {
            scores.insert({sc.itemId, sc.criterionId}, sc.score);
        }
        const bool voted =
            std::any_of(standings.begin(), standings.end(), [](const ItemStanding& st) {
                return st.dots > 0 || st.scoredCriteria > 0;
            });

        add(Block::heading(2, Minutes::tr("Priorisation")));
        if (!criteria.isEmpty()) {
            QStringList names;
            // Criterion names are long: tables refer to them as C1, C2…
            for (qsizetype i = 0; i < criteria.size(); ++i) {
                names << Minutes::tr("C%1 : %2 (poids %3)")
                             .arg(i + 1)
                             .arg(criteria[i]->name, number(criteria[i]->weight));
            }
            add(Block::paragraph(names.join(u" ; "), Minutes::tr("Critères")));
        }
        if (!voted) {
            QStringList list;
            for (const auto& st : standings) {
                list << items.value(st.itemId)->text;
            }
            add(Block::note(Minutes::tr("Éléments soumis au groupe (pas de vote enregistré) :")));
            add(Block::bullets(list));
        } else {
            add(Block::note(
                Minutes::tr("Classement par nombre de gommettes, puis par score pondéré, "
                            "puis dans l’ordre de la liste.")));
            QStringList header{Minutes::tr("Rang"), Minutes::tr("Élément"),
                               Minutes::tr("Gommettes"), Minutes::tr("Score pondéré")};
            QList<int> widths{7, m_o.voteDetails && !criteria.isEmpty() ? 41 : 65, 14, 14};
            if (m_o.voteDetails) {
                for (qsizetype i = 0; i < criteria.size(); ++i) {
                    header << Minutes::tr("C%1").arg(i + 1);
                    widths << std::max<int>(4, 24 / std::max<qsizetype>(1, criteria.size()));
                }
            }
            QList<QStringList> rows;
            for (const auto& st : standings) {
                QStringList row{QString::number(st.rank), items.value(st.itemId)->text,
                                QString::number(st.dots),
                                st.scoredCriteria > 0 ? number(st.weightedScore)
                                                      : QStringLiteral("–")};
                if (m_o.voteDetails) {
                    for (const Criterion* c : criteria) {
                        const int sc = scores.value({st.itemId, c->id});
                        row << (sc > 0 ? QString::number(sc) : QStringLiteral("–"));
                    }
                }
                rows << row;
            }
            add(Block::table(header, rows, widths));
        }
        selection(s, items, standings);
        for (const auto& st : standings) {
            const PriorityItem* item = items.value(st.itemId);
            notesOf(item->id);
            const auto solutions =
                pick(m_d.solutions, [item](const Solution& sol) { return sol.itemId == item->id; });
            if (solutions.isEmpty()) {
                continue;
            }
            add(Block::heading(3, Minutes::tr("Solutions pour : %1").arg(item->text)));
            QList<QStringList> rows;
            for (const Solution* sol : solutions) {
                QStringList carriers;
                for (CarrierKind c : sol->carriers) {
                    carriers << Labels::of(c);
                }
                if (!sol->otherCarrier.isEmpty()) {
                    carriers << sol->otherCarrier;
                }
                rows << QStringList{sol->text,
                                    carriers.join(u", "),
                                    ratingText(sol->feasibility),
                                    ratingText(sol->impact),
                                    sol->nextStep,
                                    sol->retained ? Minutes::tr("oui") : Minutes::tr("non")};
            }
            add(Block::table({Minutes::tr("Solution"), Minutes::tr("Porteurs possibles"),
                              Minutes::tr("Faisabilité"), Minutes::tr("Impact"),
                              Minutes::tr("Prochaine étape"), Minutes::tr("Retenue")},
                             rows, {28, 16, 13, 9, 22, 12}));
            for (const Solution* sol : solutions) {
                notesOf(sol->id);
            }
        }
    }

    // « Constat retenu », « Préconisation à approfondir »: the status agrees with its noun.
    static QString statementLabel(StatementKind kind, StatementStatus status)
    {
        const bool finding = kind == StatementKind::Finding;
        switch (status) {
        case StatementStatus::Pending:
            return finding ? Minutes::tr("Constat") : Minutes::tr("Préconisation");
        case StatementStatus::Kept:
            return finding ? Minutes::tr("Constat retenu") : Minutes::tr("Préconisation retenue");
        case StatementStatus::ToExplore:
            return finding ? Minutes::tr("Constat à approfondir")
                           : Minutes::tr("Préconisation à approfondir");
        case StatementStatus::Dropped:
            return finding ? Minutes::tr("Constat écarté") : Minutes::tr("Préconisation écartée");
        }
        return {};
    }

    // The findings, then the recommendations, of one plenary part (or of none) under
    // headings of the given level.
    void statements(const QList<const Statement*>& all, int level)
    {
        const std::pair<StatementKind, QString> kinds[] = {
            {StatementKind::Finding, Minutes::tr("Constats")},
            {StatementKind::Recommendation, Minutes::tr("Préconisations")}};
        for (const auto& [kind, title] : kinds) {
            const StatementKind wanted = kind;
            QList<const Statement*> list;
            for (const Statement* st : all) {
                if (st->kind == wanted) {
                    list << st;
                }
            }
            if (list.isEmpty()) {
                continue;
            }
            add(Block::heading(level, title));
            for (const Statement* st : list) {
                add(Block::paragraph(st->text, statementLabel(st->kind, st->status)));
                if (!st->debate.isEmpty()) {
                    add(Block::note(Minutes::tr("Débat : %1").arg(st->debate)));
                }
                notesOf(st->id);
            }
        }
    }

    bool hasNotes(const QString& targetId) const
    {
        if (!m_o.notes) {
            return false;
        }
        const auto notes = m_notes.value(targetId);
        return std::any_of(notes.begin(), notes.end(),
                           [](const Note* n) { return !n->text.trimmed().isEmpty(); });
    }

    void plenary()
    {
        QSet<QString> placed;
        const auto order = agendaInOrder();
        for (const AgendaItem* a : order) {
            if (a->kind != AgendaItemKind::Plenary || !a->parentId.isEmpty()) {
                continue;
            }
            add(Block::heading(1, a->title));
            notesOf(a->id);
            presented(a->id, 2, placed);
            for (const AgendaItem* part : order) {
                if (part->parentId != a->id) {
                    continue;
                }
                const auto here = statementsOf(part->id);
                const bool empty =
                    part->presenters.isEmpty() && !hasNotes(part->id) && here.isEmpty();
                if (empty && !m_o.emptyParts) {
                    continue;
                }
                add(Block::heading(2, part->title));
                if (!part->presenters.isEmpty()) {
                    add(Block::paragraph(part->presenters.join(u", "),
                                         Minutes::tr("Intervenants")));
                }
                notesOf(part->id);
                if (empty) {
                    add(Block::note(Minutes::tr("Pas de notes pour ce point.")));
                }
                presented(part->id, 3, placed);
            }
        }
        // Findings and recommendations not tied to a plenary part: a section of their own.
        QList<const Statement*> rest;
        for (const auto& st : m_d.statements) {
            if (!placed.contains(st.id)) {
                rest << &st;
            }
        }
        if (!rest.isEmpty()) {
            add(Block::heading(1, Minutes::tr("Constats et préconisations")));
            statements(rest, 2);
        }
    }

    QList<const Statement*> statementsOf(const QString& agendaItemId) const
    {
        return pick(m_d.statements,
                    [&](const Statement& st) { return st.agendaItemId == agendaItemId; });
    }

    // The statements presented during an agenda item, as sub-headings of it.
    void presented(const QString& agendaItemId, int level, QSet<QString>& placed)
    {
        const auto list = statementsOf(agendaItemId);
        for (const Statement* st : list) {
            placed.insert(st->id);
        }
        statements(list, level);
    }

    void decisions(const QString& title)
    {
        add(Block::heading(1, title));
        if (m_d.decisions.isEmpty()) {
            add(Block::note(Minutes::tr("Aucune décision enregistrée.")));
            return;
        }
        QStringList list;
        for (const auto& d : m_d.decisions) {
            list << d.text;
        }
        add(Block::bullets(list));
    }

    // One row per action: what, who, due, status.
    QStringList actionRow(const ActionItem& a) const
    {
        QString who = personName(a.ownerParticipantId);
        if (who.isEmpty()) {
            who = a.ownerOrganisation;
        }
        return {a.what, who,
                a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat)
                                    : QString(),
                Labels::of(a.status)};
    }

    // The actions carried from the previous meeting, apart from those decided in this one.
    void followUp()
    {
        QList<QStringList> rows;
        for (const auto& a : m_d.actions) {
            if (!a.continuesActionId.isEmpty()) {
                rows << actionRow(a);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        add(Block::heading(1, Minutes::tr("Suivi des actions")));
        add(Block::note(Minutes::tr("%n action(s) restée(s) ouverte(s) à la réunion précédente, "
                                    "avec leur statut à ce jour.",
                                    nullptr, int(rows.size()))));
        add(Block::table({Minutes::tr("Action"), Minutes::tr("Responsable"),
                          Minutes::tr("Échéance"), Minutes::tr("Statut")},
                         rows, {46, 26, 14, 14}));
    }

    void actions()
    {
        QList<QStringList> rows;
        bool carried = false;
        for (const auto& a : m_d.actions) {
            if (a.continuesActionId.isEmpty()) {
                rows << actionRow(a);
            } else {
                carried = true;
            }
        }
        add(Block::heading(1, carried ? Minutes::tr("Nouvelles actions") : Minutes::tr("Actions")));
        if (rows.isEmpty()) {
            add(Block::note(carried ? Minutes::tr("Aucune nouvelle action.")
                                    : Minutes::tr("Aucune action enregistrée.")));
            return;
        }
        add(Block::table({Minutes::tr("Action"), Minutes::tr("Responsable"),
                          Minutes::tr("Échéance"), Minutes::tr("Statut")},
                         rows, {46, 26, 14, 14}));
    }

    // One table of people to sign: organisation, then name; blank rows for people who
    // come without being on the list. Optionally one sheet per subgroup, then the others.
    void attendanceSheet()
    {
        const auto sheet = [this](QList<const Participant*> people) {
            QCollator collator(QLocale(QLocale::French, QLocale::France));
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::stable_sort(people.begin(), people.end(),
                             [&collator](const Participant* a, const Participant* b) {
                                 if (const int c =
                                         collator.compare(a->organisation, b->organisation)) {
                                     return c < 0;
                                 }
                                 return collator.compare(a->name, b->name) < 0;
                             });
            QList<QStringList> rows;
            for (const Participant* p : people) {
                rows << QStringList{Labels::of(p->civility), p->name, p->organisation, QString()};
            }
            for (int i = 0; i < std::max(0, m_o.blankRows); ++i) {
                rows << QStringList{QString(), QString(), QString(), QString()};
            }
            Block table = Block::table({Minutes::tr("Civilité"), Minutes::tr("Nom"),
                                        Minutes::tr("Organisation"), Minutes::tr("Signature")},
                                       rows, {10, 28, 27, 35});
            table.minRowHeightMm = 12;
            add(table);
        };
        QList<const Participant*> everyone;
        for (const auto& p : m_d.participants) {
            everyone << &p;
        }
        if (!m_o.sheetPerSubgroup || m_d.subgroups.isEmpty()) {
            sheet(everyone);
            return;
        }
        bool first = true;
        const auto section = [&](const QString& title, const QList<const Participant*>& people) {
            Block h = Block::heading(1, title);
            h.pageBreakBefore = !first;
            first = false;
            add(h);
            sheet(people);
        };
        for (const auto& sg : m_d.subgroups) {
            section(Minutes::tr("Sous-groupe n° %1 : %2").arg(sg.number).arg(sg.title),
                    pick(m_d.participants,
                         [&sg](const Participant& p) { return p.subgroupId == sg.id; }));
        }
        const auto others =
            pick(m_d.participants, [](const Participant& p) { return p.subgroupId.isEmpty(); });
        section(Minutes::tr("Participants hors sous-groupe"), others);
    }

    void contact()
    {
        const Contact& c = m_d.meeting.contact;
        if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty()) {
            return;
        }
        QStringList parts;
        for (const QString& p : {c.name, c.email, c.phone}) {
            if (!p.isEmpty()) {
                parts << p;
            }
        }
        add(Block::paragraph(parts.join(u" – "), Minutes::tr("Contact")));
    }

    const MeetingData& m_d;
    const MinutesOptions& m_o;
    QHash<QString, QList<const Note*>> m_notes;
    QHash<QString, const Participant*> m_people;
    QList<Block> m_blocks;
};

} // namespace

Document Minutes::build(const MeetingData& data, const MinutesOptions& options)
{
    MeetingData sorted = data;
    sortCanonically(sorted);
    return Builder(sorted, options).build();
}

} // namespace copil::exchange
