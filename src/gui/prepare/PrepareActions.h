#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace copil::session {
class Session;
}

namespace copil::gui {

class SubgroupTabs;

/// The « Réunion » menu (new, rename, duplicate, remove) and the templates of the File
/// menu (save the meeting as a template, import a template). Every change goes through
/// the session's Editor: saved at once, undoable.
class PrepareActions : public QObject {
    Q_OBJECT

public:
    /// Adds the menu after fileMenu, and the template entries to fileMenu before `before`.
    /// The subgroup entries act on the subgroup in front in tabs, which gets an
    /// « Ajouter un sous-groupe » button (and says what to do while there is none).
    PrepareActions(session::Session& session, QMainWindow* window, QMenu* fileMenu, QAction* before,
                   SubgroupTabs* tabs);

    QMenu* menu() const { return m_menu; }
    QAction* newMeetingAction() const { return m_new; }

    /// Asks for a new title and saves it.
    void rename();
    /// Makes « … (copie) » of the open meeting and opens it.
    void duplicate();
    /// Says what goes, asks, backs up, removes (undoable).
    void remove();
    /// The subgroup in front in the Sous-groupes pane (empty when none).
    QString currentSubgroup() const;
    /// The subgroup editor on that subgroup (empty: a new one); from it, its prioritisation.
    void editSubgroup(const QString& id);
    /// Asks, then removes the subgroup in front (undoable).
    void removeSubgroup();
    /// Saves the open meeting as a template, asking for its name and whether people go too.
    void saveAsTemplate();
    /// Writes the open meeting's template (without its people) to a file the person chooses.
    void exportTemplate();
    /// Copies a template file into the person's templates.
    void importTemplate();

signals:
    void failed(const QString& message);

private:
    void update();
    bool eventFilter(QObject* watched, QEvent* event) override;

    session::Session& m_session;
    QMainWindow* m_window = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_properties = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_saveTemplate = nullptr;
    QAction* m_exportTemplate = nullptr;
    QAction* m_editSubgroup = nullptr;
    QAction* m_removeSubgroup = nullptr;
    SubgroupTabs* m_tabs = nullptr;
    QWidget* m_noSubgroup = nullptr;
};

} // namespace copil::gui
