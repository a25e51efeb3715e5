// Every label of every enumeration, in French and in English: none empty, none shared by two
// values of one enumeration, and none left in French in the English interface.
#include "domain/Labels.h"

#include "TestSupport.h"

#include <QSet>
#include <QTranslator>

using namespace copil::domain;

namespace {

template <class E> QStringList labels()
{
    QStringList out;
    for (E v : allValues<E>()) {
        out << Labels::of(v);
    }
    return out;
}

QList<QStringList> everyEnumeration()
{
    return {labels<OrganisationKind>(), labels<ParticipantRole>(),  labels<Attendance>(),
            labels<AgendaItemKind>(),   labels<QuestionProgress>(), labels<NoteKind>(),
            labels<StatementKind>(),    labels<StatementStatus>(),  labels<CarrierKind>(),
            labels<ActionStatus>()};
}

void checkDistinct(const QList<QStringList>& all)
{
    for (const QStringList& values : all) {
        INFO(values.join(u" | ").toStdString());
        for (const QString& label : values) {
            CHECK_FALSE(label.trimmed().isEmpty());
        }
        CHECK(QSet<QString>(values.begin(), values.end()).size() == values.size());
    }
}

} // namespace

TEST_CASE("every label of every enumeration exists in French and in English")
{
    const QList<QStringList> french = everyEnumeration();
    checkDistinct(french);

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(COPIL_EN_QM)));
    QCoreApplication::installTranslator(&english);
    const QList<QStringList> translated = everyEnumeration();
    QCoreApplication::removeTranslator(&english);
    checkDistinct(translated);

    // Words that are the same in both languages, and nothing else.
    const QSet<QString> same = {QStringLiteral("Odas"), QStringLiteral("Association"),
                                QStringLiteral("Rapporteur"), QStringLiteral("Absent"),
                                QStringLiteral("EPCI")};
    REQUIRE(translated.size() == french.size());
    for (qsizetype e = 0; e < french.size(); ++e) {
        for (qsizetype v = 0; v < french[e].size(); ++v) {
            INFO(french[e][v].toStdString() << " → " << translated[e][v].toStdString());
            if (!same.contains(french[e][v])) {
                CHECK(translated[e][v] != french[e][v]);
            }
        }
    }
}
