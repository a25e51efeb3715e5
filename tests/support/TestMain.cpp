// main() of the test executables: a Qt application of the right kind, then Catch2.
#include "CatchMain.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#if defined(COPIL_TEST_SCREENS)
#include "ScreenConfig.h"
#endif

#if defined(COPIL_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(COPIL_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time without the test environment:
    // without a display a widgets binary would abort and register no test.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Private runtime and data folders: tests never touch the person's own files.
    QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QDir(home.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    }
#if defined(COPIL_TEST_SCREENS)
    // Two screens, a laptop and a projector, through the offscreen platform's config file.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        const QString config = home.filePath(QStringLiteral("screens.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                QJsonDocument(copil::test::offscreenConfig(copil::test::laptopAndProjector()))
                    .toJson());
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
        }
    }
#endif
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("copil-tests"));
#if defined(COPIL_TEST_WIDGETS) || defined(COPIL_TEST_GUI)
    // In French as people see it, plural forms included ("4 personnes"), where the
    // binary holds them (the session layer and above).
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/copil_fr.qm"))) {
        QCoreApplication::installTranslator(&plurals);
    }
#endif
    return copil::test::runCatch(argc, argv);
}
