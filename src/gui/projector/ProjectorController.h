#pragma once

#include "gui/projector/ProjectorState.h"

#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;

namespace copil::session {
class Session;
}

namespace copil::gui {

class ProjectorWindow;

/// What the room sees, drawn small in the control window: the projector window rendered
/// at the thumbnail's size, frozen image, message and blackout included.
class ProjectorThumbnail : public QWidget {
    Q_OBJECT

public:
    explicit ProjectorThumbnail(ProjectorWindow* window, QWidget* parent = nullptr);
    /// The thumbnail as it is drawn now.
    QImage image() const;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void draw(QPainter& painter, const QSize& size) const;
    ProjectorWindow* m_window;
};

/// Drives the room's screen from the control window: the projector window, on which
/// screen (chosen by name, remembered; full screen only on a screen other than the
/// control window's; an ordinary window again when its screen goes), what it shows, and
/// the control window's part of it: the Affichage › Projection menu and its shortcuts,
/// a panel with a live thumbnail, the band offering a screen that appears.
class ProjectorController : public QObject {
    Q_OBJECT

public:
    /// control: the facilitator's window, whose screen the projector never covers.
    ProjectorController(session::Session& session, QWidget* control);
    ~ProjectorController() override;

    ProjectorWindow* window() const { return m_window; }
    /// Affichage › Projection.
    QMenu* menu() const { return m_menu; }
    /// The panel: thumbnail, screen, mode, message, blackout, freeze.
    QDockWidget* dock() const { return m_dock; }
    /// A band for the control window that offers a screen when one appears (hidden).
    QFrame* offerBand() const { return m_offer; }
    ProjectorThumbnail* thumbnail() const { return m_thumbnail; }
    QLineEdit* messageEdit() const { return m_messageEdit; }
    QComboBox* screenBox() const { return m_screenBox; }
    QComboBox* subgroupBox() const { return m_subgroupBox; }

    /// The screen remembered in these settings ("projector/screen", its name), and the
    /// choices made from now on; the settings outlive the controller.
    void useSettings(QSettings* settings);
    /// The control window's one-second tick: the time left moves on.
    void tick();
    /// A rapporteur selected a question (SubgroupView::questionSelected).
    void followQuestion(const QString& subgroupId, const QString& questionId);

    // Screens.
    /// The screen the projector goes to: the one chosen if it is there, else the first
    /// one that is not the control window's, else the control window's.
    QScreen* chosenScreen() const;
    /// Chooses (and remembers) a screen; the projector moves there if it is open.
    void chooseScreen(QScreen* screen);
    /// Opens the projector on its chosen screen.
    void open();
    /// Opens it on the screen numbered `number` (from 1, in the system's order) without
    /// remembering it (copil --projector N). Returns what went wrong, or nothing.
    QString openOnScreenNumber(int number);
    void close();
    bool isOpen() const;
    /// The screen the band offers, if it is shown.
    QScreen* offeredScreen() const { return m_offered; }
    /// The name a person reads for a screen in the lists: « 2 : HDMI-1 (1920 × 1080) ».
    QString screenLabel(const QScreen* screen) const;

    // What the room sees.
    const ProjectorState& state() const;
    void setMode(ProjectorMode mode);
    /// Empty: chosen automatically.
    void setSubgroup(const QString& subgroupId);
    void setResultsRevealed(bool revealed);
    void setMessage(const QString& message);
    void setBlackout(bool blackout);
    void setFrozen(bool frozen);

    QAction* showAction() const { return m_show; }
    QAction* modeAction(ProjectorMode mode) const;
    QAction* revealAction() const { return m_reveal; }
    QAction* nextSubgroupAction() const { return m_nextSubgroup; }
    QAction* messageAction() const { return m_messageAction; }
    QAction* clearMessageAction() const { return m_clearMessage; }
    QAction* blackoutAction() const { return m_blackout; }
    QAction* freezeAction() const { return m_freeze; }
    QAction* scrollDownAction() const { return m_scrollDown; }
    QAction* scrollUpAction() const { return m_scrollUp; }
    /// Every action with a shortcut, for the windows whose keys drive the projector.
    QList<QAction*> actions() const;

signals:
    /// The projector opened, moved, went full screen or came back to a window.
    void placementChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void makeActions();
    void makePanel();
    void makeOffer();
    void apply(const ProjectorState& state);
    void syncControls();
    void showScreens();
    void showSubgroups();
    void screenAdded(QScreen* screen);
    void screenRemoved(QScreen* screen);
    void placeOn(QScreen* screen);
    void placeWindowed(QScreen* screen);
    void leaveFullScreen();
    void giveBackFocus();
    void showMessageField();
    QScreen* controlScreen() const;
    QScreen* screenNamed(const QString& name) const;

    session::Session& m_session;
    QWidget* m_control;
    ProjectorWindow* m_window = nullptr;
    QSettings* m_settings = nullptr;
    QString m_chosenName;
    QPointer<QScreen> m_offered;
    bool m_syncing = false;

    QMenu* m_menu = nullptr;
    QMenu* m_screenMenu = nullptr;
    QMenu* m_subgroupMenu = nullptr;
    QActionGroup* m_modes = nullptr;
    QAction* m_show = nullptr;
    QAction* m_day = nullptr;
    QAction* m_questions = nullptr;
    QAction* m_ranking = nullptr;
    QAction* m_restitution = nullptr;
    QAction* m_reveal = nullptr;
    QAction* m_nextSubgroup = nullptr;
    QAction* m_messageAction = nullptr;
    QAction* m_clearMessage = nullptr;
    QAction* m_blackout = nullptr;
    QAction* m_freeze = nullptr;
    QAction* m_scrollDown = nullptr;
    QAction* m_scrollUp = nullptr;

    QDockWidget* m_dock = nullptr;
    ProjectorThumbnail* m_thumbnail = nullptr;
    QLabel* m_caption = nullptr;
    QComboBox* m_screenBox = nullptr;
    QComboBox* m_subgroupBox = nullptr;
    QLineEdit* m_messageEdit = nullptr;

    QFrame* m_offer = nullptr;
    QLabel* m_offerText = nullptr;
};

} // namespace copil::gui
