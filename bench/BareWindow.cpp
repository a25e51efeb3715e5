// The reference for Copil's startup: a bare Qt Widgets window (a main window with a
// label), shown and quit after its first paint, exactly as copil is measured.
#include "gui/common/FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Qt"), &window));
    window.resize(1280, 800);
    copil::gui::quitAfterFirstPaint(&window);
    window.show();
    return app.exec();
}
