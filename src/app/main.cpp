#include "Cli.h"
#include "FileArgument.h"
#include "domain/Clock.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/WorkspaceCopy.h"
#include "gui/MainWindow.h"
#include "gui/common/Accessibility.h"
#include "gui/common/FirstPaint.h"
#include "gui/common/Recovery.h"
#include "gui/common/SharedWorkspace.h"
#include "gui/common/WorkspaceActions.h"
#include "gui/projector/ProjectorController.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <memory>

namespace {

// French unless asked otherwise (--lang, or an English system locale).
void installTranslations(QCoreApplication& app, const QString& requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                                    : QStringLiteral("fr");
    }
    QLocale::setDefault(QLocale(language == u"en" ? QLocale::English : QLocale::French,
                                language == u"en" ? QLocale::UnitedKingdom : QLocale::France));
    // Qt's own strings (Cancel, Yes…) in the same language.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // The source strings are French; copil_fr only gives their plural forms.
    auto* ours = new QTranslator(&app);
    if (ours->load(language == u"en" ? QStringLiteral(":/i18n/copil_en.qm")
                                     : QStringLiteral(":/i18n/copil_fr.qm"))) {
        QCoreApplication::installTranslator(ours);
    }
}

void describe(QCoreApplication& app)
{
    app.setApplicationName(QStringLiteral("copil"));
    app.setApplicationVersion(QStringLiteral(COPIL_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    // A shared workspace's backup falls back on the JSON archive without pg_dump.
    copil::exchange::installWorkspaceArchiver();
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    // `copil FILE` (the desktop entry, a double-click): a workspace opens, a meeting file
    // is offered for import into the default workspace.
    const copil::app::FileArgument file = copil::app::fileArgument(args);
    if (file.kind == copil::app::FileKind::None && copil::app::isCliInvocation(args)) {
        if (!args.contains(QStringLiteral("export"))) {
            QCoreApplication app(argc, argv);
            describe(app);
            installTranslations(app, copil::app::optionValue(args, QStringLiteral("--lang")));
            return copil::app::runCli(args);
        }
        // Rendering PDF needs fonts, hence a QGuiApplication: never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describe(app);
        installTranslations(app, copil::app::optionValue(args, QStringLiteral("--lang")));
        return copil::app::runCli(args);
    }

    QApplication app(argc, argv);
    describe(app);
    app.setApplicationDisplayName(QStringLiteral("Copil"));
    // The installed desktop entry and icon (packaging/), for the window list and Wayland.
    app.setDesktopFileName(QStringLiteral("fr.copil.Copil"));
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.copil.Copil")));
    copil::gui::Accessibility::install();
    installTranslations(app, copil::app::optionValue(args, QStringLiteral("--lang")));

    const QString db = file.kind == copil::app::FileKind::Workspace
                           ? file.path
                           : copil::app::optionValue(args, QStringLiteral("--db"));
    const QString path = db.isEmpty() ? copil::exchange::DefaultWorkspace::path() : db;
    auto workspace = db.isEmpty() ? copil::exchange::DefaultWorkspace::open(path, true)
                     : copil::storage::ServerAddress::isUri(db)
                         ? copil::gui::ServerDialog::open(db, nullptr, {.dailyBackup = true})
                         : copil::storage::Workspace::open(db, {.dailyBackup = true});
    if (!workspace && workspace.error().isEmpty()) {
        return copil::app::ExitFailure; // the password was not given
    }
    if (!workspace && QFileInfo::exists(path)) {
        // Damaged, locked, from a newer Copil…: say why and offer a way forward.
        const QString why = workspace.error();
        workspace = copil::gui::Recovery::recover(path, why);
        if (!workspace && workspace.error() == why) {
            return copil::app::ExitFailure; // already said; the person chose to quit
        }
    }
    if (!workspace) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Copil"),
                              workspace.error());
        return copil::app::ExitFailure;
    }
    // --simulate-time "2017-10-11 10:25": the day as it would look from that moment on.
    std::shared_ptr<copil::domain::Clock> clock;
    if (const QString when = copil::app::optionValue(args, QStringLiteral("--simulate-time"));
        !when.isEmpty()) {
        QDateTime start = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!start.isValid()) {
            start = QDateTime::fromString(when, Qt::ISODate);
        }
        if (!start.isValid()) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Copil"),
                QCoreApplication::translate("main",
                                            "--simulate-time : « %1 » n’est pas une date et heure "
                                            "au format « AAAA-MM-JJ HH:MM ».")
                    .arg(when));
            return copil::app::ExitUsage;
        }
        clock = std::make_shared<copil::domain::SimulatedClock>(start);
    }
    // --projector N: the room's screen at once, on the N-th screen (rehearsals, demonstrations).
    int projectorScreen = 0;
    if (args.contains(QStringLiteral("--projector"))) {
        bool ok = false;
        projectorScreen = copil::app::optionValue(args, QStringLiteral("--projector")).toInt(&ok);
        if (!ok || projectorScreen < 1) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Copil"),
                QCoreApplication::translate("main",
                                            "--projector : « %1 » n’est pas un numéro d’écran "
                                            "(1 pour le premier).")
                    .arg(copil::app::optionValue(args, QStringLiteral("--projector"))));
            return copil::app::ExitUsage;
        }
    }
    copil::gui::MainWindow window(std::move(workspace).value(), clock);
    // The meeting, item and layout of last time (~/.config/copil/copil.conf).
    window.useSettings(
        std::make_unique<QSettings>(QStringLiteral("copil"), QStringLiteral("copil")));
    if (const QString pane = copil::app::optionValue(args, QStringLiteral("--pane"));
        !pane.isEmpty() && !window.showPane(pane)) {
        QMessageBox::warning(
            &window, QCoreApplication::translate("main", "Copil"),
            QCoreApplication::translate("main", "Volet inconnu : « %1 ».").arg(pane));
    }
    // Never larger than the screen (a projector may be small). A window as large as the
    // screen is shown maximized: the window manager then fits its title bar in too, which
    // a resize to the available size would push the status bar off the screen for.
    bool fillsScreen = false;
    if (const QScreen* screen = window.screen()) {
        const QSize available = screen->availableSize();
        fillsScreen = window.width() >= available.width() || window.height() >= available.height();
        window.resize(window.size().boundedTo(available));
        copil::gui::Accessibility::fitToScreen(window, available);
    }
    if (qEnvironmentVariableIsSet("COPIL_EXIT_AFTER_FIRST_PAINT")) {
        copil::gui::quitAfterFirstPaint(&window); // startup benchmark (scripts/bench)
    }
    if (fillsScreen && !window.isMaximized()) {
        window.showMaximized();
    } else {
        window.show();
    }
    if (file.kind == copil::app::FileKind::Meeting) {
        QTimer::singleShot(0, &window, [&window, path = file.path] {
            copil::gui::WorkspaceActions::offerImport(window.session(), path, &window);
        });
    }
    if (projectorScreen > 0) {
        if (const QString error = window.projector()->openOnScreenNumber(projectorScreen);
            !error.isEmpty()) {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Copil"), error);
        }
    }
    return app.exec();
}
