// Every input of tests/fuzz/ (the fuzzers' seed corpus and the inputs that once broke an
// importer) goes through the fuzzers' own checks at each test run.
#include "../../fuzz/FuzzChecks.h"
#include "TestSupport.h"

#include <QDirIterator>

namespace {

void replay(const QString& kind, QString (*problem)(const QByteArray&))
{
    int files = 0;
    for (const char* folder : {"corpus", "regressions"}) {
        QDirIterator it(
            QStringLiteral(COPIL_FUZZ_DIR "/%1/%2").arg(QLatin1StringView(folder), kind),
            QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            INFO(path.toStdString());
            CHECK(problem(copil::test::readAll(path)) == QString());
            ++files;
        }
    }
    CHECK(files >= 5);
}

} // namespace

TEST_CASE("the JSON importer passes the fuzzers' checks on every saved input")
{
    replay(QStringLiteral("json"), &copil::fuzz::meetingJsonProblem);
}

TEST_CASE("the CSV participant importer passes the fuzzers' checks on every saved input")
{
    replay(QStringLiteral("csv"), &copil::fuzz::participantCsvProblem);
}
