#include "GuiSupport.h"
#include "TestSupport.h"
#include "exchange/DefaultWorkspace.h"
#include "exchange/MeetingJson.h"
#include "gui/MainWindow.h"
#include "gui/minutes/ExportDialog.h"
#include "gui/plenary/PlenaryPane.h"
#include "session/Session.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>

using namespace copil;
using copil::test::readAll;
using copil::test::TempDir;
using copil::test::writeAll;
using Variant = exchange::MinutesOptions::Variant;

namespace {

// Runs an export from the window and waits for it; returns the error (empty on success).
QString exportAndWait(gui::MainWindow& window, const exchange::ExportRequest& request,
                      const QString& path)
{
    QSignalSpy finished(&window, &gui::MainWindow::exportFinished);
    window.startExport(request, path);
    if (finished.isEmpty()) {
        REQUIRE(finished.wait(60000));
    }
    REQUIRE(finished.size() == 1);
    return finished.first().at(1).toString();
}

domain::Meeting seedMeeting()
{
    domain::Meeting m;
    m.id = QStringLiteral("m");
    m.title = QStringLiteral("Comité de pilotage n°6");
    m.date = QDate(2017, 10, 11);
    return m;
}

} // namespace

TEST_CASE("export dialog: calendar only for the agenda, file name follows the format")
{
    gui::ExportDialog dialog(seedMeeting(), Variant::Minutes);
    auto* formats = dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    REQUIRE(formats);
    auto* model = qobject_cast<QStandardItemModel*>(formats->model());
    const int ics = formats->findData(static_cast<int>(exchange::ExportFormat::Ics));
    CHECK_FALSE(model->item(ics)->isEnabled());
    CHECK(dialog.request().options.variant == Variant::Minutes);
    CHECK(dialog.request().format == exchange::ExportFormat::Pdf);
    CHECK_FALSE(dialog.request().options.validated);
    CHECK(dialog.destination().endsWith(
        QStringLiteral("2017-10-11-Comité-de-pilotage-n°6-compte-rendu.pdf")));

    dialog.setFormat(exchange::ExportFormat::Markdown);
    CHECK(dialog.destination().endsWith(QStringLiteral("-compte-rendu.md")));

    dialog.setVariant(Variant::Agenda);
    CHECK(model->item(ics)->isEnabled());
    dialog.setFormat(exchange::ExportFormat::Ics);
    CHECK(dialog.request().format == exchange::ExportFormat::Ics);
    CHECK(dialog.destination().endsWith(QStringLiteral("-ordre-du-jour.ics")));
    // Back to minutes: iCalendar no longer fits and the format falls back to PDF.
    dialog.setVariant(Variant::Minutes);
    CHECK(dialog.request().format == exchange::ExportFormat::Pdf);

    // A place chosen by the person is kept when the format changes.
    dialog.setDestination(QStringLiteral("/tmp/mon-compte-rendu.pdf"));
    dialog.setFormat(exchange::ExportFormat::Odt);
    CHECK(dialog.destination() == QStringLiteral("/tmp/mon-compte-rendu.pdf"));
}

TEST_CASE("export dialog: a validated version needs the name of who validates")
{
    gui::ExportDialog dialog(seedMeeting(), Variant::Minutes);
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"))
                   ->button(QDialogButtonBox::Ok);
    auto* validated = dialog.findChild<QRadioButton*>(QStringLiteral("validatedRadio"));
    auto* by = dialog.findChild<QLineEdit*>(QStringLiteral("validatedByEdit"));
    auto* notes = dialog.findChild<QCheckBox*>(QStringLiteral("notesCheck"));
    CHECK(ok->isEnabled());
    validated->setChecked(true);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(by, QStringLiteral("Lise Pelerin"));
    CHECK(ok->isEnabled());
    notes->setChecked(false);
    const auto request = dialog.request();
    CHECK(request.options.validated);
    CHECK(request.options.validatedBy == QStringLiteral("Lise Pelerin"));
    CHECK_FALSE(request.options.notes);
    CHECK(request.options.attendance);
}

TEST_CASE("exporting from the window writes the file off the GUI thread and records validation")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    const QString out = dir.path(QStringLiteral("cr.md"));

    exchange::ExportRequest draft;
    draft.format = exchange::ExportFormat::Markdown;
    REQUIRE(exportAndWait(*window, draft, out).isEmpty());
    CHECK(QString::fromUtf8(readAll(out)).contains(QStringLiteral("**PROJET**")));

    exchange::ExportRequest validated = draft;
    validated.options.validated = true;
    validated.options.validatedBy = QStringLiteral("Lise Pelerin");
    REQUIRE(exportAndWait(*window, validated, out).isEmpty());
    const QString md = QString::fromUtf8(readAll(out));
    CHECK_FALSE(md.contains(QStringLiteral("PROJET")));
    CHECK(md.contains(QStringLiteral("Version validée par Lise Pelerin")));
    auto meeting =
        storage::MeetingRepository(window->workspace()).meeting(window->currentMeetingId());
    REQUIRE(meeting.ok());
    CHECK(meeting.value().minutesValidatedBy == QStringLiteral("Lise Pelerin"));
    CHECK(meeting.value().minutesValidated());

    exchange::ExportRequest pdf;
    pdf.format = exchange::ExportFormat::Pdf;
    REQUIRE(exportAndWait(*window, pdf, dir.path(QStringLiteral("cr.pdf"))).isEmpty());
    CHECK(readAll(dir.path(QStringLiteral("cr.pdf"))).startsWith("%PDF-"));
}

TEST_CASE("a failed export says where and leaves the previous file intact")
{
    TempDir dir;
    auto window = copil::test::openSeedWindow(dir.path(QStringLiteral("copil.sqlite")));
    exchange::ExportRequest request;
    request.format = exchange::ExportFormat::Html;
    const QString error =
        exportAndWait(*window, request, dir.path(QStringLiteral("missing/cr.html")));
    CHECK(error.contains(QStringLiteral("cr.html")));

    // A destination that cannot be replaced (a folder in the way): the old content stays.
    const QString existing = dir.path(QStringLiteral("cr.html"));
    writeAll(existing, "previous");
    QFile::setPermissions(dir.path(QString()), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString locked = exportAndWait(*window, request, existing);
    QFile::setPermissions(dir.path(QString()),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!locked.isEmpty()) { // as root the folder stays writable
        CHECK(readAll(existing) == QByteArray("previous"));
    }
}

TEST_CASE("validated minutes go back to draft when the meeting changes, the validation kept in "
          "history and shown at the next export")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("copil.sqlite"));
    auto window = copil::test::openSeedWindow(path);
    const QString out = dir.path(QStringLiteral("cr.md"));
    exchange::ExportRequest validated;
    validated.format = exchange::ExportFormat::Markdown;
    validated.options.validated = true;
    validated.options.validatedBy = QStringLiteral("Lise Pelerin");
    REQUIRE(exportAndWait(*window, validated, out).isEmpty());
    REQUIRE(window->session().data().meeting.minutesValidated());
    CHECK(QString::fromUtf8(readAll(out)).contains(QStringLiteral("Lise Pelerin")));

    // A decision added afterwards, in the plenary pane, as the secretary would.
    window->showPane(QStringLiteral("plenary"));
    window->plenaryPane()->showTab(2);
    window->plenaryPane()->newDecision()->setText(QStringLiteral("Prochain comité en janvier"));
    QTest::keyClick(window->plenaryPane()->newDecision(), Qt::Key_Return);
    QTest::qWait(20);
    const domain::Meeting& now = window->session().data().meeting;
    CHECK_FALSE(now.minutesValidated());
    REQUIRE(now.minutesHistory.size() == 1);
    CHECK(now.minutesHistory[0].by == QStringLiteral("Lise Pelerin"));
    CHECK(now.minutesHistory[0].reopenedAt >= now.minutesHistory[0].at);
    // The window says so, without a box.
    CHECK(window->statusBar()->currentMessage().contains(
        QStringLiteral("revient à l’état de projet")));

    // The next export is a draft, and its dialog recalls the earlier validation.
    gui::ExportDialog dialog(now, Variant::Minutes);
    CHECK_FALSE(dialog.request().options.validated);
    auto* history = dialog.findChild<QLabel*>(QStringLiteral("minutesHistory"));
    REQUIRE(history);
    CHECK(history->text().contains(QStringLiteral("validé par Lise Pelerin")));

    // Saved: after a restart, and in the archive, which Copil reads back.
    window.reset();
    auto ws = storage::Workspace::open(path, {.createIfMissing = false});
    REQUIRE(ws.ok());
    storage::MeetingRepository meetings(*ws.value());
    auto data = meetings.load(meetings.meetings().value().first().id);
    REQUIRE(data.ok());
    REQUIRE(data.value().meeting.minutesHistory.size() == 1);
    CHECK_FALSE(data.value().meeting.minutesValidated());
    const QByteArray json = exchange::MeetingJson::serialize(data.value());
    CHECK(json.contains("\"minutesHistory\""));
    auto back = exchange::MeetingJson::parse(json, QStringLiteral("cr.json"));
    REQUIRE(back.ok());
    CHECK(back.value().meeting.minutesHistory == data.value().meeting.minutesHistory);
}
