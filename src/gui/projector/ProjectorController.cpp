#include "ProjectorController.h"

#include "gui/projector/ProjectorWindow.h"
#include "session/Session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace copil::gui {

namespace {

const QString kScreenKey = QStringLiteral("projector/screen");

QToolButton* actionButton(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return b;
}

// A hidden window is laid out only when shown: the thumbnail lays it out itself.
void layOutHidden(QWidget* window)
{
    if (window->isVisible()) {
        return;
    }
    window->ensurePolished();
    QList<QWidget*> widgets{window};
    widgets << window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (QLayout* l = w->layout()) {
            l->activate();
        }
    }
}

} // namespace

// --- thumbnail ---------------------------------------------------------------------

ProjectorThumbnail::ProjectorThumbnail(ProjectorWindow* window, QWidget* parent)
    : QWidget(parent), m_window(window)
{
    setObjectName(QStringLiteral("projectorThumbnail"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(160, 90);
    setAccessibleName(tr("Ce que voit la salle"));
}

int ProjectorThumbnail::heightForWidth(int width) const
{
    const QSize source = m_window->size();
    return source.width() > 0 ? width * source.height() / source.width() : width * 9 / 16;
}

QSize ProjectorThumbnail::sizeHint() const
{
    return {320, heightForWidth(320)};
}

void ProjectorThumbnail::draw(QPainter& painter, const QSize& size) const
{
    painter.fillRect(QRect(QPoint(), size), QColor(0x60, 0x60, 0x60));
    const QSize source = m_window->size();
    if (source.isEmpty()) {
        return;
    }
    const double scale =
        std::min(double(size.width()) / source.width(), double(size.height()) / source.height());
    layOutHidden(m_window);
    // Centred, with the window's proportions.
    const QSize drawn(int(source.width() * scale), int(source.height() * scale));
    const QPoint at((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2);
    painter.save();
    painter.translate(at);
    painter.scale(scale, scale);
    m_window->render(&painter, QPoint(), QRegion(),
                     QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.restore();
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.drawRect(QRect(at, drawn).adjusted(0, 0, -1, -1));
}

void ProjectorThumbnail::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    draw(p, size());
}

QImage ProjectorThumbnail::image() const
{
    QImage out(size(), QImage::Format_RGB32);
    QPainter p(&out);
    draw(p, size());
    return out;
}

// --- controller ---------------------------------------------------------------------

ProjectorController::ProjectorController(session::Session& session, QWidget* control)
    : QObject(control), m_session(session), m_control(control)
{
    m_window = new ProjectorWindow(session);
    // A window of its own from the start, so it follows screens that come and go.
    (void)m_window->winId();
    makeActions();
    makePanel();
    makeOffer();
    m_window->addActions(actions());
    if (QScreen* s = chosenScreen()) {
        m_window->resize(s->geometry().size());
    }
    connect(m_window, &ProjectorWindow::updated, m_thumbnail, qOverload<>(&QWidget::update));
    connect(m_window, &ProjectorWindow::leaveFullScreenRequested, this,
            &ProjectorController::leaveFullScreen);
    connect(m_window, &ProjectorWindow::closed, this, &ProjectorController::close);
    connect(qApp, &QGuiApplication::screenAdded, this, &ProjectorController::screenAdded);
    connect(qApp, &QGuiApplication::screenRemoved, this, &ProjectorController::screenRemoved);
    connect(&m_session, &session::Session::meetingOpened, this,
            &ProjectorController::showSubgroups);
    connect(&m_session, &session::Session::changed, this, [this](const domain::ChangeEvent& e) {
        if (e.touches(domain::EntityKind::Subgroup)) {
            showSubgroups();
        }
    });
    // B blacks the screen out, except where a key starts typing in a table's cell.
    qApp->installEventFilter(this);
    showScreens();
    showSubgroups();
    syncControls();
}

ProjectorController::~ProjectorController()
{
    qApp->removeEventFilter(this);
    delete m_window;
}

void ProjectorController::makeActions()
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& keys,
                             const QString& tip) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setToolTip(
            keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_show = make(tr("Afficher la &projection"), QStringLiteral("projectorShowAction"),
                  QKeySequence(Qt::Key_F12),
                  tr("Ouvrir ou fermer la fenêtre de la salle, en plein écran sur l’écran choisi"));
    m_show->setIconText(tr("Projeter"));
    m_show->setCheckable(true);
    connect(m_show, &QAction::triggered, this, [this](bool on) { on ? open() : close(); });

    m_day = make(tr("La &journée"), QStringLiteral("projectorDayAction"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                 tr("Projeter, pour chaque piste, le point en cours et le temps qui reste"));
    m_day->setIconText(tr("Journée"));
    m_questions = make(tr("Les &questions de cadrage"), QStringLiteral("projectorQuestionsAction"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                       tr("Projeter les questions du sous-groupe, celle en cours en évidence"));
    m_questions->setIconText(tr("Questions"));
    m_ranking =
        make(tr("Les résultats de la p&riorisation"), QStringLiteral("projectorRankingAction"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
             tr("Projeter le classement des causes du sous-groupe et son graphique"));
    m_ranking->setIconText(tr("Priorisation"));
    m_restitution =
        make(tr("La res&titution du sous-groupe"), QStringLiteral("projectorRestitutionAction"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             tr("Projeter la synthèse du sous-groupe pour la plénière"));
    m_restitution->setIconText(tr("Restitution"));
    m_modes = new QActionGroup(this);
    const QList<std::pair<QAction*, ProjectorMode>> modes{
        {m_day, ProjectorMode::Day},
        {m_questions, ProjectorMode::Questions},
        {m_ranking, ProjectorMode::Ranking},
        {m_restitution, ProjectorMode::Restitution}};
    for (const auto& [action, mode] : modes) {
        action->setCheckable(true);
        m_modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] { setMode(mode); });
    }

    m_nextSubgroup =
        make(tr("Sous-groupe suivan&t"), QStringLiteral("projectorNextSubgroupAction"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
             tr("Projeter les questions, résultats ou restitution du sous-groupe suivant"));
    m_nextSubgroup->setIconText(tr("Suivant"));
    connect(m_nextSubgroup, &QAction::triggered, this, [this] {
        const auto& subgroups = m_session.data().subgroups;
        if (subgroups.isEmpty()) {
            return;
        }
        qsizetype at = 0;
        for (qsizetype i = 0; i < subgroups.size(); ++i) {
            if (subgroups[i].id == m_window->shownSubgroupId()) {
                at = i;
            }
        }
        setSubgroup(subgroups[(at + 1) % subgroups.size()].id);
    });

    m_reveal = make(tr("Résultats &visibles par la salle"), QStringLiteral("projectorRevealAction"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                    tr("Décoché, la salle ne voit que l’avancement du vote jusqu’à la révélation"));
    m_reveal->setIconText(tr("Résultats visibles"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::triggered, this, &ProjectorController::setResultsRevealed);

    m_messageAction = make(tr("&Message à la salle…"), QStringLiteral("projectorMessageAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                           tr("Écrire un message affiché par-dessus la projection"));
    connect(m_messageAction, &QAction::triggered, this, &ProjectorController::showMessageField);
    m_clearMessage = make(tr("Retirer le message"), QStringLiteral("projectorClearMessageAction"),
                          {}, tr("Retirer le message de l’écran de la salle"));
    m_clearMessage->setIconText(tr("Retirer"));
    connect(m_clearMessage, &QAction::triggered, this, [this] { setMessage({}); });

    m_blackout =
        make(tr("Écran &noir"), QStringLiteral("projectorBlackoutAction"), QKeySequence(Qt::Key_B),
             tr("Plus rien sur l’écran de la salle (B de nouveau pour rallumer)"));
    m_blackout->setCheckable(true);
    connect(m_blackout, &QAction::triggered, this, &ProjectorController::setBlackout);
    m_freeze = make(tr("&Figer l’image"), QStringLiteral("projectorFreezeAction"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                    tr("La salle garde l’image actuelle pendant que vous travaillez"));
    m_freeze->setIconText(tr("Figer"));
    m_freeze->setCheckable(true);
    connect(m_freeze, &QAction::triggered, this, &ProjectorController::setFrozen);
    m_scrollDown =
        make(tr("Faire défiler vers le &bas"), QStringLiteral("projectorScrollDownAction"),
             QKeySequence(Qt::ALT | Qt::Key_PageDown),
             tr("Faire défiler les questions, le classement ou la restitution projetés"));
    m_scrollDown->setIconText(tr("▼"));
    connect(m_scrollDown, &QAction::triggered, this, [this] { m_window->scrollPages(1); });
    m_scrollUp = make(tr("Faire défiler vers le &haut"), QStringLiteral("projectorScrollUpAction"),
                      QKeySequence(Qt::ALT | Qt::Key_PageUp),
                      tr("Revenir en arrière dans ce qui est projeté"));
    m_scrollUp->setIconText(tr("▲"));
    connect(m_scrollUp, &QAction::triggered, this, [this] { m_window->scrollPages(-1); });

    m_menu = new QMenu(tr("&Projection"), m_control);
    m_menu->setObjectName(QStringLiteral("projectorMenu"));
    m_menu->addAction(m_show);
    m_screenMenu = m_menu->addMenu(tr("É&cran de projection"));
    m_menu->addSeparator();
    for (QAction* a : {m_day, m_questions, m_ranking, m_restitution}) {
        m_menu->addAction(a);
    }
    m_subgroupMenu = m_menu->addMenu(tr("&Sous-groupe projeté"));
    m_menu->addAction(m_nextSubgroup);
    m_menu->addAction(m_reveal);
    m_menu->addSeparator();
    for (QAction* a :
         {m_messageAction, m_clearMessage, m_blackout, m_freeze, m_scrollDown, m_scrollUp}) {
        m_menu->addAction(a);
    }
}

QList<QAction*> ProjectorController::actions() const
{
    return {m_show,   m_day,          m_questions,     m_ranking,      m_restitution,
            m_reveal, m_nextSubgroup, m_messageAction, m_clearMessage, m_blackout,
            m_freeze, m_scrollDown,   m_scrollUp};
}

QAction* ProjectorController::modeAction(ProjectorMode mode) const
{
    switch (mode) {
    case ProjectorMode::Day:
        return m_day;
    case ProjectorMode::Questions:
        return m_questions;
    case ProjectorMode::Ranking:
        return m_ranking;
    case ProjectorMode::Restitution:
        return m_restitution;
    }
    return m_day;
}

void ProjectorController::makePanel()
{
    m_dock = new QDockWidget(tr("Projection"), m_control);
    m_dock->setObjectName(QStringLiteral("projectorDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    auto* panel = new QWidget(m_dock);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_thumbnail = new ProjectorThumbnail(m_window, panel);
    layout->addWidget(m_thumbnail);
    m_caption = new QLabel(panel);
    m_caption->setObjectName(QStringLiteral("projectorCaption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    auto* grid = new QGridLayout;
    auto* screenLabel = new QLabel(tr("É&cran :"), panel);
    m_screenBox = new QComboBox(panel);
    m_screenBox->setObjectName(QStringLiteral("projectorScreens"));
    m_screenBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_screenBox->setMinimumContentsLength(12);
    screenLabel->setBuddy(m_screenBox);
    grid->addWidget(screenLabel, 0, 0);
    grid->addWidget(m_screenBox, 0, 1);
    grid->addWidget(actionButton(m_show, panel), 0, 2);
    connect(m_screenBox, &QComboBox::activated, this, [this](int index) {
        if (QScreen* s = screenNamed(m_screenBox->itemData(index).toString())) {
            chooseScreen(s);
        }
    });
    auto* subgroupLabel = new QLabel(tr("&Sous-groupe :"), panel);
    m_subgroupBox = new QComboBox(panel);
    m_subgroupBox->setObjectName(QStringLiteral("projectorSubgroups"));
    m_subgroupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subgroupBox->setMinimumContentsLength(12);
    subgroupLabel->setBuddy(m_subgroupBox);
    grid->addWidget(subgroupLabel, 1, 0);
    grid->addWidget(m_subgroupBox, 1, 1);
    grid->addWidget(actionButton(m_nextSubgroup, panel), 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_subgroupBox, &QComboBox::activated, this,
            [this](int index) { setSubgroup(m_subgroupBox->itemData(index).toString()); });
    layout->addLayout(grid);

    auto* modes = new QHBoxLayout;
    for (QAction* a : {m_day, m_questions, m_ranking, m_restitution}) {
        modes->addWidget(actionButton(a, panel));
    }
    layout->addLayout(modes);
    auto* reveal = new QHBoxLayout;
    reveal->addWidget(actionButton(m_reveal, panel));
    reveal->addStretch(1);
    layout->addLayout(reveal);

    auto* message = new QHBoxLayout;
    m_messageEdit = new QLineEdit(panel);
    m_messageEdit->setObjectName(QStringLiteral("projectorMessageEdit"));
    m_messageEdit->setPlaceholderText(tr("Message : « Encore 5 minutes », puis Entrée"));
    m_messageEdit->setClearButtonEnabled(true);
    m_messageEdit->setToolTip(
        tr("Entrée l’affiche par-dessus la projection ; vide, Entrée le retire"));
    connect(m_messageEdit, &QLineEdit::returnPressed, this,
            [this] { setMessage(m_messageEdit->text().trimmed()); });
    message->addWidget(m_messageEdit, 1);
    auto* send = new QPushButton(tr("Afficher"), panel);
    send->setObjectName(QStringLiteral("projectorMessageShow"));
    connect(send, &QPushButton::clicked, this,
            [this] { setMessage(m_messageEdit->text().trimmed()); });
    message->addWidget(send);
    message->addWidget(actionButton(m_clearMessage, panel));
    layout->addLayout(message);

    auto* screen = new QHBoxLayout;
    for (QAction* a : {m_blackout, m_freeze}) {
        screen->addWidget(actionButton(a, panel));
    }
    screen->addStretch(1);
    screen->addWidget(actionButton(m_scrollUp, panel));
    screen->addWidget(actionButton(m_scrollDown, panel));
    layout->addLayout(screen);
    layout->addStretch(1);
    m_dock->setWidget(panel);
    m_menu->addSeparator();
    QAction* panelAction = m_dock->toggleViewAction();
    panelAction->setText(tr("Panneau de projection"));
    m_menu->addAction(panelAction);
}

void ProjectorController::makeOffer()
{
    m_offer = new QFrame(m_control);
    m_offer->setObjectName(QStringLiteral("projectorOffer"));
    m_offer->setFrameShape(QFrame::StyledPanel);
    m_offer->setStyleSheet(
        QStringLiteral("#projectorOffer { background: #e3f0fb; border: 1px solid #4a90d9; }"));
    auto* layout = new QHBoxLayout(m_offer);
    layout->setContentsMargins(10, 6, 10, 6);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    layout->addWidget(m_offerText, 1);
    auto* yes = new QPushButton(tr("Projeter sur cet écran"), m_offer);
    yes->setObjectName(QStringLiteral("projectorOfferAccept"));
    auto* no = new QPushButton(tr("Non merci"), m_offer);
    no->setObjectName(QStringLiteral("projectorOfferDecline"));
    layout->addWidget(yes);
    layout->addWidget(no);
    connect(yes, &QPushButton::clicked, this, [this] {
        QScreen* s = m_offered;
        m_offer->hide();
        m_offered = nullptr;
        if (s) {
            chooseScreen(s);
            open();
        }
    });
    connect(no, &QPushButton::clicked, this, [this] {
        m_offer->hide();
        m_offered = nullptr;
    });
    m_offer->hide();
}

void ProjectorController::useSettings(QSettings* settings)
{
    m_settings = settings;
    if (m_settings) {
        m_chosenName = m_settings->value(kScreenKey).toString();
    }
    if (!isOpen()) {
        if (QScreen* s = chosenScreen()) {
            m_window->resize(s->geometry().size());
        }
    }
    showScreens();
}

void ProjectorController::tick()
{
    // Nobody looks at it: the time is read when the projector or its thumbnail shows.
    if (m_window->isVisible() || m_thumbnail->isVisible()) {
        m_window->tick();
    }
}

void ProjectorController::followQuestion(const QString& subgroupId, const QString& questionId)
{
    m_window->followQuestion(subgroupId, questionId);
    syncControls();
}

// --- screens ------------------------------------------------------------------------

QScreen* ProjectorController::controlScreen() const
{
    return m_control->screen();
}

QScreen* ProjectorController::screenNamed(const QString& name) const
{
    for (QScreen* s : QGuiApplication::screens()) {
        if (s->name() == name) {
            return s;
        }
    }
    return nullptr;
}

QScreen* ProjectorController::chosenScreen() const
{
    if (QScreen* s = screenNamed(m_chosenName); s && !m_chosenName.isNull()) {
        return s;
    }
    for (QScreen* s : QGuiApplication::screens()) {
        if (s != controlScreen()) {
            return s;
        }
    }
    return controlScreen();
}

QString ProjectorController::screenLabel(const QScreen* screen) const
{
    const int number = int(QGuiApplication::screens().indexOf(const_cast<QScreen*>(screen))) + 1;
    const QString name = screen->name().isEmpty() ? tr("écran") : screen->name();
    const QString label = tr("%1 : %2 (%3 × %4)")
                              .arg(number)
                              .arg(name)
                              .arg(screen->geometry().width())
                              .arg(screen->geometry().height());
    return screen == controlScreen() ? tr("%1, celui de cette fenêtre").arg(label) : label;
}

void ProjectorController::showScreens()
{
    QScreen* chosen = chosenScreen();
    m_screenMenu->clear();
    auto* group = new QActionGroup(m_screenMenu);
    const QSignalBlocker blocker(m_screenBox);
    m_screenBox->clear();
    for (QScreen* s : QGuiApplication::screens()) {
        QAction* a = m_screenMenu->addAction(screenLabel(s));
        a->setCheckable(true);
        a->setChecked(s == chosen);
        a->setData(s->name());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name = s->name()] {
            if (QScreen* target = screenNamed(name)) {
                chooseScreen(target);
            }
        });
        m_screenBox->addItem(screenLabel(s), s->name());
        if (s == chosen) {
            m_screenBox->setCurrentIndex(m_screenBox->count() - 1);
        }
    }
}

void ProjectorController::chooseScreen(QScreen* screen)
{
    if (!screen) {
        return;
    }
    m_chosenName = screen->name();
    if (m_settings) {
        m_settings->setValue(kScreenKey, m_chosenName);
    }
    showScreens();
    if (isOpen()) {
        placeOn(screen);
    } else {
        m_window->setScreen(screen);
        m_window->resize(screen->geometry().size());
    }
    syncControls();
}

void ProjectorController::open()
{
    placeOn(chosenScreen());
}

QString ProjectorController::openOnScreenNumber(int number)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (number < 1 || number > screens.size()) {
        QStringList names;
        for (QScreen* s : screens) {
            names << screenLabel(s);
        }
        return tr("Pas d’écran n° %1 pour la projection ; écrans branchés : %2.")
            .arg(number)
            .arg(names.join(QStringLiteral(" ; ")));
    }
    placeOn(screens[number - 1]);
    return {};
}

void ProjectorController::close()
{
    m_window->hide();
    m_window->unsetCursor();
    syncControls();
    emit placementChanged();
}

bool ProjectorController::isOpen() const
{
    return m_window->isVisible();
}

void ProjectorController::placeOn(QScreen* screen)
{
    if (!screen) {
        screen = controlScreen();
    }
    // Full screen on the room's screen only: never over the control window.
    if (screen == controlScreen()) {
        placeWindowed(screen);
        return;
    }
    if (m_window->isVisible() && m_window->screen() != screen) {
        m_window->showNormal();
    }
    m_window->setScreen(screen);
    m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    m_window->setCursor(Qt::BlankCursor);
    giveBackFocus();
    syncControls();
    emit placementChanged();
}

void ProjectorController::placeWindowed(QScreen* screen)
{
    m_window->unsetCursor();
    if (m_window->isFullScreen() || m_window->isMaximized()) {
        m_window->showNormal();
    }
    m_window->setScreen(screen);
    // A window in a corner of the screen, 16:9, that leaves most of it free.
    const QRect free = screen->availableGeometry();
    const bool own = screen == controlScreen();
    int width = free.width() * (own ? 45 : 70) / 100;
    int height = width * 9 / 16;
    if (height > free.height() * 7 / 10) {
        height = free.height() * 7 / 10;
        width = height * 16 / 9;
    }
    const QPoint at = own ? QPoint(free.right() - width - 24, free.top() + 48)
                          : free.center() - QPoint(width / 2, height / 2);
    m_window->setGeometry(QRect(at, QSize(width, height)));
    m_window->show();
    giveBackFocus();
    syncControls();
    emit placementChanged();
}

void ProjectorController::leaveFullScreen()
{
    placeWindowed(m_window->screen() ? m_window->screen() : controlScreen());
}

void ProjectorController::giveBackFocus()
{
    // The facilitator's keys stay with the control window.
    if (m_control->isVisible()) {
        m_control->activateWindow();
    }
}

void ProjectorController::screenAdded(QScreen* screen)
{
    showScreens();
    if (screen == controlScreen()) {
        return;
    }
    if (isOpen() && m_window->isFullScreen() && m_window->screen() != controlScreen()) {
        return; // already on a screen of its own
    }
    m_offered = screen;
    m_offerText->setText(
        tr("Un écran vient d’être branché : %1. Y afficher la projection pour la salle ?")
            .arg(screenLabel(screen)));
    m_offer->show();
}

void ProjectorController::screenRemoved(QScreen* screen)
{
    if (m_offered == screen || !m_offered) {
        m_offer->hide();
        m_offered = nullptr;
    }
    if (m_window->screen() == screen) {
        // Another screen to go to: the control window's, else any that stays.
        QScreen* fallback = controlScreen() != screen ? controlScreen() : nullptr;
        for (QScreen* s : QGuiApplication::screens()) {
            if (!fallback && s != screen) {
                fallback = s;
            }
        }
        if (fallback && isOpen()) {
            // Its screen went: an ordinary window again, beside the control window.
            placeWindowed(fallback);
        } else if (fallback) {
            m_window->setScreen(fallback);
        }
    }
    showScreens();
    syncControls();
}

// --- what is shown --------------------------------------------------------------------

const ProjectorState& ProjectorController::state() const
{
    return m_window->state();
}

void ProjectorController::apply(const ProjectorState& state)
{
    m_window->setState(state);
    syncControls();
}

void ProjectorController::setMode(ProjectorMode mode)
{
    ProjectorState s = state();
    s.mode = mode;
    apply(s);
}

void ProjectorController::setSubgroup(const QString& subgroupId)
{
    ProjectorState s = state();
    s.subgroupId = subgroupId;
    apply(s);
}

void ProjectorController::setResultsRevealed(bool revealed)
{
    ProjectorState s = state();
    s.resultsRevealed = revealed;
    apply(s);
}

void ProjectorController::setMessage(const QString& message)
{
    ProjectorState s = state();
    s.message = message;
    apply(s);
}

void ProjectorController::setBlackout(bool blackout)
{
    ProjectorState s = state();
    s.blackout = blackout;
    apply(s);
}

void ProjectorController::setFrozen(bool frozen)
{
    ProjectorState s = state();
    s.frozen = frozen;
    apply(s);
}

void ProjectorController::showMessageField()
{
    m_dock->show();
    m_dock->raise();
    m_messageEdit->setFocus(Qt::ShortcutFocusReason);
    m_messageEdit->selectAll();
}

void ProjectorController::showSubgroups()
{
    const QString chosen = state().subgroupId;
    m_subgroupMenu->clear();
    auto* group = new QActionGroup(m_subgroupMenu);
    const QSignalBlocker blocker(m_subgroupBox);
    m_subgroupBox->clear();
    const auto add = [&](const QString& text, const QString& id) {
        QAction* a = m_subgroupMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(id == chosen);
        a->setData(id);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setSubgroup(id); });
        m_subgroupBox->addItem(text, id);
    };
    add(tr("Automatique (celui du rapporteur qui travaille)"), QString());
    for (const auto& s : m_session.data().subgroups) {
        add(tr("Sous-groupe %1 – %2").arg(s.number).arg(s.title), s.id);
    }
    m_subgroupBox->setCurrentIndex(std::max(0, m_subgroupBox->findData(chosen)));
}

void ProjectorController::syncControls()
{
    const ProjectorState& s = state();
    modeAction(s.mode)->setChecked(true);
    m_reveal->setChecked(s.resultsRevealed);
    m_blackout->setChecked(s.blackout);
    m_freeze->setChecked(s.frozen);
    m_show->setChecked(isOpen());
    m_clearMessage->setEnabled(!s.message.isEmpty());
    if (const int i = m_subgroupBox->findData(s.subgroupId); i >= 0) {
        const QSignalBlocker blocker(m_subgroupBox);
        m_subgroupBox->setCurrentIndex(i);
    }
    for (QAction* a : m_subgroupMenu->actions()) {
        a->setChecked(a->data().toString() == s.subgroupId);
    }
    const QStringList modes{tr("la journée"), tr("les questions de cadrage"),
                            tr("les résultats de la priorisation"), tr("la restitution")};
    QString seen = modes.value(int(s.mode));
    if (s.mode != ProjectorMode::Day) {
        if (const auto* g =
                domain::findRow(m_session.data().subgroups, m_window->shownSubgroupId())) {
            seen = tr("%1 du sous-groupe %2").arg(seen).arg(g->number);
        }
    }
    if (s.mode == ProjectorMode::Ranking && !s.resultsRevealed) {
        seen = tr("%1 (masqués)").arg(seen);
    }
    if (!s.message.isEmpty()) {
        seen = tr("%1, avec le message « %2 »").arg(seen, s.message);
    }
    const auto keys = [](const QAction* a) {
        return a->shortcut().toString(QKeySequence::NativeText);
    };
    QString caption =
        isOpen() ? tr("La salle voit %1.").arg(seen)
                 : tr("Projection fermée (%1 pour l’ouvrir). Aperçu : %2.").arg(keys(m_show), seen);
    if (s.blackout) {
        caption =
            tr("Écran noir : la salle ne voit rien (%1 pour rallumer).").arg(keys(m_blackout));
    } else if (s.frozen) {
        caption = tr("Image figée : la salle garde cette image, vos changements n’y paraissent "
                     "pas (%1 pour la libérer).")
                      .arg(keys(m_freeze));
    }
    m_caption->setText(caption);
    m_thumbnail->update();
}

bool ProjectorController::eventFilter(QObject* watched, QEvent* event)
{
    // A table that starts editing on any key keeps its letters: B types a « b » there.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_B && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (const auto* view = qobject_cast<QAbstractItemView*>(watched);
                view && (view->editTriggers() & QAbstractItemView::AnyKeyPressed)) {
                event->accept();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace copil::gui
