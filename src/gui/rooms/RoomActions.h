#pragma once

#include "exchange/RoomCopy.h"

#include <QDialog>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// Séance › Préparer les postes des salles… : one room copy per chosen subgroup, written
/// into a chosen folder.
class PrepareRoomsDialog : public QDialog {
    Q_OBJECT

public:
    PrepareRoomsDialog(session::Session& session, QWidget* parent = nullptr);
    QLineEdit* folderEdit() const { return m_folder; }
    QList<QCheckBox*> subgroupBoxes() const { return m_boxes; }
    QPushButton* writeButton() const { return m_write; }
    QLabel* messageLabel() const { return m_message; }
    /// The files written by the last click on « Écrire les postes ».
    QStringList written() const { return m_written; }

private:
    void write();

    session::Session& m_session;
    QLineEdit* m_folder = nullptr;
    QList<QCheckBox*> m_boxes;
    QPushButton* m_write = nullptr;
    QLabel* m_message = nullptr;
    QStringList m_written;
};

/// Fichier › Fusionner une saisie de salle… : what the room copy brings, its conflicts
/// side by side each with its choice, and one button that merges everything (one
/// transaction, one undo step).
class MergeRoomDialog : public QDialog {
    Q_OBJECT

public:
    MergeRoomDialog(session::Session& session, exchange::MergePlan plan, QWidget* parent = nullptr);
    QPlainTextEdit* previewText() const { return m_preview; }
    QTableWidget* conflictTable() const { return m_conflicts; }
    /// The choice of conflict i (0: the facilitator's, 1: the room's, 2: both texts).
    QComboBox* choiceOf(int conflict) const;
    QPushButton* mergeButton() const { return m_merge; }
    QLabel* messageLabel() const { return m_message; }

private:
    void refresh();
    void merge();

    session::Session& m_session;
    exchange::MergePlan m_plan;
    std::optional<exchange::MergeChanges> m_changes;
    QPlainTextEdit* m_preview = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_message = nullptr;
};

/// The menus of several laptops, one meeting (docs/rooms.md), and the band that says a
/// workspace is a room copy (« Poste de salle : Sous-groupe 4 — copié le 11/10 à 9 h 40 »),
/// which opens on that subgroup's pane.
class RoomActions : public QObject {
    Q_OBJECT

public:
    /// Adds its actions to the File and Séance menus and its band at the top of the
    /// layout holding `header`; showPane brings a pane to the front by the names of
    /// MainWindow::showPane.
    RoomActions(session::Session& session, QMenu* fileMenu, QMenu* liveMenu, QWidget* header,
                std::function<bool(const QString&)> showPane, QWidget* window);
    QAction* prepareAction() const { return m_prepare; }
    QAction* mergeAction() const { return m_merge; }
    /// The band shown while a room copy is open (hidden otherwise).
    QLabel* banner() const { return m_banner; }

    /// Opens the dialog that prepares the rooms' copies.
    void prepareRooms();
    /// Merges the room copy in file (asked for when empty): the preview first.
    void mergeRoom(const QString& file = {});

signals:
    void failed(const QString& message);

private:
    void meetingOpened();

    session::Session& m_session;
    QWidget* m_window;
    std::function<bool(const QString&)> m_showPane;
    QAction* m_prepare = nullptr;
    QAction* m_merge = nullptr;
    QLabel* m_banner = nullptr;
    QString m_shownFor; ///< the workspace and meeting whose pane was brought forward
};

} // namespace copil::gui
